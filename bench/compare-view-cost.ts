/**
 * Main-thread work to open the compare view with the real data once its chunk and the matrix have
 * arrived: from the click on "Compare" in the header to the frame after the grid is in the page,
 * with nothing left to fetch. Each run loads the page afresh at the compare view (so the chunk
 * and data/positions.json are in), goes to the factions view (a light one to leave), and times the way back.
 *
 * Alone: `npx tsx bench/compare-view-cost.ts [dist] [runs]` (a build made with `npx vite build`).
 */
import type { Browser } from '@playwright/test';
import { PAGE_OPTIONS, withBrowser } from './interactions';
import { median } from './median';
import { serveStatic } from '../scripts/static-server';

async function openOnce(browser: Browser, baseUrl: string): Promise<number> {
  const page = await browser.newPage(PAGE_OPTIONS);
  try {
    await page.goto(`${baseUrl}?view=compare`);
    await page.getByRole('grid', { name: 'Who stood where' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Views' });
    await nav.getByRole('link', { name: 'Factions & people' }).click();
    await page.getByRole('grid').waitFor({ state: 'detached' });
    // A string, as bench/interactions.ts does: tsx's helpers do not exist in the page.
    return await page.evaluate<number>(`new Promise((resolve) => {
      const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'Compare');
      const t0 = performance.now();
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[role="grid"]')) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      });
      observer.observe(document.body, { childList: true, subtree: true });
      link.click();
    })`);
  } finally {
    await page.close();
  }
}

/** The median of `runs` openings of the compare view, in ms. */
export function compareViewOpenMs(baseUrl: string, runs = 5): Promise<number> {
  return withBrowser(async (browser) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) times.push(await openOnce(browser, baseUrl));
    return median(times);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const runs = Number(process.argv[3] ?? 5);
  const port = 4390;
  const server = await serveStatic(dist, port);
  try {
    const ms = await compareViewOpenMs(`http://127.0.0.1:${port}/`, runs);
    console.log(
      `compare view: open with the real data after its chunk arrives: ${Math.round(ms)} ms (budget 100)`,
    );
  } finally {
    server.close();
  }
}
