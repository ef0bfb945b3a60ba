import Papa from 'papaparse';

/**
 * The CSV export read back by an independent RFC 4180 reader (papaparse), so that a test checks
 * the file against someone else's reading of the format, not against a parser of our own making.
 * The byte-order mark is dropped, as a spreadsheet does. Strict: comma-separated, CRLF-ended records, and any complaint (a quote left open, text after a
 * closing quote) throws, so a broken export cannot pass as a good one.
 */
export function readCsv(file: string): string[][] {
  // The byte-order mark is for the spreadsheet, as it skips it (tests check it is there).
  const text = file.replace(/^\uFEFF/, '');
  const { data, errors } = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' });
  if (errors.length > 0) {
    throw new SyntaxError(errors.map((e) => `CSV row ${e.row ?? '?'}: ${e.message}`).join('; '));
  }
  // The CRLF that ends the last record is read as the start of one more, empty record.
  if (text.endsWith('\r\n')) data.pop();
  return data;
}
