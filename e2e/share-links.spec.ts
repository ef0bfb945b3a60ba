import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { realDataset } from '../src/data/real-dataset.test-support';
import type { Tour } from '../src/data/tour-schema';
import { validateTours } from '../src/data/validate-tours';
import { shareLink } from '../src/lib/share-link';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The tours as the app reads them: the file names a step's passage by its opening words, which
// the validator turns into the passage's number, as a shared link carries it.
const tours = validateTours(JSON.parse(readFileSync('data/tours.json', 'utf8')), realDataset().events).tours;
const tour = tours.find((t) => t.id === 'oppositions-at-a-glance');
if (!tour) throw new Error('data/tours.json has no "oppositions-at-a-glance" tour');
const notes = (t: Tour) => t.steps.flatMap((s) => s.note ?? []);

/** What a share link carries, decoded here with Node's zlib rather than the app's own code. */
function carried(link: string): unknown {
  const data = new URL(link).hash.replace(/^#tour=/, '');
  return JSON.parse(inflateRawSync(Buffer.from(data, 'base64url')).toString('utf8'));
}

/** The QR code in a screenshot, read by jsQR (the pixels come from a blank page's canvas). */
async function readQr(context: BrowserContext, png: Buffer): Promise<string | null> {
  const blank = await context.newPage();
  const pixels = await blank.evaluate(
    async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context2d = canvas.getContext('2d');
      if (!context2d) throw new Error('no 2D canvas');
      context2d.drawImage(image, 0, 0);
      const data = context2d.getImageData(0, 0, canvas.width, canvas.height).data;
      let binary = '';
      for (let i = 0; i < data.length; i += 0x8000)
        binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return { width: canvas.width, height: canvas.height, rgba: btoa(binary) };
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
  await blank.close();
  const rgba = new Uint8ClampedArray(Buffer.from(pixels.rgba, 'base64'));
  return jsQR(rgba, pixels.width, pixels.height)?.data ?? null;
}

/** A screenshot of the page around `code`, as the room or the page shows it (a margin of the page included). */
async function shootAround(page: Page, code: Locator): Promise<Buffer> {
  await code.scrollIntoViewIfNeeded();
  const box = await code.boundingBox();
  if (!box) throw new Error('the QR code is not on screen');
  const margin = 24;
  return page.screenshot({
    clip: {
      x: box.x - margin,
      y: box.y - margin,
      width: box.width + 2 * margin,
      height: box.height + 2 * margin,
    },
  });
}

const studentsCode = (page: Page, t: Tour) =>
  page.getByRole('img', { name: `QR code: the link to “${t.title}” for students` });

/** The link for students the printed handout carries (print media emulated). */
async function printedLink(page: Page): Promise<string> {
  const link = page.getByText(/^http.*#tour=[A-Za-z0-9_-]+$/);
  await expect(link).toBeVisible();
  return (await link.textContent()) ?? '';
}

test('a link for a colleague opened in a fresh browser presents the tour, and its presenter window follows both ways', async ({
  browser,
  baseURL,
}) => {
  const link = await shareLink(tour, 'colleague', `${baseURL}/`);
  // A fresh browser: no saved tours, nothing but the link.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  const shared = page.getByRole('region', { name: `Shared tour: ${tour.title}` });
  await expect(shared.getByRole('button', { name: 'Save a copy' })).toBeVisible();
  await shared.getByRole('button', { name: `Start “${tour.title}”` }).click();
  await page.getByRole('button', { name: 'Begin the tour' }).click();
  await expect(page.getByRole('article', { name: `Step 1 of ${tour.steps.length}` })).toBeVisible();

  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Presenter view' }).click();
  const presenter = await opened;
  const now = presenter.getByRole('region', { name: 'Now showing' });
  await expect(now.getByText(tour.steps[0]?.note ?? '')).toBeVisible();
  await expect(presenter.getByText(/There is no tour/)).toHaveCount(0);

  await page.keyboard.press('PageDown');
  await expect(page.getByRole('article', { name: `Step 2 of ${tour.steps.length}` })).toBeVisible();
  await expect(now.getByText(tour.steps[1]?.note ?? '')).toBeVisible();
  await presenter.keyboard.press('PageDown');
  await expect(now.getByText(tour.steps[2]?.note ?? '')).toBeVisible();
  await expect(page.getByRole('article', { name: `Step 3 of ${tour.steps.length}` })).toBeVisible();
  await expect(page).toHaveURL(/[?&]step=3(&|#|$)/);
  await context.close();
});

test('the link for students carries no notes, is at most half the colleague link, and shows none', async ({
  page,
  browser,
  baseURL,
}) => {
  for (const t of tours) {
    await page.goto(`/?view=present&tour=${t.id}&step=1`);
    await expect(page.getByRole('article', { name: `Step 1 of ${t.steps.length}` })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const students = await printedLink(page);
    await page.emulateMedia({ media: 'screen' });
    const text = JSON.stringify(carried(students));
    for (const note of notes(t)) expect(text).not.toContain(note);
    expect(text).toContain(t.steps[0]?.event);
    const colleague = await shareLink(t, 'colleague', `${baseURL}/`);
    expect(notes(t).every((note) => JSON.stringify(carried(colleague)).includes(note))).toBe(true);
    expect(students.length, t.id).toBeLessThanOrEqual(colleague.length / 2);
  }

  // Opened by a student: the presenter view and the handout have no notes to show.
  const context = await browser.newContext();
  const student = await context.newPage();
  await student.goto(await shareLink(tour, 'students', `${baseURL}/`));
  await student
    .getByRole('button', { name: `Start “${tour.title}”` })
    .first()
    .click();
  await student.getByRole('button', { name: 'Begin the tour' }).click();
  await student.getByRole('checkbox', { name: "Include teacher's notes" }).check();
  await student.emulateMedia({ media: 'print' });
  await expect(student.getByRole('heading', { level: 1, name: tour.title })).toBeVisible();
  await expect(student.getByText(/^Teacher's note:/)).toHaveCount(0);
  await student.emulateMedia({ media: 'screen' });
  const opened = context.waitForEvent('page');
  await student.getByRole('button', { name: 'Presenter view' }).click();
  const presenter = await opened;
  await expect(presenter.getByRole('region', { name: 'Now showing' })).toContainText(
    'No note for this step.',
  );
  for (const note of notes(tour)) await expect(presenter.getByText(note)).toHaveCount(0);
  await context.close();
});

test('the Join slide’s QR code, at 1920×1080, reads as the link for students; axe finds nothing', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?view=present');
  await page.getByRole('button', { name: `Start “${tour.title}”` }).click();
  const join = page.getByRole('region', { name: 'Follow on your phone' });
  const code = studentsCode(page, tour);
  await expect(code).toBeVisible();
  const read = await readQr(context, await shootAround(page, code));
  await page.emulateMedia({ media: 'print' });
  const students = await printedLink(page);
  await page.emulateMedia({ media: 'screen' });
  expect(read).toBe(students);
  await expect(join).toBeVisible();
  await expectNoAxeViolations(page);
  // Any "next" key begins the tour.
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('article', { name: `Step 1 of ${tour.steps.length}` })).toBeVisible();
});

test.describe('the printed handout', () => {
  // About 290 dots an inch: less than a printer's, so a code that reads here reads on paper.
  test.use({ deviceScaleFactor: 3 });

  test('prints the link for students and a code that reads as it, never a ?tour= link; axe finds nothing', async ({
    page,
    context,
  }) => {
    await page.goto('/?view=present');
    await page.getByRole('button', { name: `Print handout for “${tour.title}”` }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1, name: tour.title })).toBeVisible();
    const students = await printedLink(page);
    expect(JSON.stringify(carried(students))).toContain(tour.steps[0]?.event);
    await expect(page.getByText(/[?&]tour=/)).toHaveCount(0);
    const code = studentsCode(page, tour);
    await expect(code).toBeVisible();
    expect(await readQr(context, await shootAround(page, code))).toBe(students);
    await expectNoAxeViolations(page);
  });
});
