import { foldWhitespace } from './normalise';

export interface FrontMatter {
  title: string;
  /** Section headings as the contents table lists them, number prefix kept ("1 Were the …"). */
  contents: string[];
  /** Index of the first line after the title that opens the body. */
  bodyStart: number;
}

/** A contents entry ends in a tab and the page it was printed on. */
const CONTENTS_ENTRY = /^(.*\S)\t+\d+\s*$/;
const SERIES_TITLE = 'An Anarchist FAQ';

/**
 * The front matter repeats what the body says (series title, document title, a contents
 * table with page numbers of a printed edition): the body starts at the title's next repetition.
 */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  const entries: { index: number; text: string }[] = [];
  lines.forEach((line, index) => {
    const match = CONTENTS_ENTRY.exec(line);
    if (match?.[1] !== undefined) entries.push({ index, text: foldWhitespace(match[1]) });
  });
  const untitled = entries.find((e) => !/^\d+ /.test(e.text));
  const firstText = lines.find((l) => l.trim() !== '' && l.trim() !== SERIES_TITLE);
  const title = untitled?.text ?? foldWhitespace(firstText ?? '');
  const searchFrom = entries.length > 0 ? (entries.at(-1)?.index ?? 0) + 1 : 0;
  const titleLine = lines.findIndex((l, i) => i >= searchFrom && foldWhitespace(l) === title);
  return {
    title,
    contents: entries.map((e) => e.text).filter((t) => /^\d+ /.test(t)),
    bodyStart: titleLine === -1 ? searchFrom : titleLine + 1,
  };
}
