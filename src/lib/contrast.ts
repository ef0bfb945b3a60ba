/**
 * WCAG 2 contrast, for checking colours with numbers rather than by eye: the projector theme,
 * the faction colours in both themes.
 */

export type Rgb = readonly [number, number, number];

/** WCAG 2.2 AA for text of ordinary size (1.4.3). */
export const TEXT_CONTRAST_MIN = 4.5;
/** WCAG 2.2 AA for what is seen but not read: bars, dots, chip borders (1.4.11). */
export const GRAPHIC_CONTRAST_MIN = 3;

/** "rgb(17, 17, 17)", "rgba(0, 0, 0, 0.5)", "rgb(17 17 17)" or "#111111" → [r, g, b]; null otherwise. */
export function parseColour(value: string): Rgb | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value.trim());
  if (hex) return [parseInt(hex[1] ?? '0', 16), parseInt(hex[2] ?? '0', 16), parseInt(hex[3] ?? '0', 16)];
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(value.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return null;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** 1 (none) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The contrast of two colours written as parseColour reads them; null when either is not one. */
export function contrastOf(a: string, b: string): number | null {
  const first = parseColour(a);
  const second = parseColour(b);
  return first && second ? contrastRatio(first, second) : null;
}
