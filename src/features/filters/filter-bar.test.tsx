// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventListing, Faction } from '../../data/schemas';
import { NO_FILTERS, type AppState } from '../../state/slices';
import { useAppStore } from '../../state/store';
import { FilterBar } from './filter-bar';

const event = (id: string, factions: string[]) =>
  ({
    id,
    title: id,
    start: '1921',
    kind: 'congress',
    factions,
    people: [],
    passages: [{}],
  }) satisfies EventListing;
// Only b quotes someone of the time.
const events: EventListing[] = [
  event('a', ['wo']),
  { ...event('b', ['wo', 'dc']), passages: [{ voice: 'faq' }, { voice: 'participant' }] },
  event('c', ['dc']),
];
const faction = (id: string, name: string): Faction => ({
  id,
  name,
  shortName: name,
  colour: '#1b6a4c',
  colourDark: '#6fd0a5',
  start: '1920',
  end: '1922',
  summary: 's',
  stance: 's',
});
const factions = [faction('wo', "Workers' Opposition"), faction('dc', 'Democratic Centralists')];

const selectChosenFactions = (s: AppState) => s.filters.factions;

/** The bar over the store's filters, as the app shows it; results follow the faction filter. */
function Harness() {
  const chosen = useAppStore(selectChosenFactions);
  const results = chosen.length ? events.filter((e) => e.factions.some((f) => chosen.includes(f))) : events;
  return (
    <FilterBar
      events={events}
      results={results}
      factions={factions}
      people={[]}
      searching={false}
      onExport={vi.fn()}
    />
  );
}

/** Presses a key where focus is, as a reader would; says whether something claimed it. */
function press(key: string, init: KeyboardEventInit = {}): boolean {
  const target = document.activeElement ?? document.body;
  return !fireEvent.keyDown(target, { key, ...init });
}

beforeEach(() => {
  // jsdom has no media queries: a laptop-wide window.
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  useAppStore.setState(useAppStore.getInitialState(), true);
});

const search = () => screen.getByRole('searchbox', { name: 'Search' });
const filtersButton = () => screen.getByRole('button', { name: /^Filters/ });

describe('FilterBar', () => {
  it('"/" focuses the search from the page, but not while typing elsewhere or with Ctrl held', () => {
    render(
      <>
        <input aria-label="Elsewhere" />
        <Harness />
      </>,
    );
    expect(press('/', { ctrlKey: true })).toBe(false);
    expect(document.activeElement).toBe(document.body);
    expect(press('/')).toBe(true);
    expect(document.activeElement).toBe(search());

    screen.getByRole('textbox', { name: 'Elsewhere' }).focus();
    expect(press('/')).toBe(false);
    expect(document.activeElement).not.toBe(search());
  });

  it('Esc empties a full search box and claims the key; in an empty box it lets it through', () => {
    useAppStore.setState({ filters: { ...NO_FILTERS, q: 'Kronstadt' } });
    render(<Harness />);
    search().focus();
    expect(press('Escape')).toBe(true);
    expect(search()).toHaveProperty('value', '');
    expect(press('Escape')).toBe(false);
  });

  it('opens the filters panel, and Esc inside it closes it with focus back on the button', () => {
    render(<Harness />);
    fireEvent.click(filtersButton());
    expect(filtersButton().getAttribute('aria-expanded')).toBe('true');
    const chip = screen.getByRole('button', { name: /^Workers' Opposition/ });
    fireEvent.click(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect(filtersButton().getAttribute('aria-expanded')).toBe('true');
    expect(filtersButton()).toBe(screen.getByRole('button', { name: 'Filters, 1 active' }));

    chip.focus();
    expect(press('Escape')).toBe(true);
    expect(filtersButton().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(filtersButton());
  });

  it('names each chip with how many of the shown events carry it, out of its total', () => {
    useAppStore.setState({ filters: { ...NO_FILTERS, factions: ['dc'] } });
    render(<Harness />);
    fireEvent.click(filtersButton());
    const chip = screen.getByRole('button', { name: "Workers' Opposition, 1 of 2 events shown" });
    expect(chip.textContent).toContain('1 of 2');
  });

  it('"Words of the time only" keeps to that voice, shows as an active filter and goes with Clear all', () => {
    render(<Harness />);
    fireEvent.click(filtersButton());
    const chip = screen.getByRole('button', { name: 'Words of the time only, 1 event' });
    fireEvent.click(chip);
    expect(useAppStore.getState().filters.voice).toBe('participant');
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect(filtersButton()).toBe(screen.getByRole('button', { name: 'Filters, 1 active' }));
    screen.getByRole('button', { name: 'Remove filter: Words of the time only' });

    act(() => screen.getByRole('button', { name: 'Clear all' }).click());
    expect(useAppStore.getState().filters.voice).toBeNull();
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Remove filter: Words of the time only' })).toBeNull();
  });

  it('removing an active filter moves focus to the next one, then to the Filters button', () => {
    useAppStore.setState({ filters: { ...NO_FILTERS, factions: ['wo', 'dc'] } });
    render(<Harness />);
    act(() => screen.getByRole('button', { name: "Remove filter: Workers' Opposition" }).click());
    const next = screen.getByRole('button', { name: 'Remove filter: Democratic Centralists' });
    expect(document.activeElement).toBe(next);
    act(() => next.click());
    expect(document.activeElement).toBe(filtersButton());
    // Nothing left to clear: Clear all is gone, its room back to the bar.
    expect(screen.queryByRole('button', { name: 'Clear all' })).toBeNull();
  });

  it('Esc in the export menu closes it, puts focus on its button and claims the key', () => {
    render(<Harness />);
    const exportButton = screen.getByRole('button', { name: /^Export/ });
    fireEvent.click(exportButton);
    screen.getByRole('button', { name: 'TimelineJS' }).focus();
    expect(press('Escape')).toBe(true);
    expect(exportButton.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(exportButton);
  });
});
