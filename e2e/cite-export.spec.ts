import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Page } from '@playwright/test';
import { readCsv } from '../src/features/export/read-csv.test-support';
import { quoteOpening } from '../src/ui/quote-opening';
import { eventById, events, expect, expectNoAxeViolations, filterBar, openTimeline, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const FAQ_APPENDIX = 'Were any of the Bolshevik oppositions a real alternative?';

test('Copy note gives a historian’s quotation its author, and the FAQ it was taken from', async ({
  page,
}) => {
  const citeproc: string[] = [];
  page.on('request', (r) => {
    if (/\/cite-passage-[^/]*\.js$/.test(r.url())) citeproc.push(r.url());
  });
  await openTimeline(page, '?event=seventh-party-congress');
  const panel = page.getByRole('complementary', { name: 'Seventh Party Congress' });
  const said = (words: string) => panel.getByRole('status').filter({ hasText: words });
  // The citation processor is not part of the page until a citation is asked for.
  expect(citeproc).toEqual([]);

  // A quotation's controls are named by its opening words, as the reader sees it begin.
  const first = quoteOpening(eventById('seventh-party-congress').passages[0]?.quote ?? '');
  await panel.getByRole('button', { name: `Copy note for ${first}` }).click();
  // citeproc reads its style on the first citation: seconds on a loaded machine.
  await expect(said(`Chicago note for ${first} copied.`)).toBeVisible({ timeout: 20_000 });
  expect(citeproc).toHaveLength(1);
  const note = await readClipboard(page);
  expect(note).toMatch(/^Robert V\. Daniels, The Conscience of the Revolution\b.*, 88; cited in /);
  expect(note).toMatch(
    /cited in The Anarchist FAQ Editorial Collective, “Were Any of the Bolshevik Oppositions a Real Alternative\?,” An Anarchist FAQ, 2018\.$/,
  );

  await panel.getByRole('button', { name: `Copy bibliography entry for ${first}` }).click();
  await expect(said(`Bibliography entry for ${first} copied.`)).toBeVisible();
  const entry = await readClipboard(page);
  expect(entry).toContain('Daniels');
  expect(entry).toContain('The Conscience of the Revolution');
  expect(entry).not.toContain('cited in');
});

/** Chooses a format in the export menu and returns the file downloaded. */
async function exportAs(page: Page, format: string) {
  await filterBar(page)
    .getByRole('button', { name: /^Export/ })
    .click();
  const button = page.getByRole('button', { name: format, exact: true });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test('the export menu downloads the cited works as BibTeX and RIS, and a CSV row per quotation', async ({
  page,
}) => {
  await openTimeline(page, '?factions=workers-group');

  const bibtex = await exportAs(page, 'BibTeX');
  expect(bibtex.name).toBe('oppositions-1907-1937-workers-group.bib');
  const works = new Cite(bibtex.bytes.toString('utf8')).data;
  expect(works.length).toBeGreaterThan(1);
  expect(works.map((w) => w.title)).toContain(FAQ_APPENDIX);
  for (const work of works) expect(work.author, String(work.title)).toBeDefined();

  const ris = await exportAs(page, 'RIS');
  expect(ris.name).toBe('oppositions-1907-1937-workers-group.ris');
  const risWorks = new Cite(ris.bytes.toString('utf8')).data;
  expect(risWorks.map((w) => w.title).sort()).toEqual(works.map((w) => w.title).sort());

  const csv = await exportAs(page, 'CSV, a row per quotation');
  expect(csv.name).toBe('oppositions-1907-1937-workers-group.quotations.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = readCsv(csv.bytes.toString('utf8'));
  expect(header?.slice(0, 2)).toEqual(['event_id', 'event_title']);
  const quotations = events
    .filter((e) => e.factions.includes('workers-group'))
    .reduce((n, e) => n + e.passages.length, 0);
  expect(rows).toHaveLength(quotations);
});

test('the export menu names its two groups, and axe finds nothing in it open', async ({ page }) => {
  await openTimeline(page);
  await filterBar(page)
    .getByRole('button', { name: /^Export/ })
    .click();
  const works = page.getByRole('group', { name: 'Cited works (Zotero, EndNote)' });
  await expect(works.getByRole('button')).toHaveText(['BibTeX', 'RIS', 'CSL-JSON']);
  await expect(page.getByRole('group', { name: 'Events', exact: true }).getByRole('button')).toHaveCount(4);
  await expectNoAxeViolations(page);
});
