import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

interface Positions {
  cells: { faction: string; question: string; stance?: string }[];
}
interface Tour {
  id: string;
  steps: { event: string; cell?: string }[];
}
const positions = JSON.parse(readFileSync('data/positions.json', 'utf8')) as Positions;
const tours = JSON.parse(readFileSync('data/tours.json', 'utf8')) as Tour[];
const tour = tours.find((t) => t.id === 'oppositions-at-a-glance');
const featured = tour?.steps[0]?.cell;
if (!tour || featured !== 'left-communists:soviet-democracy')
  throw new Error('the first step of "oppositions-at-a-glance" no longer features the cell this test reads');
const stance = positions.cells.find((c) => `${c.faction}:${c.question}` === featured)?.stance;
if (!stance) throw new Error(`data/positions.json has no stance for ${featured}`);

test('a step with a compare cell shows who stood where, loaded only then, and links to the cell', async ({
  page,
}) => {
  const matrixRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('positions.json')) matrixRequests.push(r.url());
  });
  // Step 2 features no cell: no box, and the matrix is not fetched.
  await page.goto(`/?view=present&tour=${tour.id}&step=2`);
  await expect(page.getByRole('article', { name: /^Step 2 of/ })).toBeVisible();
  await expect(page.getByRole('complementary', { name: /^Who stood where/ })).toHaveCount(0);
  expect(matrixRequests).toEqual([]);

  await page.keyboard.press('Home');
  const box = page.getByRole('complementary', {
    name: 'Who stood where: Left Communists on Soviet democracy and other parties',
  });
  await expect(box).toBeVisible();
  await expect(box).toContainText(stance);
  expect(matrixRequests).toHaveLength(1);

  await box.getByRole('link', { name: 'Compare the factions on this question' }).click();
  await expect(page).toHaveURL(
    /view=compare&cell=left-communists:soviet-democracy&focus=question:soviet-democracy/,
  );
  await expect(
    page.getByRole('heading', { name: 'Left Communists on Soviet democracy and other parties' }),
  ).toBeFocused();
  await expect(page.getByRole('article')).toContainText(stance);
});
