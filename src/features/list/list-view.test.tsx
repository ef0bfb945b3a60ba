// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Faction, HistoricalEvent } from '../../data/schemas';
import { useAppStore } from '../../state/store';
import ListView from './list-view';

const event = (id: string, title: string, start: string, factions: string[]) =>
  ({
    id,
    title,
    start,
    kind: 'congress',
    factions,
    people: [],
    summary: 's',
    passages: [{ quote: 'q', cite: 'c' }],
  }) satisfies HistoricalEvent;
const events = [
  event('tenth', 'Tenth Congress', '1921-03-08', ['wo', 'dc']),
  event('brest', 'Brest-Litovsk', '1918-03-03', ['wo']),
];
const faction = (id: string, name: string, colourDark: string): Faction => ({
  id,
  name,
  shortName: name,
  colour: '#1b6a4c',
  colourDark,
  start: '1917',
  end: '1922',
  summary: 's',
  stance: 's',
});
const factions = [
  faction('wo', "Workers' Opposition", '#7fd1ae'),
  faction('dc', 'Democratic Centralists', '#c3b0e8'),
];

function renderList(terms: string[] = []) {
  render(<ListView events={events} factions={factions} terms={terms} />);
  // jsdom applies no stylesheet, so both the table and the cards are there to query.
  return { cards: screen.getByRole('list', { name: 'Events' }), table: screen.getByRole('table') };
}
/** The event the store has open: what a title's click asks for. */
const opened = () => useAppStore.getState().selectedId;

afterEach(() => {
  cleanup();
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('ListView cards', () => {
  it('give each event its title link, date, factions and kind', () => {
    const { cards } = renderList();
    const titles = within(cards).getAllByRole('heading', { level: 3 });
    expect(titles.map((h) => h.textContent)).toEqual(['Brest-Litovsk', 'Tenth Congress']);
    const tenth = titles[1]?.closest('li');
    if (!tenth) throw new Error('no card for the Tenth Congress');
    expect(within(tenth).getByRole('link', { name: 'Tenth Congress' }).getAttribute('href')).toContain(
      'event=tenth',
    );
    expect(
      within(tenth)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['Date', 'Factions', 'Kind']);
    const [date, factionList, kind] = within(tenth).getAllByRole('definition');
    expect(date?.textContent).toBe('8 March 1921');
    expect(kind?.textContent).toBe('congress');
    const names = within(factionList ?? tenth).getAllByRole('listitem');
    expect(names.map((li) => li.textContent)).toEqual(["Workers' Opposition", 'Democratic Centralists']);
  });

  it('colour each faction’s swatch for the light and the dark theme', () => {
    const { cards } = renderList();
    const swatches = within(cards)
      .getAllByRole('listitem')
      .filter((li) => li.textContent === 'Democratic Centralists');
    expect(swatches.map((li) => li.style.getPropertyValue('--faction'))).toEqual([
      'light-dark(#1b6a4c, #c3b0e8)',
    ]);
  });

  it('open an event on a plain click and leave a modified click to the browser', () => {
    const { cards } = renderList();
    const link = within(cards).getByRole('link', { name: 'Brest-Litovsk' });
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(opened()).toBeNull();
    expect(fireEvent.click(link)).toBe(false);
    expect(opened()).toBe('brest');
  });

  it('mark the search terms in the titles', () => {
    const { cards } = renderList(['congress']);
    expect(within(cards).getByRole('heading', { name: /Tenth/ }).querySelector('mark')?.textContent).toBe(
      'Congress',
    );
  });
});

describe('ListView sort', () => {
  it('is one order for the cards’ menus and the table’s column buttons', () => {
    const { cards, table } = renderList();
    const sortBy = screen.getByRole('combobox', { name: 'Sort by' });
    fireEvent.change(sortBy, { target: { value: 'title' } });
    expect(within(table).getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    const rowTitles = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent);
    expect(rowTitles()).toEqual(['Brest-Litovsk', 'Tenth Congress']);

    fireEvent.click(within(table).getByRole('button', { name: /Title/ }));
    expect(rowTitles()).toEqual(['Tenth Congress', 'Brest-Litovsk']);
    const order = screen.getByRole('combobox', { name: 'Order' });
    expect((order as HTMLSelectElement).value).toBe('descending');
    expect(
      within(order)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['A to Z', 'Z to A']);
    const cardTitles = within(cards)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(cardTitles).toEqual(['Tenth Congress', 'Brest-Litovsk']);
  });
});
