import type { Page } from '@playwright/test';
import { realDataset } from '../src/data/real-dataset.test-support';
import type { Tour } from '../src/data/tour-schema';
import { MAX_LINK_DATA, encodeTour } from '../src/lib/share-link';
import { KNOWN_KEYS } from '../src/state/url';
import { VIEWS } from '../src/state/view';
import { events, expect, test, timelineEvents } from './fixtures';

/*
 * Hostile input, kept from the probe of issue 24: every query parameter url.ts knows (new keys
 * join by themselves), the hash, share links and imported tour files get XSS payloads and
 * malformed values. A payload that runs calls window.__pwned (or alert, heard as a dialog);
 * nothing may run, no CSP violation happen, no request leave the origin, no script error
 * escape, and the teacher's saved tours stay byte for byte as they were. A link that loses
 * something says so in one notice of readable length.
 *
 * To stay fast, a page load carries many payloads: each load's first address is checked for
 * its notice, then further addresses are visited within the page (pushState and popstate, the
 * way Back and Forward reach the same parsing and the same views). HOSTILE_FULL=1 (`npm run
 * test:fuzz`) makes every payload in every parameter a page load of its own.
 */
const FULL = process.env.HOSTILE_FULL === '1';

const STORE_KEY = 'oppositions.tours.v1';
const [firstEvent, secondEvent] = events;
if (!firstEvent || !secondEvent) throw new Error('data/events.json needs two events');
const SAVED: Tour[] = [
  {
    id: 'saved-lesson',
    title: 'Saved lesson',
    description: 'Kept in this browser.',
    steps: [{ event: firstEvent.id, note: 'Start here' }, { event: secondEvent.id }],
  },
];
/** What localStorage holds before every load, and must hold after it. */
const SEED = JSON.stringify({ version: 1, tours: SAVED });

/** Markup and script in every form a page might be tricked into running; each calls __pwned. */
const XSS = [
  `<script>__pwned('script')</script>`,
  `"><img src=x onerror=__pwned('img')>`,
  `'><svg onload=__pwned('svg')>`,
  `javascript:__pwned('js-url')`,
  `<a href="javascript:__pwned('a')">x</a>`,
  `<iframe src="javascript:__pwned('iframe')"></iframe>`,
  '${__pwned("template")}',
  `{{constructor.constructor('__pwned("ng")')()}}`,
  `</title><script>__pwned('title')</script>`,
  `<details open ontoggle=__pwned('toggle')>`,
  `<style>@import 'https://evil.example/x.css';body{background:url(https://evil.example/b)}</style>`,
  `<img src="https://evil.example/p.png">`,
  `<math><mi xlink:href="javascript:__pwned('math')">x</mi></math>`,
  `%3Cscript%3E__pwned('encoded')%3C%2Fscript%3E`,
  `'-alert('quote')-'`,
  `<body onload=alert('body')>`,
];
/** Values that are no attack but are not what a link holds either. */
const MALFORMED = [
  '',
  ' ',
  '0',
  '-1',
  '1e3',
  '0x10',
  '99999999999',
  '0000',
  '1921-13-45',
  '%E0%A4%A',
  '\u202egnp.exe',
  '__proto__',
  'x'.repeat(5000),
  'a,,b,<b>,c',
];
const VALUES = [...XSS, ...MALFORMED];
const KEYS = [...KNOWN_KEYS];

interface Seen {
  dialogs: string[];
  pageErrors: string[];
}

/** The page with payload flags, CSP and dialog listeners, and the saved tours seeded. */
async function arm(page: Page): Promise<Seen> {
  const seen: Seen = { dialogs: [], pageErrors: [] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.pageErrors.push(e.message));
  await page.addInitScript(
    ([key, seed]) => {
      const hostile = { ran: [] as string[], csp: [] as string[] };
      Object.assign(window, {
        __hostile: hostile,
        __pwned: (id: unknown) => hostile.ran.push(String(id)),
      });
      document.addEventListener('securitypolicyviolation', (e) =>
        hostile.csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      localStorage.setItem(key, seed);
    },
    [STORE_KEY, SEED] as const,
  );
  return seen;
}

/** Nothing ran, nothing was blocked by the CSP, no script error, the saved tours untouched. */
async function expectNothingHappened(page: Page, seen: Seen, foreign: string[]): Promise<void> {
  await page.waitForLoadState('networkidle');
  const state = await page.evaluate((key) => {
    const { ran, csp } = (window as unknown as { __hostile: { ran: string[]; csp: string[] } }).__hostile;
    return { ran, csp, saved: localStorage.getItem(key) };
  }, STORE_KEY);
  expect(state.ran, 'payloads that ran').toEqual([]);
  expect(state.csp, 'CSP violations').toEqual([]);
  expect(seen.dialogs, 'dialogs').toEqual([]);
  expect(seen.pageErrors, 'uncaught errors').toEqual([]);
  expect(foreign, 'requests off the origin').toEqual([]);
  expect(state.saved, 'saved tours').toBe(SEED);
}

/** Visits `search` within the page, as Back and Forward do, and lets it render. */
async function visitInPage(page: Page, search: string): Promise<void> {
  await page.evaluate((s) => {
    history.pushState(null, '', s);
    dispatchEvent(new PopStateEvent('popstate'));
    return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  }, search);
}

/** Round `r` of the query matrix: every key a different value, so every value meets every key. */
function round(r: number, keys: readonly string[] = KEYS): string {
  const params = new URLSearchParams();
  keys.forEach((key, i) => {
    // Every other round opens a real view, so present, source and activity parse and draw
    // their own parameters; the rest give view a payload too.
    const value =
      key === 'view' && r % 2 === 1
        ? (VIEWS[(r >> 1) % VIEWS.length] ?? 'list')
        : VALUES[(r + i) % VALUES.length];
    params.set(key, value ?? '');
  });
  params.set(`x${r}`, VALUES[r % VALUES.length] ?? '');
  params.set('utm_source', 'newsletter');
  return `?${params.toString()}`;
}

const notices = (page: Page) =>
  page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Dismiss' }) });

/** One notice for the whole link, naming what was dropped, short enough to read. */
async function expectOneLinkNotice(page: Page): Promise<void> {
  const linkNotices = page
    .getByRole('paragraph')
    .filter({ hasText: /^Parts of this link could not be used as given\./ });
  await expect(linkNotices).toHaveCount(1);
  const text = (await linkNotices.textContent()) ?? '';
  expect(text).toMatch(/not ones this app knows|is not|was cut|were dropped|dropped|ignored/);
  expect(text).not.toContain('utm_source');
  expect(text.length).toBeLessThan(800);
}

test.describe('hostile input', () => {
  test('every query parameter: payloads and malformed values run nothing and are noticed once', async ({
    page,
    watch,
  }) => {
    test.setTimeout(FULL ? 30 * 60_000 : 60_000);
    const seen = await arm(page);
    // Fast: a few loads, each checked for its notice, then the other rounds in the page. Full:
    // every value in every key as a load of its own.
    const loads = FULL
      ? KEYS.flatMap((key) =>
          VALUES.map((value) => `?${new URLSearchParams({ [key]: value, zz: value }).toString()}`),
        )
      : [0, 1, 2].map((r) => round(r));
    for (const address of loads) {
      await page.goto(`/${address}`);
      await expect(notices(page).getByRole('button', { name: 'Dismiss' }).first()).toBeVisible();
      if (!FULL) await expectOneLinkNotice(page);
      // Tracking parameters leave the address on its first write.
      expect(new URL(page.url()).searchParams.has('utm_source')).toBe(false);
    }
    if (!FULL) for (let r = 3; r < VALUES.length; r++) await visitInPage(page, round(r));
    await expectNothingHappened(page, seen, watch.foreignRequests);
  });

  test('the hash: payloads after #, #edit=, #tour= and #presenter run nothing', async ({ page, watch }) => {
    const seen = await arm(page);
    await page.goto(`/?view=present#edit=${encodeURIComponent(XSS[1] ?? '')}`);
    await expect(page.getByRole('heading', { name: 'Make your own tour' })).toBeVisible();
    const hashes = VALUES.flatMap((v) => [
      `#${v}`,
      `#edit=${encodeURIComponent(v)}`,
      `#tour=${v}`,
      `#presenter${v}`,
    ]);
    for (const hash of FULL ? hashes : hashes.filter((_, i) => i % 2 === 0 || i < 8))
      await page.evaluate((h) => {
        location.hash = h;
        return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      }, hash);
    // A damaged shared tour says so in words, as text.
    await page.evaluate(() => (location.hash = '#tour=<img src=x onerror=__pwned(1)>'));
    await expect(page.getByRole('alert').first()).toContainText('The shared tour link is damaged');
    await expectNothingHappened(page, seen, watch.foreignRequests);
  });

  test('share links: a tour full of payloads shows them as text; damaged and oversized links say why', async ({
    page,
    watch,
  }) => {
    const seen = await arm(page);
    const { events: dataset } = realDataset();
    const hostileTour: Tour = {
      id: 'hostile-share',
      title: XSS[1] ?? '',
      description: XSS.join(' '),
      steps: XSS.map((note, i) => ({ event: dataset[i % dataset.length]?.id ?? '', note })),
    };
    const data = await encodeTour(hostileTour, 'colleague');
    await page.goto(`/?view=present#tour=${data}`);
    const shared = page.getByRole('region', { name: `Shared tour: ${hostileTour.title}` });
    await expect(shared).toBeVisible();
    await expect(shared.getByText(hostileTour.description ?? '')).toBeVisible();
    await shared.getByRole('button', { name: /^Start/ }).click();
    const join = page.getByRole('button', { name: 'Begin the tour' });
    if (await join.isVisible()) await join.click();
    await expect(page.getByRole('heading', { level: 1, name: hostileTour.title })).toBeVisible();

    // A built-in tour's id taken by a link gets another: the built-in keeps its address.
    const builtIn = await encodeTour(
      { ...hostileTour, id: 'how-dissent-was-silenced', title: 'Impostor' },
      'colleague',
    );
    await page.goto(`/?view=present&tour=how-dissent-was-silenced-shared#tour=${builtIn}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Impostor' })).toBeVisible();

    await page.goto(`/?view=present#tour=${'A'.repeat(MAX_LINK_DATA + 1)}`);
    await expect(page.getByRole('alert').first()).toContainText(
      'The shared tour link is too long to be a tour',
    );
    // A short link that unpacks to megabytes stops early and says so, without freezing the tab.
    const bomb = await encodeTour({ ...hostileTour, description: 'a'.repeat(8 * 1024 * 1024) }, 'colleague');
    await page.evaluate((d) => (location.hash = `#tour=${d}`), bomb);
    await expect(page.getByRole('alert').first()).toContainText('unpacks to more than');
    await expectNothingHappened(page, seen, watch.foreignRequests);
  });

  test('imported tour files: rejected ones leave the saved tours byte for byte, accepted payloads stay text', async ({
    page,
    watch,
  }) => {
    const seen = await arm(page);
    await page.goto('/?view=present#edit');
    const input = page.getByLabel('Import a tour file');
    const step = { event: firstEvent.id };
    const rejected = [
      ...XSS.map((p) => ({ id: p, title: p, steps: [step] })),
      ...XSS.slice(0, FULL ? XSS.length : 4).map((p) => ({ id: 'a', title: 'A', steps: [{ event: p }] })),
      { id: 'a', title: 'A', steps: [{ ...step, window: { from: '1921-13-45', to: '1922-01-01' } }] },
      { id: 'a', title: 'A', steps: [{ ...step, passage: XSS[0] }] },
      { id: 'a', title: 'A', steps: [step], [XSS[2] ?? '']: 1 },
      42,
    ];
    const file = (name: string, body: unknown) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
    });
    // One file of many tours and each alone in full runs; a handful alone otherwise.
    const alone = FULL ? rejected : rejected.slice(-5);
    await input.setInputFiles(file('many.json', rejected));
    await expect(page.getByRole('alert')).toContainText(
      'The file was not imported; your saved tours are unchanged.',
    );
    for (const [i, body] of alone.entries()) {
      await input.setInputFiles(file(`bad-${i}.json`, body));
      await expect(page.getByRole('alert')).toContainText(`bad-${i}.json: `);
      await expect(page.getByRole('alert')).not.toContainText('Invalid input');
    }
    await input.setInputFiles(file('not-json.json', `<script>__pwned('file')</script>`));
    await expect(page.getByRole('alert')).toContainText('not-json.json: is not a JSON file');
    await expectNothingHappened(page, seen, watch.foreignRequests);

    // A valid tour whose words are payloads is saved, and shows them as words.
    const words: Tour = {
      id: 'words',
      title: XSS[2] ?? '',
      description: XSS[0] ?? '',
      steps: [{ ...step, note: XSS[1] ?? '' }],
    };
    await input.setInputFiles(file('words.json', words));
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Imported “${words.title}”` })
        .first(),
    ).toBeAttached();
    // Within the page: a new load would seed the saved tours again.
    await visitInPage(page, '?view=present');
    await expect(page.getByRole('heading', { level: 3, name: words.title })).toBeVisible();
    const state = await page.evaluate(
      () => (window as unknown as { __hostile: { ran: string[] } }).__hostile.ran,
    );
    expect(state).toEqual([]);
    expect(seen.dialogs).toEqual([]);
  });

  test('a passage the source text does not have is noticed, not silently ignored', async ({ page }) => {
    await page.goto('/?view=source&passage=9999');
    await expect(
      page
        .getByRole('paragraph')
        .filter({ hasText: 'The source text has no paragraph 9999; it opens at its start.' }),
    ).toBeVisible();
    await page.goto(`/?view=source&event=${firstEvent.id}&passage=99`);
    await expect(
      page
        .getByRole('paragraph')
        .filter({ hasText: 'The event has no quotation 99 in the source text; it opens at its start.' }),
    ).toBeVisible();
  });

  test('a path that starts with // keeps working, and its address is written with one slash', async ({
    page,
    watch,
    baseURL,
  }) => {
    const seen = await arm(page);
    // Whole, as a relative '//…' would name another host.
    await page.goto(`${baseURL ?? ''}//history/oppositions/?view=list`);
    await expect(page.getByRole('table')).toBeVisible();
    await page.getByRole('link', { name: 'Timeline' }).click();
    await expect(timelineEvents(page).getByRole('button').first()).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/history/oppositions/');
    await expectNothingHappened(page, seen, watch.foreignRequests);
  });
});
