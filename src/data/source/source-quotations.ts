import { quotedStretches } from './quote-marks';
import type { Paragraph, SourceDocument } from './types';

/** One of the text's own quotations, closed by its citation: the unit of a coverage report. */
export interface SourceQuotation {
  /** `Paragraph.number` of the paragraph holding the citation. */
  paragraph: number;
  /** Plain text inside the citation's brackets. */
  citation: string;
  /** Quoted words (plain text, marks left out) that the citation vouches for. */
  quoted: string[];
}

interface Bracket {
  open: number;
  close: number;
}

/** Outermost `[…]` pairs; an unclosed one is ignored. */
function brackets(text: string): Bracket[] {
  const found: Bracket[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '[') {
      if (depth === 0) open = i;
      depth += 1;
    } else if (text[i] === ']' && depth > 0) {
      depth -= 1;
      if (depth === 0) found.push({ open, close: i });
    }
  }
  return found;
}

const WORK_REFERENCE = /\bpp?\.\s*\d|\bOp\.\s*Cit\b|Collected Works|\bvol\.\s*\d/i;

/**
 * Editorial insertions use brackets too ("[w]ith", "the [local] committee"): a citation names
 * a page or a work, and stands free of the next word.
 */
function isCitation(text: string, { open, close }: Bracket): boolean {
  const after = text[close + 1];
  const free = after === undefined || /[\s.,;:!?)"']/.test(after);
  return free && WORK_REFERENCE.test(text.slice(open + 1, close));
}

/** A block quotation is wholly quoted: its words are everything inside its outer marks. */
function blockQuoted(segment: string): string[] {
  const s = segment.trim();
  if (s.length < 2 || !s.startsWith('"') || !s.endsWith('"')) return quotedStretches(segment);
  return [s.slice(1, -1).trim()];
}

function quotationsOf(paragraph: Paragraph, carried: string[]): SourceQuotation[] {
  const { text } = paragraph;
  const found: SourceQuotation[] = [];
  let from = 0;
  for (const bracket of brackets(text).filter((b) => isCitation(text, b))) {
    const segment = text.slice(from, bracket.open);
    const own = paragraph.kind === 'blockquote' ? blockQuoted(segment) : quotedStretches(segment);
    const quoted = found.length === 0 ? [...carried, ...own] : own;
    found.push({
      paragraph: paragraph.number,
      citation: text.slice(bracket.open + 1, bracket.close).trim(),
      quoted,
    });
    from = bracket.close + 1;
  }
  return found;
}

/**
 * Every citation-closed quotation of the text. A block quotation spread over several
 * paragraphs has its citation only in the last: the earlier paragraphs' words are added to
 * that citation's `quoted`, so a coverage report sees them.
 */
export function sourceQuotations(doc: SourceDocument): SourceQuotation[] {
  const all: SourceQuotation[] = [];
  let carried: string[] = [];
  for (const paragraph of doc.paragraphs) {
    const found = quotationsOf(paragraph, paragraph.kind === 'blockquote' ? carried : []);
    all.push(...found);
    carried =
      paragraph.kind === 'blockquote' && found.length === 0
        ? [...carried, ...blockQuoted(paragraph.text)]
        : [];
  }
  return all;
}
