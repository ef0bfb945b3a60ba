/**
 * Draws the web app manifest's PNG icons from public/favicon.svg with headless Chromium, once:
 * the PNGs are committed (public/icons/), so a build needs no browser. Run again after the
 * favicon changes: `npx tsx scripts/make-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';

/** The favicon's own red, filling a maskable icon's bleed so any mask shape cuts only red. */
const ICON_RED = '#8f1d21';

const svg = readFileSync('public/favicon.svg', 'utf8');
const executablePath = chromiumPath();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: CHROMIUM_FLAGS,
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const draw = async (size: number, maskable: boolean, file: string) => {
    await page.setViewportSize({ width: size, height: size });
    // A maskable icon keeps its drawing inside the central 80% circle (the "safe zone"): the
    // favicon at 70% of the side, on a square of its red.
    const inner = maskable ? Math.round(size * 0.7) : size;
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? ICON_RED : 'transparent'}">` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${inner}" height="${inner}"></body>`,
    );
    await page.screenshot({ path: `public/icons/${file}`, omitBackground: !maskable });
  };
  await draw(192, false, 'icon-192.png');
  await draw(512, false, 'icon-512.png');
  await draw(512, true, 'icon-maskable-512.png');
} finally {
  await browser.close();
}
