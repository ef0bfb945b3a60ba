/**
 * `npx tsx bench/edge-names.ts <dist> [<dist>…]`: for each build, how many event names the
 * timeline shows whole and how many the lanes' edges cut, in four views: Fit all at 1280×720 and
 * 1920×1080, and one press of "Zoom in" at 1280×720 and on a 390×844 phone. Names anywhere down
 * the lanes count, scrolled to or not; a name is cut where it runs past the lanes' left or right
 * edge. Build a side to compare with `npx vite build --outDir <dist>`.
 */
import { serveStatic } from '../scripts/static-server';
import { withBrowser } from './interactions';

const dists = process.argv.slice(2);
if (dists.length === 0) {
  console.error('usage: npx tsx bench/edge-names.ts <dist> [<dist>…]');
  process.exit(1);
}
const PORT = Number(process.env.BENCH_PORT ?? 4188);
const VIEWS = [
  { name: '1280×720, Fit all', width: 1280, height: 720, press: 'Fit all' },
  { name: '1920×1080, Fit all', width: 1920, height: 1080, press: 'Fit all' },
  { name: '1280×720, one zoom in', width: 1280, height: 720, press: 'Zoom in' },
  { name: '390×844 phone, one zoom in', width: 390, height: 844, press: 'Zoom in' },
];

await withBrowser(async (browser) => {
  for (const [i, dist] of dists.entries()) {
    const server = await serveStatic(dist, PORT + i);
    try {
      for (const view of VIEWS) {
        const phone = view.width < 600;
        const context = await browser.newContext({
          viewport: { width: view.width, height: view.height },
          ...(phone ? { isMobile: true, hasTouch: true } : {}),
          serviceWorkers: 'block',
        });
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${PORT + i}/`);
        await page.waitForFunction(() => performance.getEntriesByName('data:details').length > 0);
        await page.getByRole('button', { name: view.press }).click();
        // vis-timeline has taken over, and the window is at rest.
        const events = page.getByRole('group', { name: 'Events by faction' });
        await events.and(page.locator('[data-engine="vis-timeline"][aria-busy="false"]')).waitFor();
        const { whole, cut } = await page.evaluate(() => {
          const lanes = document.querySelector('#timeline-events > .timeline__engine');
          const scroll = document.querySelector('.timeline__scroll')?.getBoundingClientRect();
          const left = lanes?.querySelector('.vis-labelset')?.getBoundingClientRect().right ?? 0;
          const right = scroll?.right ?? innerWidth;
          let whole = 0;
          let cut = 0;
          for (const title of lanes?.querySelectorAll('.tl-item__title') ?? []) {
            const r = title.getBoundingClientRect();
            if (r.width === 0) continue;
            if (r.left < left - 1 || r.right > right + 1) cut += 1;
            else whole += 1;
          }
          return { whole, cut };
        });
        console.log(`${dist}  ${view.name}: ${whole} names whole, ${cut} cut by the lanes' edges`);
        await context.close();
      }
    } finally {
      server.close();
    }
  }
});
