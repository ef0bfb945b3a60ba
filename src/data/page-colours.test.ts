import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_COLOURS } from '../lib/page-colours';

/** `--name: light-dark(#light, #dark);` as src/app/styles.css declares its page colours. */
function declared(css: string, name: string): { light: string; dark: string } | null {
  const pattern = new RegExp(
    `--${name}:\\s*light-dark\\(\\s*(#[0-9a-f]{6})\\s*,\\s*(#[0-9a-f]{6})\\s*\\)`,
    'i',
  );
  const match = pattern.exec(css);
  return match ? { light: (match[1] ?? '').toLowerCase(), dark: (match[2] ?? '').toLowerCase() } : null;
}

describe('the page colours faction colours are checked against', () => {
  const css = readFileSync(new URL('../app/styles.css', import.meta.url), 'utf8');

  it.each(['bg', 'surface'] as const)('are the stylesheet’s --%s in both themes', (name) => {
    expect(declared(css, name)).toEqual({ light: PAGE_COLOURS.light[name], dark: PAGE_COLOURS.dark[name] });
  });
});
