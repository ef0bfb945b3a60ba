import type { Browser } from '@playwright/test';
import { median } from './median';

const STEPS = 50_000_000;

/*
 * Fixed pieces of work, timed: the same on every run, so they move only with the machine. This
 * project's machine changes speed two- or threefold from one hour to the next; with these figures
 * beside them, tables from different runs can be read against each other. There are three because
 * they have been seen to differ: plain arithmetic kept its speed while the browser's work slowed,
 * and the third says why: memory the process touches for the first time (freshMemoryMs).
 */

const FRESH_BYTES = 256 * 1024 * 1024;

/**
 * 256 MB taken from the system and written once, in Node, median of `runs`. Every page a browser
 * opens starts on fresh memory, and the virtual machine this project runs on hands freed memory
 * back to its host (virtio-balloon free page reporting), so each first touch of a page is a fault
 * the host answers: here some 12 µs per 4 KB page, 0.6–0.8 s for these 256 MB, where writing the
 * same memory a second time takes 13 ms.
 */
export function freshMemoryMs(runs = 5): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const t0 = performance.now();
    const block = Buffer.allocUnsafeSlow(FRESH_BYTES);
    block.fill(run + 1);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Arithmetic in Node, median of `runs`. */
export function arithmeticMs(runs = 5): number {
  const times: number[] = [];
  let checksum = 0;
  for (let run = 0; run < runs; run += 1) {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < STEPS; i += 1) x = (x + i * 7) % 1_000_003;
    times.push(performance.now() - t0);
    checksum += x;
  }
  // Used, so the loop cannot be optimised away.
  if (checksum < 0) throw new Error('unreachable');
  return median(times);
}

/**
 * What the app's first load is made of, on a blank page in Chromium: JSON read into many small
 * records, and elements made, styled and laid out. Median of `runs`, each on a fresh page.
 */
export async function browserWorkMs(browser: Browser, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    times.push(
      await page.evaluate(`(() => {
        const t0 = performance.now();
        const records = Array.from({ length: 20000 }, (_, i) => ({ id: 'event-' + i, title: 'Event ' + i, start: '1921-03-08', tags: ['a', 'b'] }));
        const parsed = JSON.parse(JSON.stringify(records));
        const root = document.createElement('div');
        for (let i = 0; i < 3000; i += 1) {
          const el = document.createElement('div');
          el.className = 'item';
          el.style.width = (i % 200) + 'px';
          el.textContent = parsed[i].title;
          root.append(el);
          // A read after each few writes, as a timeline measuring its items does.
          if (i % 100 === 0) void root.offsetHeight;
        }
        document.body.append(root);
        void root.offsetHeight;
        return performance.now() - t0;
      })()`),
    );
    await page.close();
  }
  return median(times);
}
