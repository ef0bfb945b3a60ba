import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Faction, HistoricalEvent, Person } from '../src/data/schemas';
import { syntheticEvents } from '../bench/synthetic-dataset';
import { drawnAndCounted, events, expect, filterBar, routeEvents, test, timelineEvents } from './fixtures';

const COUNT = 5000;
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const many = syntheticEvents(
  COUNT,
  events as unknown as HistoricalEvent[],
  readJson('data/factions.json') as Faction[],
  readJson('data/people.json') as Person[],
);

/** The events on the timeline: those drawn one by one, and those its clusters count. */
async function clusteredTotal(page: Page): Promise<number> {
  const { drawn, counted } = await drawnAndCounted(page);
  return drawn.length + counted;
}

async function shownCount(page: Page): Promise<number> {
  const text = await filterBar(page)
    .getByText(/ of \d+ events$/)
    .textContent();
  return Number(/^(\d+) of/.exec(text ?? '')?.[1]);
}

test('with thousands of events the timeline draws counted clusters that follow the filters', async ({
  page,
}) => {
  await routeEvents(page, many);
  await page.goto('/');
  await expect(filterBar(page).getByText(`${COUNT} of ${COUNT} events`)).toBeVisible();
  await expect(
    timelineEvents(page)
      .getByRole('button', { name: /^\d+ events, / })
      .first(),
  ).toBeVisible();
  await expect.poll(() => clusteredTotal(page)).toBe(COUNT);

  // A filter changes how many events each cluster holds; the counts drawn must say so.
  await filterBar(page)
    .getByRole('button', { name: /^Filters/ })
    .click();
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
