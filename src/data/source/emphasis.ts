import { reduceLinks } from './normalise';
import type { Span } from './types';

interface Style {
  bold: boolean;
  italic: boolean;
}

function makeSpan(text: string, style: Style): Span {
  const span: Span = { text };
  if (style.bold) span.bold = true;
  if (style.italic) span.italic = true;
  return span;
}

const sameStyle = (a: Span, b: Span): boolean => a.bold === b.bold && a.italic === b.italic;

/**
 * Splits one paragraph's markup into styled spans. Markers toggle, so an unmatched one
 * styles the rest of its paragraph and no further: a paragraph is the widest a stray marker
 * can reach. White space is folded across span boundaries, so the spans' texts joined
 * equal `normaliseText` of the same markup.
 */
export function parseSpans(markup: string): Span[] {
  const style: Style = { bold: false, italic: false };
  const spans: Span[] = [];
  let endsInSpace = true; // drops leading white space of the paragraph
  const emit = (raw: string): void => {
    let text = raw.replace(/\s+/g, ' ');
    if (endsInSpace) text = text.replace(/^ /, '');
    if (text === '') return;
    endsInSpace = text.endsWith(' ');
    const span = makeSpan(text, style);
    const last = spans.at(-1);
    if (last && sameStyle(last, span)) last.text += text;
    else spans.push(span);
  };
  for (const part of reduceLinks(markup).split(/(\*\*|\*)/)) {
    if (part === '**') style.bold = !style.bold;
    else if (part === '*') style.italic = !style.italic;
    else emit(part);
  }
  trimEnd(spans);
  return spans;
}

function trimEnd(spans: Span[]): void {
  const last = spans.at(-1);
  if (!last) return;
  last.text = last.text.replace(/ $/, '');
  if (last.text === '') spans.pop();
}
