// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { realDataset } from '../../data/real-dataset.test-support';
import type { Tour } from '../../data/tour-schema';
import { useSavedTours } from '../../state/saved-tours';
import TourEditor from './tour-editor';

/**
 * How long to wait for a file to be read and imported before failing: generous, as the unit tests
 * share a machine's cores with other work.
 */
const LOADING = { timeout: 5000 };

function renderEditor() {
  const notify = vi.fn<(message: string) => void>();
  const onPresent = vi.fn<(tour: Tour) => void>();
  const view = render(
    <TourEditor
      dataset={realDataset()}
      notify={notify}
      onPresent={onPresent}
      reservedIds={['oppositions-at-a-glance']}
    />,
  );
  return { notify, onPresent, unmount: view.unmount };
}

const status = () => screen.getByRole('status');
const savedTours = () => screen.queryByRole('list', { name: 'Your saved tours' });
const steps = (title: string) => screen.getByRole('list', { name: `Steps of “${title}”` });
const stepTitles = (title: string) =>
  within(steps(title))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.tour-editor__step-title')?.textContent);

function createTour(title: string) {
  fireEvent.change(screen.getByLabelText('New tour title'), { target: { value: title } });
  fireEvent.click(screen.getByRole('button', { name: 'Create tour' }));
}

/** Finds an event by searching, chooses it by its title among what was found, and adds it. */
function addStep(query: string, title: string) {
  fireEvent.change(screen.getByRole('searchbox', { name: 'Search events' }), { target: { value: query } });
  const select = screen.getByRole<HTMLSelectElement>('combobox', { name: /^Event to add/ });
  // Read as a reader reads the list: by each option's text (a role query over every event is slow).
  const option = [...select.options].find((o) => o.text.startsWith(`${title} — `));
  if (!option) throw new Error(`"${query}" did not find ${title}`);
  fireEvent.change(select, { target: { value: option.value } });
  fireEvent.click(screen.getByRole('button', { name: 'Add step' }));
}

/** A file as the file picker hands it over. */
function importFile(name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Import a tour file'), { target: { files: [file] } });
}

/**
 * Saved tours live in this browser's storage and in the store that persists them, where other
 * test files in this worker may have left tours: each test starts with none, and leaves none.
 */
async function noSavedTours() {
  window.localStorage.clear();
  await useSavedTours.persist.rehydrate();
}
beforeEach(noSavedTours);
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await noSavedTours();
});

describe('TourEditor', () => {
  it('makes a tour, says so, and opens it for editing', () => {
    renderEditor();
    expect(screen.getByText('No saved tours yet.')).toBeTruthy();
    // Focus starts on the editor's heading, where the button that opened it was.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Make your own tour' }));

    createTour('Kronstadt, 1921');
    const item = within(savedTours() ?? document.body).getByRole('listitem');
    expect(item.textContent).toContain('Kronstadt, 1921');
    expect(item.textContent).toContain('0 steps');
    expect(item.getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('region', { name: 'Editing “Kronstadt, 1921”' })).toBeTruthy();
    expect(screen.getByText('This tour has no steps yet: choose an event above and add it.')).toBeTruthy();
    expect(status().textContent).toBe('Tour “Kronstadt, 1921” created.');
  });

  it('adds, reorders and removes steps, keeping focus on the moved step’s button', () => {
    renderEditor();
    createTour('Kronstadt, 1921');
    addStep('Kronstadt', 'Kronstadt rising');
    expect(status().textContent).toBe('Added “Kronstadt rising” as step 1.');
    addStep('Tenth', 'Tenth Party Congress');
    expect(stepTitles('Kronstadt, 1921')).toEqual(['1. Kronstadt rising', '2. Tenth Party Congress']);
    expect(within(savedTours() ?? document.body).getByRole('listitem').textContent).toContain('2 steps');

    fireEvent.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    expect(stepTitles('Kronstadt, 1921')).toEqual(['1. Tenth Party Congress', '2. Kronstadt rising']);
    expect(status().textContent).toBe('Step 2 moved to position 1.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move step 1 up' }));
    expect(screen.getByRole('button', { name: 'Move step 1 up' }).getAttribute('aria-disabled')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Remove step 1' }));
    expect(stepTitles('Kronstadt, 1921')).toEqual(['1. Kronstadt rising']);
    expect(status().textContent).toBe('Step 1 removed.');
  });

  it('keeps a tour, its steps and their notes when the editor is opened again', () => {
    const first = renderEditor();
    createTour('Kronstadt, 1921');
    addStep('Kronstadt', 'Kronstadt rising');
    fireEvent.change(screen.getByRole('textbox', { name: 'Note for step 1' }), {
      target: { value: 'Ask: who were the sailors?' },
    });
    first.unmount();

    renderEditor();
    expect(within(savedTours() ?? document.body).getByRole('listitem').textContent).toContain('1 step');
    expect(stepTitles('Kronstadt, 1921')).toEqual(['1. Kronstadt rising']);
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Note for step 1' }).value).toBe(
      'Ask: who were the sailors?',
    );
  });

  it('presents a tour with steps, and asks for a step first when it has none', () => {
    const { notify, onPresent } = renderEditor();
    createTour('Kronstadt, 1921');
    const present = () => screen.getByRole('button', { name: /^Present/ });
    fireEvent.click(present());
    // Said once, in the editor's alert, not also as a page notice.
    expect(screen.getByRole('alert').textContent).toBe('Add a step before presenting this tour.');
    expect(notify).not.toHaveBeenCalled();
    expect(onPresent).not.toHaveBeenCalled();

    addStep('Kronstadt', 'Kronstadt rising');
    // Put right: the alert has gone.
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(present());
    expect(onPresent.mock.calls.map(([tour]) => [tour.title, tour.steps.map((s) => s.event)])).toEqual([
      ['Kronstadt, 1921', ['kronstadt-rising']],
    ]);
  });

  it('refuses a file that is not JSON, naming it, and leaves the saved tours as they were', async () => {
    renderEditor();
    createTour('Kronstadt, 1921');
    importFile('notes.json', 'not json at all');
    const alert = await screen.findByRole('alert', {}, LOADING);
    expect(alert.textContent).toContain('The file was not imported; your saved tours are unchanged.');
    expect(within(alert).getByRole('listitem').textContent).toBe(
      'notes.json: is not a JSON file, so it holds no tour.',
    );
    expect(within(savedTours() ?? document.body).getAllByRole('listitem')).toHaveLength(1);
  });

  it('refuses a tour naming an event the timeline does not have, saying which', async () => {
    renderEditor();
    const tour = { id: 'lost', title: 'Lost', steps: [{ event: 'no-such-event' }] };
    importFile('lost.tour.json', JSON.stringify(tour));
    const alert = await screen.findByRole('alert', {}, LOADING);
    const problems = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^lost\.tour\.json: tour “lost”: step 1, field “event”: .*no-such-event/);
    expect(savedTours()).toBeNull();
  });

  it('imports a good file, under a new id where a built-in tour has its id, and opens it', async () => {
    const { notify } = renderEditor();
    const tour = {
      id: 'oppositions-at-a-glance',
      title: 'My glance',
      steps: [{ event: 'kronstadt-rising' }],
    };
    importFile('glance.tour.json', JSON.stringify(tour));
    await waitFor(() => expect(status().textContent).toBe('Imported “My glance”.'), LOADING);
    expect(notify).toHaveBeenCalledWith('Imported “My glance” from glance.tour.json.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(stepTitles('My glance')).toEqual(['1. Kronstadt rising']);
    await act(() => Promise.resolve());
  });
});
