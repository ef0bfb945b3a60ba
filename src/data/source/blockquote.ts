import { outermostQuotes } from './quote-marks';

type Shape = 'cited' | 'continued' | 'prose';

/**
 * A quotation set as its own paragraph opens with a mark and, once that quotation closes,
 * has nothing left but its citation. One that runs over several paragraphs carries its
 * citation only in the last of them.
 */
function shapeOf(text: string): Shape {
  const first = outermostQuotes(text)[0];
  if (first?.open !== 0) return 'prose';
  const rest = first.close === null ? '' : text.slice(first.close + 1).trim();
  if (rest !== '' && !/^\[[^\]]*\]$/.test(rest)) return 'prose';
  return text.endsWith(']') ? 'cited' : 'continued';
}

/** Kinds of consecutive paragraphs of one section, from their plain texts. */
export function paragraphKinds(texts: readonly string[]): ('prose' | 'blockquote')[] {
  const shapes = texts.map(shapeOf);
  const kinds = shapes.map((s) => (s === 'cited' ? 'blockquote' : 'prose'));
  for (let i = shapes.length - 2; i >= 0; i -= 1) {
    if (shapes[i] === 'continued' && kinds[i + 1] === 'blockquote') kinds[i] = 'blockquote';
  }
  return kinds;
}
