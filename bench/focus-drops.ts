/**
 * `npx tsx bench/focus-drops.ts <dist> [<dist>…]`: for each build, how often keyboard focus falls
 * to the page's body during a walk of the timeline by keyboard (127 presses: → ×60, ↓ ×8, ← ×20,
 * ↑ ×6, + ×3, → ×10, − ×4, ↓ ×5, 0, → ×10, one every 60 ms), at 1280×720, on a 390×844 phone
 * and at 1920×1080. A drop is focus leaving an event or a cluster for nothing and still being on
 * the body once the code that moved it has run: what a screen reader would announce as the page.
 * Build a side to compare with `npx vite build --outDir <dist>`.
 */
import { serveStatic } from '../scripts/static-server';
import { withBrowser } from './interactions';

const dists = process.argv.slice(2);
if (dists.length === 0) {
  console.error('usage: npx tsx bench/focus-drops.ts <dist> [<dist>…]');
  process.exit(1);
}
const PORT = Number(process.env.BENCH_PORT ?? 4188);
const SCREENS = [
  { name: '1280×720', width: 1280, height: 720 },
  { name: '390×844 phone', width: 390, height: 844 },
  { name: '1920×1080', width: 1920, height: 1080 },
];
const WALK: [string, number][] = [
  ['ArrowRight', 60],
  ['ArrowDown', 8],
  ['ArrowLeft', 20],
  ['ArrowUp', 6],
  ['+', 3],
  ['ArrowRight', 10],
  ['-', 4],
  ['ArrowDown', 5],
  ['0', 1],
  ['ArrowRight', 10],
];

await withBrowser(async (browser) => {
  for (const [i, dist] of dists.entries()) {
    const server = await serveStatic(dist, PORT + i);
    try {
      for (const screen of SCREENS) {
        const phone = screen.width < 600;
        const context = await browser.newContext({
          viewport: { width: screen.width, height: screen.height },
          ...(phone ? { isMobile: true, hasTouch: true } : {}),
          serviceWorkers: 'block',
        });
        const page = await context.newPage();
        await page.addInitScript(() => {
          const drops: string[] = [];
          Object.assign(window, { drops });
          document.addEventListener(
            'focusout',
            (e) => {
              const item = e.target instanceof HTMLElement ? e.target : null;
              const id = item?.dataset.eventId ?? item?.dataset.clusterId;
              if (id === undefined || e.relatedTarget !== null) return;
              queueMicrotask(() => {
                if (document.activeElement === document.body) drops.push(id);
              });
            },
            true,
          );
        });
        await page.goto(`http://127.0.0.1:${PORT + i}/`);
        const first = page.getByRole('group', { name: 'Events by faction' }).getByRole('button').first();
        await first.focus();
        let presses = 0;
        for (const [key, times] of WALK)
          for (let n = 0; n < times; n += 1) {
            await page.keyboard.press(key);
            await page.waitForTimeout(60);
            presses += 1;
          }
        await page.waitForTimeout(500);
        const drops = await page.evaluate(() => (window as unknown as { drops: string[] }).drops);
        console.log(`${dist}  ${screen.name}: ${drops.length} drops to the page in ${presses} presses`);
        await context.close();
      }
    } finally {
      server.close();
    }
  }
});
