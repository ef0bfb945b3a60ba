import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour } from '../../lib/contrast';

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
