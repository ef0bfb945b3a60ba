import { normaliseText, reduceLinks } from './normalise';
import { endsInsideQuotation, startsInsideQuotation } from './quote-marks';

/** A blank-line-separated block of the raw text. */
export interface Chunk {
  /** 1-based line in the raw text where the block starts: for error messages and tests. */
  line: number;
  text: string;
}

/** A whole paragraph: one chunk, or several that a page break had cut apart. */
export interface JoinedChunk extends Chunk {
  joins: { line: number; reasons: JoinReason[] }[];
}

/** Why two chunks are one paragraph cut by a page break of the printed original. */
export type JoinReason =
  'open-bracket' | 'open-emphasis' | 'open-quotation' | 'open-sentence' | 'lowercase-start';

export function splitChunks(lines: readonly string[], firstLine = 1): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      current = null;
    } else if (current) {
      current.text += `\n${line}`;
    } else {
      current = { line: firstLine + i, text: line };
      chunks.push(current);
    }
  });
  return chunks;
}

const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;
const italicMarkers = (s: string): number => count(s.replace(/\*\*/g, ''), /\*/g);
const boldMarkers = (s: string): number => count(s, /\*\*/g);
const isOdd = (n: number): boolean => n % 2 === 1;

/** A colon ends the paragraph that introduces a block quotation; a parenthesis can close a citation. */
const SENTENCE_END = /[.?!:\])]$/;

/**
 * Every reason, if any, to read `next` as the continuation of `prev`. Each rule on its own is a
 * heuristic; together they must join every page break of the real file and no true boundary.
 */
export function joinReasons(prev: string, next: string): JoinReason[] {
  const reasons: JoinReason[] = [];
  const prevLinkless = reduceLinks(prev);
  if (count(prevLinkless, /\[/g) > count(prevLinkless, /\]/g)) reasons.push('open-bracket');
  // Both sides unbalanced, or one stray marker would glue every following paragraph to it.
  const nextLinkless = reduceLinks(next);
  if (
    (isOdd(italicMarkers(prevLinkless)) && isOdd(italicMarkers(nextLinkless))) ||
    (isOdd(boldMarkers(prevLinkless)) && isOdd(boldMarkers(nextLinkless)))
  ) {
    reasons.push('open-emphasis');
  }
  // Counting marks is not enough: the text nests quotes and leaves some open by mistake.
  const prevPlain = normaliseText(prev);
  const nextPlain = normaliseText(next);
  if (endsInsideQuotation(prevPlain) && startsInsideQuotation(nextPlain)) reasons.push('open-quotation');
  const prevEnd = prevPlain.replace(/["']+$/, '');
  if (!SENTENCE_END.test(prevEnd)) reasons.push('open-sentence');
  // A block quotation may take up a sentence in mid-course, lower case and all.
  const opensQuotation = nextPlain.startsWith('"');
  if (!prevEnd.endsWith(':') && !opensQuotation && /^\p{Ll}/u.test(nextPlain))
    reasons.push('lowercase-start');
  return reasons;
}

export function joinPageBreaks(chunks: readonly Chunk[]): JoinedChunk[] {
  const joined: JoinedChunk[] = [];
  for (const chunk of chunks) {
    const last = joined.at(-1);
    const reasons = last ? joinReasons(last.text, chunk.text) : [];
    if (last && reasons.length > 0) {
      last.text += ` ${chunk.text}`;
      last.joins.push({ line: chunk.line, reasons });
    } else {
      joined.push({ ...chunk, joins: [] });
    }
  }
  return joined;
}
