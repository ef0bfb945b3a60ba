import type { Page } from '@playwright/test';
import { contrastRatio, parseColour } from '../src/lib/contrast';
import {
  drawnTimeline,
  eventById,
  expect,
  expectNoAxeViolations,
  focusedEventId,
  openTimeline,
  test,
  timelineEvents,
  tooltipGap,
} from './fixtures';

const congress = eventById('tenth-party-congress');

async function useDarkTheme(page: Page) {
  await page.emulateMedia({ colorScheme: 'dark' });
}

test('at 200% zoom (a 1280×720 screen, 640×360 CSS pixels) an opened event is in view, its title visibly focused', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await openTimeline(page, '?from=1921-01-01&to=1921-12-31');
  await timelineEvents(page)
    .getByRole('button', { name: /^Tenth Party Congress,/ })
    .click();
  const heading = page.getByRole('heading', { level: 2, name: congress.title });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport({ ratio: 1 });
  expect(await heading.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});

test('at 200% zoom the timeline gets a screen of its own, and the event keyboard focus is on is in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await openTimeline(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedEventId(page)).not.toBeNull();
  const focused = page.locator(':focus');
  await expect(focused).toBeInViewport({ ratio: 0.9 });
  // The skip link brings the timeline itself up, not only its first event: the lanes in view.
  await expect(page.locator('.timeline__scroll')).toBeInViewport({ ratio: 1 });
  // The page scrolled up under the event's tooltip: it is still beside the event, not left where
  // the event was.
  await expect.poll(() => tooltipGap(page)).toBeLessThan(12);
  // Down through the lanes: each event focused is on the screen, not only in the lanes' box.
  for (let i = 0; i < 8; i += 1) {
    const before = await focusedEventId(page);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedEventId(page)).not.toBe(before);
    await expect(focused).toBeInViewport({ ratio: 0.9 });
  }
  // The lanes themselves have room to be read: at least a third of the screen.
  const lanes = await page.locator('.timeline__scroll').boundingBox();
  const header = await page.locator('.tl-header').boundingBox();
  expect((lanes?.height ?? 0) - (header?.height ?? 0)).toBeGreaterThanOrEqual(120);
  // An event opened and closed gives focus back to its item, on the screen.
  const id = await focusedEventId(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect.poll(() => focusedEventId(page)).toBe(id);
  await expect(focused).toBeInViewport({ ratio: 0.9 });
});

test('beside the timeline, each "Next event" shows the next event from its top, its title focused', async ({
  page,
}) => {
  await openTimeline(page, '?event=tenth-party-congress');
  const panel = page.getByRole('complementary');
  for (let i = 0; i < 3; i += 1) {
    // Read down to the end of the panel, then on to the next event.
    await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const next = panel.getByRole('button', { name: /^Next event:/ });
    await next.click();
    const heading = panel.getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport({ ratio: 1 });
  }
  // The timeline stays in view beside it.
  await expect(timelineEvents(page)).toBeInViewport();
});

test('the matrix’s links arriving late never move "Next event" from under the pointer', async ({ page }) => {
  // The panel's first opening fetches the compare matrix; held back, it arrives after the reader
  // has scrolled down to the neighbours.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/positions.json', async (route) => {
    await held;
    await route.continue();
  });
  await openTimeline(page, '?event=tenth-party-congress');
  const panel = page.getByRole('complementary');
  await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const next = panel.getByRole('button', { name: /^Next event:/ });
  const before = await next.boundingBox();
  release();
  await expect(panel.getByRole('heading', { name: 'Where this stands in the matrix' })).toBeAttached();
  expect(await next.boundingBox()).toEqual(before);
});

test('in the dark theme the faction colours stand out from the page (3:1) and bars’ names read on them (4.5:1)', async ({
  page,
}) => {
  await useDarkTheme(page);
  await openTimeline(page);
  const measured = await page.evaluate(() => {
    const colour = (el: Element, property: 'backgroundColor' | 'color' | 'borderTopColor') =>
      getComputedStyle(el)[property];
    const surface = colour(document.querySelector('.timeline') ?? document.body, 'backgroundColor');
    // What the timeline draws, not the samples it measures sizes on.
    const drawn = (selector: string) =>
      [...document.querySelectorAll(selector)].filter((el) => !el.closest('.tl-sample'));
    const of = (selector: string, property: 'backgroundColor' | 'color' | 'borderTopColor') =>
      drawn(selector).map((el) => colour(el, property));
    return {
      surface,
      swatches: of('#timeline-events .tl-lane__swatch', 'backgroundColor'),
      dots: of('#timeline-events .vis-dot.tl-event', 'backgroundColor'),
      bars: of('#timeline-events .vis-range.tl-event', 'backgroundColor'),
      barText: drawn('#timeline-events .vis-range.tl-event').map((el) => [
        colour(el, 'backgroundColor'),
        colour(el.querySelector('.tl-item__title') ?? el, 'color'),
      ]),
    };
  });
  const surface = parseColour(measured.surface);
  if (!surface) throw new Error(`unreadable surface colour ${measured.surface}`);
  const ratio = (value: string) => {
    const rgb = parseColour(value);
    if (!rgb) throw new Error(`unreadable colour ${value}`);
    return contrastRatio(rgb, surface);
  };
  for (const group of [measured.swatches, measured.dots, measured.bars]) {
    expect(group.length).toBeGreaterThan(0);
    for (const value of group) expect(ratio(value), value).toBeGreaterThanOrEqual(3);
  }
  for (const [background, text] of measured.barText) {
    const [bg, fg] = [parseColour(background ?? ''), parseColour(text ?? '')];
    if (!bg || !fg) throw new Error('unreadable bar colours');
    expect(contrastRatio(bg, fg), `${text ?? ''} on ${background ?? ''}`).toBeGreaterThanOrEqual(4.5);
  }
});

test('the window’s title names the view and the open event', async ({ page }) => {
  await openTimeline(page);
  await expect(page).toHaveTitle('Timeline · Oppositions 1907–1937');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'List' }).click();
  await expect(page).toHaveTitle('List · Oppositions 1907–1937');
  await page.goto('/?view=source&event=tenth-party-congress&passage=1');
  await expect(page).toHaveTitle('Tenth Party Congress · Source text · Oppositions 1907–1937');
  // The factions page shows no event: its title names none, though the address keeps the event.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Factions' }).click();
  await expect(page).toHaveTitle('Factions and people · Oppositions 1907–1937');
  await page.goto('/?view=present');
  await expect(page.getByRole('heading', { name: 'Present a tour' })).toBeVisible();
  await expect(page).toHaveTitle('Present · Oppositions 1907–1937');
  await page.goto('/?view=present#edit');
  await expect(page).toHaveTitle('Make your own tour · Present · Oppositions 1907–1937');
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe finds nothing in the timeline's new states, ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
    });

    test('the key open, a tooltip shown', async ({ page }) => {
      await openTimeline(page);
      await page.getByRole('button', { name: 'Key', exact: true }).click();
      await timelineEvents(page)
        .getByRole('button', { name: /^Tenth Party Congress,/ })
        .hover();
      await expect(page.getByRole('tooltip')).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('an event open beside the timeline, a cluster focused', async ({ page }) => {
      await openTimeline(page, '?event=tenth-party-congress');
      await timelineEvents(page)
        .getByRole('button', { name: /^\d+ events, / })
        .first()
        .focus();
      await expectNoAxeViolations(page);
    });

    test('an event open as a sheet at 200% zoom', async ({ page }) => {
      await page.setViewportSize({ width: 640, height: 360 });
      await openTimeline(page, '?event=tenth-party-congress');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('after a keyboard walk, with the engine drawn', async ({ page }) => {
      await openTimeline(page);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => focusedEventId(page)).not.toBeNull();
      await expect(timelineEvents(page)).toHaveAttribute('data-engine', 'vis-timeline');
      await expectNoAxeViolations(page);
    });
  });
}

test('every event and cluster on the timeline is a target at least 24 px across, with room round it (WCAG 2.5.8)', async ({
  page,
}) => {
  await openTimeline(page);
  const crowded = await drawnTimeline(page).evaluate((root) => {
    const targets = [...root.querySelectorAll<HTMLElement>('.tl-item, .tl-cluster')]
      .map((el) => ({ name: el.getAttribute('aria-label') ?? '', box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0);
    const problems: string[] = [];
    for (const { name, box } of targets) if (box.width < 24) problems.push(`${name}: ${box.width} px wide`);
    // The spacing rule: a 24 px circle on each target's centre meets no other target's circle.
    targets.forEach((a, i) => {
      for (const b of targets.slice(i + 1)) {
        const dx = a.box.x + a.box.width / 2 - (b.box.x + b.box.width / 2);
        const dy = a.box.y + a.box.height / 2 - (b.box.y + b.box.height / 2);
        const overlap =
          Math.abs(dx) < (a.box.width + b.box.width) / 2 && Math.abs(dy) < (a.box.height + b.box.height) / 2;
        if (overlap || Math.hypot(dx, dy) < 24) problems.push(`${a.name} and ${b.name} crowd each other`);
      }
    });
    return problems;
  });
  expect(crowded).toEqual([]);
});

test('the live region says what focus does not: the lane reached, the edge of the events, the years shown', async ({
  page,
}) => {
  await openTimeline(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedEventId(page)).not.toBeNull();
  const live = page.getByRole('region', { name: 'Timeline' }).locator('[aria-live="polite"]');
  await page.keyboard.press('ArrowLeft');
  await expect(live).toHaveText('No earlier event.');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedEventId(page)).not.toBe(null);
  // Focus speaks the event's name: the live region does not say it again.
  const focused = (await focusedEventId(page)) ?? '';
  await expect(live).not.toContainText(eventById(focused).title);
  await page.keyboard.press('+');
  await expect(live).toHaveText(/^Showing /);
});
