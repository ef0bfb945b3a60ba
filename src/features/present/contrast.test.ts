import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour } from './contrast';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    // #767676 on white is the classic 4.54:1.
    expect(contrastRatio([0x76, 0x76, 0x76], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });

  it('reads computed colours and hex', () => {
    expect(parseColour('rgb(17, 17, 17)')).toEqual([17, 17, 17]);
    expect(parseColour('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3]);
    expect(parseColour('#8a1a1e')).toEqual([0x8a, 0x1a, 0x1e]);
    expect(parseColour('transparent')).toBeNull();
  });
});

/** The projector palette as present.css declares it: `--p-name: light-dark(#light, #dark);`. */
function palette(): Record<string, { light: string; dark: string }> {
  const css = readFileSync(new URL('./present.css', import.meta.url), 'utf8');
  const out: Record<string, { light: string; dark: string }> = {};
  for (const m of css.matchAll(/--p-([a-z-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
    out[m[1] ?? ''] = { light: m[2] ?? '', dark: m[3] ?? '' };
  }
  return out;
}

describe('the projector theme', () => {
  const p = palette();
  const ratio = (fg: string, bg: string) => {
    const a = parseColour(fg);
    const b = parseColour(bg);
    if (!a || !b) throw new Error(`not a colour: ${fg} or ${bg}`);
    return contrastRatio(a, b);
  };

  it.each(['light', 'dark'] as const)('gives every text colour 7:1 or more in the %s theme', (theme) => {
    const bg = p.bg?.[theme] ?? '';
    for (const name of ['text', 'muted', 'accent']) {
      expect(ratio(p[name]?.[theme] ?? '', bg), `--p-${name}`).toBeGreaterThanOrEqual(7);
    }
    // Text on the accent (the Next button) and on the faint fill (the presenter's note).
    expect(ratio(p['on-accent']?.[theme] ?? '', p.accent?.[theme] ?? '')).toBeGreaterThanOrEqual(7);
    expect(ratio(p.text?.[theme] ?? '', p.faint?.[theme] ?? '')).toBeGreaterThanOrEqual(7);
    expect(ratio(p.muted?.[theme] ?? '', p.faint?.[theme] ?? '')).toBeGreaterThanOrEqual(7);
  });

  it.each(['light', 'dark'] as const)('gives lines and the focus ring 3:1 in the %s theme', (theme) => {
    const bg = p.bg?.[theme] ?? '';
    expect(ratio(p.line?.[theme] ?? '', bg)).toBeGreaterThanOrEqual(3);
    expect(ratio(p.focus?.[theme] ?? '', bg)).toBeGreaterThanOrEqual(3);
  });
});
