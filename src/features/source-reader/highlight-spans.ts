import type { Span } from '../../data/source/types';

export interface Piece extends Span {
  highlighted: boolean;
}

/**
 * Cuts a paragraph's emphasis spans at a highlight's offsets (into the paragraph's plain
 * text, which the spans spell out exactly), so a quotation that runs across italics or a
 * joined page break is marked whole.
 */
export function highlightSpans(
  spans: readonly Span[],
  range: { start: number; end: number } | null,
): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  for (const span of spans) {
    const from = offset;
    const to = offset + span.text.length;
    offset = to;
    const cuts = range
      ? [from, Math.min(Math.max(range.start, from), to), Math.min(Math.max(range.end, from), to), to]
      : [from, to];
    for (let i = 0; i < cuts.length - 1; i += 1) {
      const a = cuts[i] ?? 0;
      const b = cuts[i + 1] ?? 0;
      if (b <= a) continue;
      const piece: Piece = {
        text: span.text.slice(a - from, b - from),
        highlighted: !!range && a >= range.start && b <= range.end,
      };
      if (span.bold) piece.bold = true;
      if (span.italic) piece.italic = true;
      pieces.push(piece);
    }
  }
  return pieces;
}
