import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { SERVED_EVENT_FILES, splitEvents } from '../src/data/split-events';

export interface DataEvent {
  id: string;
  title: string;
  start: string;
  factions: string[];
  passages: { quote: string; cite: string }[];
}

/** The real dataset, read as the app serves it. */
export const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as DataEvent[];

export function eventById(id: string): DataEvent {
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`data/events.json has no event "${id}"`);
  return event;
}

/**
 * Serves `events` in place of data/events.json: split into the two files the app reads, as the
 * build splits the real one.
 */
export async function routeEvents(page: Page, events: unknown): Promise<void> {
  const split = splitEvents(events);
  await page.route(`**/${SERVED_EVENT_FILES.listing}`, (route) => route.fulfill({ json: split.listing }));
  await page.route(`**/${SERVED_EVENT_FILES.details}`, (route) => route.fulfill({ json: split.details }));
}

interface Watch {
  /** Console errors and uncaught exceptions seen on the page. */
  consoleErrors: string[];
  /** Every request to another origin than the app's. */
  foreignRequests: string[];
}

/** A test whose page records console errors and requests that leave the origin. */
export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    const watch: Watch = { consoleErrors: [], foreignRequests: [] };
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (m) => {
      if (m.type() === 'error') watch.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => watch.consoleErrors.push(e.message));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
        watch.foreignRequests.push(url);
      }
    });
    await use(watch);
  },
});

export { expect };

/** The region that holds the events, as a screen-reader user meets it. */
export const timelineEvents = (page: Page) => page.getByRole('group', { name: 'Events by faction' });

/** The filter bar, where faction chips live (event titles may start with a faction's name too). */
export const filterBar = (page: Page) => page.getByRole('region', { name: 'Filters' });

/** Waits until the timeline has drawn its items. */
export async function openTimeline(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`);
  await expect(timelineEvents(page).getByRole('button').first()).toBeVisible();
}

/** Runs axe on the page as it is now; a violation fails the test, naming its rule and elements. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
