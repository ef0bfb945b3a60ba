/** One outermost double-quoted stretch: offsets of its marks in the text searched. */
export interface QuoteRange {
  open: number;
  /** Index of the closing mark, or null when the quotation is still open at the end. */
  close: number | null;
}

/**
 * The text nests double quotes inside double quotes ("the "Left Communists", therefore,")
 * and uses the same character for both ends, so a mark's side is read from its neighbours:
 * one glued to the following word opens, one glued to the preceding word closes.
 */
function opens(text: string, i: number, depth: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  const freeBefore = before === undefined || /[\s([\-'—]/.test(before);
  const freeAfter = after === undefined || /\s/.test(after);
  if (freeBefore && !freeAfter) return true;
  if (!freeBefore) return false;
  return depth === 0;
}

export function outermostQuotes(text: string): QuoteRange[] {
  const ranges: QuoteRange[] = [];
  let depth = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    if (opens(text, i, depth)) {
      if (depth === 0) ranges.push({ open: i, close: null });
      depth += 1;
    } else if (depth > 0) {
      depth -= 1;
      const current = ranges.at(-1);
      if (depth === 0 && current) current.close = i;
    }
  }
  return ranges;
}

/** True when the text's first mark can only close: the text begins inside a quotation. */
export function startsInsideQuotation(text: string): boolean {
  const i = text.indexOf('"');
  return i !== -1 && !opens(text, i, 1);
}

/** True when the last outermost quotation never closes. */
export function endsInsideQuotation(text: string): boolean {
  return outermostQuotes(text).at(-1)?.close === null;
}

/** The words inside each outermost quotation, marks left out; an open one runs to the end. */
export function quotedStretches(text: string): string[] {
  return outermostQuotes(text)
    .map(({ open, close }) =>
      close === null ? text.slice(open + 1).replace(/["\s]+$/, '') : text.slice(open + 1, close),
    )
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
