import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Faction, HistoricalEvent, Person } from '../src/data/schemas';
import { syntheticEvents } from '../bench/synthetic-dataset';
import { events, expect, filterBar, routeEvents, test, timelineEvents } from './fixtures';

const COUNT = 5000;
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const many = syntheticEvents(
  COUNT,
  events as unknown as HistoricalEvent[],
  readJson('data/factions.json') as Faction[],
  readJson('data/people.json') as Person[],
);

/** The events the drawn clusters stand for, added up from their counts. */
async function clusteredTotal(page: Page): Promise<number> {
  const counts = await timelineEvents(page).getByLabel(/events close together/).allTextContents();
  return counts.reduce((sum, text) => sum + Number(text), 0);
}

async function shownCount(page: Page): Promise<number> {
  const text = await filterBar(page).getByText(/ of \d+ events$/).textContent();
  return Number(/^(\d+) of/.exec(text ?? '')?.[1]);
}

test('with thousands of events the timeline draws counted clusters that follow the filters', async ({
  page,
}) => {
  await routeEvents(page, many);
  await page.goto('/');
  await expect(filterBar(page).getByText(`${COUNT} of ${COUNT} events`)).toBeVisible();
  await expect(timelineEvents(page).getByLabel(/events close together/).first()).toBeVisible();
  await expect.poll(() => clusteredTotal(page)).toBe(COUNT);

  // A filter changes how many events each cluster holds; the counts drawn must say so.
  const chip = filterBar(page).getByRole('button', { name: /^Workers' Opposition/ });
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  const shown = await shownCount(page);
  expect(shown).toBeLessThan(COUNT);
  await expect.poll(() => clusteredTotal(page)).toBe(shown);

  await chip.click();
  await expect(filterBar(page).getByText(`${COUNT} of ${COUNT} events`)).toBeVisible();
  await expect.poll(() => clusteredTotal(page)).toBe(COUNT);
});
