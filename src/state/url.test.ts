import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, hrefFor, isMeaningfulChange, parseSearch, toSearch } from './url';

describe('parseSearch', () => {
  it('reads every part of the URL contract', () => {
    const { state, problems } = parseSearch(
      '?view=source&event=tenth-party-congress&passage=2&from=1921-01-01&to=1921-12-31&factions=workers-opposition,left-communists&kinds=congress&people=lenin&q=Kronstadt&voice=participant',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      view: 'source',
      event: 'tenth-party-congress',
      passage: 2,
      timeWindow: { from: Date.UTC(1921, 0, 1), to: Date.UTC(1922, 0, 1) },
      filters: {
        factions: ['workers-opposition', 'left-communists'],
        kinds: ['congress'],
        people: ['lenin'],
        q: 'Kronstadt',
        voice: 'participant',
      },
      tour: null,
      step: null,
      activity: null,
      embed: false,
      cell: null,
      focus: null,
      hash: { kind: 'none' },
    });
  });

  it('reads a tour and its step', () => {
    const { state } = parseSearch('?view=present&tour=how-dissent-was-silenced&step=4');
    expect([state.view, state.tour, state.step]).toEqual(['present', 'how-dissent-was-silenced', 4]);
    expect(toSearch(state)).toBe('?view=present&tour=how-dissent-was-silenced&step=4');
  });

  it('gives the default state for an empty query string', () => {
    expect(parseSearch('')).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
  });

  it('drops malformed values with a sentence for each, keeping the rest', () => {
    const { state, problems } = parseSearch(
      '?view=map&event=<script>&passage=0&kinds=congress,picnic&from=1921-13-01&to=1922&voice=memoir',
    );
    expect(state.view).toBe('timeline');
    expect(state.event).toBeNull();
    expect(state.passage).toBeNull();
    expect(state.timeWindow).toBeNull();
    expect(state.filters.kinds).toEqual(['congress']);
    expect(state.filters.voice).toBeNull();
    expect(problems).toEqual([
      'There is no "map" view; showing the timeline.',
      '"<script>" is not an event id.',
      'Passage "0" is not a paragraph number (they count from 1).',
      'The time window "1921-13-01" to "1922" is not a valid pair of dates; it was left out.',
      '"picnic" in kinds is not one this timeline knows; it was dropped.',
      '"memoir" in voice is not one this timeline knows (participant, historian, faq); it was dropped.',
    ]);
  });

  it('rejects a window whose end is before its start', () => {
    expect(parseSearch('?from=1925-01-01&to=1920-01-01').state.timeWindow).toBeNull();
  });

  it('names parameters it does not know, in one sentence however many there are', () => {
    expect(parseSearch('?colour=red').problems).toEqual([
      'The link parameter "colour" is not one this app knows; ignored.',
    ]);
    const many = Array.from({ length: 1000 }, (_, i) => `p${i}=x`).join('&');
    expect(parseSearch(`?${many}`).problems).toEqual([
      'The link parameters "p0", "p1", "p2" and 997 more are not ones this app knows; ignored.',
    ]);
  });

  it('ignores the tracking parameters mail and social sites add, without a word', () => {
    const { state, problems } = parseSearch(
      '?view=list&utm_source=newsletter&utm_medium=email&utm_campaign=x&fbclid=IwAR0&gclid=Cj0&mc_cid=abc',
    );
    expect(problems).toEqual([]);
    expect(toSearch(state)).toBe('?view=list');
  });

  it('quotes a long value cut to a readable length', () => {
    const { problems } = parseSearch(`?event=${'X'.repeat(100_000)}`);
    expect(problems).toEqual([`"${'X'.repeat(39)}…" is not an event id.`]);
  });

  it('says so whenever it changes a value rather than dropping it', () => {
    const q = 'k'.repeat(250);
    const cut = parseSearch(`?q=${q}`);
    expect(cut.state.filters.q).toBe('k'.repeat(200));
    expect(cut.problems).toEqual([`The search "${'k'.repeat(39)}…" was cut to its first 200 characters.`]);

    const early = parseSearch('?from=0000&to=1921');
    expect(early.state.timeWindow).toEqual({ from: Date.UTC(1900, 0, 1), to: Date.UTC(1922, 0, 1) });
    expect(early.problems).toEqual([
      'The time window "0000" to "1921" runs beyond the timeline\'s years (1900–1945); it was cut to fit.',
    ]);
    expect(parseSearch('?from=0010&to=0020').problems).toEqual([
      'The time window "0010" to "0020" is outside the timeline\'s years (1900–1945); it was left out.',
    ]);

    expect(parseSearch('?view=list&view=factions').problems).toEqual([
      'The link gives view 2 times; the first, "list", is used.',
    ]);
    const stepAlone = parseSearch('?view=present&step=3');
    expect(stepAlone.state.step).toBeNull();
    expect(stepAlone.problems).toEqual(['The link gives a step but no tour; the step was dropped.']);
    expect(parseSearch('?view=list&activity=order&seed=4').problems).toEqual([
      'activity and seed belong to a class activity (view=activity); ignored here.',
    ]);
    const forty = Array.from({ length: 45 }, (_, i) => `e${i}`).join(',');
    const long = parseSearch(`?view=activity&activity=order&events=${forty}&seed=1`);
    expect(long.state.activity?.events).toHaveLength(40);
    expect(long.problems).toEqual([
      'The activity link names 45 events; an activity asks about the first 40.',
    ]);
  });

  it('reads numbers only as the link writes them', () => {
    for (const raw of ['0x10', '1e3', '2.0', '+2', ' 2', '99999999999']) {
      const { state, problems } = parseSearch(`?view=present&tour=t&step=${encodeURIComponent(raw)}`);
      expect(state.step, raw).toBeNull();
      expect(problems, raw).toEqual([`Step "${raw}" is not a step number (they count from 1).`]);
    }
    expect(parseSearch('?view=activity&activity=order&events=a&seed=1e3').state.activity?.seed).toBe(0);
  });
});

describe('toSearch and hrefFor', () => {
  it('round-trips a state through the query string', () => {
    const search =
      '?view=list&event=kronstadt-rising&from=1921-01-01&to=1921-12-31&factions=kronstadt&q=sailors&voice=participant';
    const { state } = parseSearch(search);
    expect(parseSearch(toSearch(state)).state).toEqual(state);
  });

  it('leaves defaults out and orders keys the same way every time', () => {
    expect(toSearch(DEFAULT_URL_STATE)).toBe('');
    expect(hrefFor({ event: 'tenth-party-congress' })).toBe('?event=tenth-party-congress');
    expect(hrefFor({ view: 'source', event: 'x', passage: 1 })).toBe('?view=source&event=x&passage=1');
    expect(hrefFor({})).toBe('?');
    expect(hrefFor({ filters: { ...DEFAULT_URL_STATE.filters, voice: 'participant', q: 'sailors' } })).toBe(
      '?q=sailors&voice=participant',
    );
  });

  it('puts the hash after the query', () => {
    expect(hrefFor({ view: 'present', tour: 't', step: 2, hash: { kind: 'presenter' } })).toBe(
      '?view=present&tour=t&step=2#presenter',
    );
    expect(hrefFor({ hash: { kind: 'edit', tourId: null } })).toBe('?#edit');
    expect(hrefFor({ view: 'present', hash: { kind: 'none' } })).toBe('?view=present');
  });
});

describe('isMeaningfulChange', () => {
  const base = DEFAULT_URL_STATE;
  it('counts selections, views and filters, not pans or the letters of a search', () => {
    expect(isMeaningfulChange(base, { ...base, event: 'x' })).toBe(true);
    expect(isMeaningfulChange(base, { ...base, view: 'source' })).toBe(true);
    expect(isMeaningfulChange(base, { ...base, filters: { ...base.filters, kinds: ['congress'] } })).toBe(
      true,
    );
    expect(isMeaningfulChange(base, { ...base, filters: { ...base.filters, voice: 'participant' } })).toBe(
      true,
    );
    expect(isMeaningfulChange(base, { ...base, timeWindow: { from: 0, to: 1 } })).toBe(false);
    const searching = { ...base, filters: { ...base.filters, q: 'K' } };
    expect(isMeaningfulChange(base, searching)).toBe(true);
    expect(isMeaningfulChange(searching, { ...base, filters: { ...base.filters, q: 'Kr' } })).toBe(false);
  });

  it('counts opening what the hash names, not leaving it', () => {
    const editing = { ...base, view: 'present' as const, hash: { kind: 'edit' as const, tourId: null } };
    const presenting = { ...editing, hash: { kind: 'none' as const } };
    expect(isMeaningfulChange(presenting, editing)).toBe(true);
    expect(isMeaningfulChange(editing, { ...editing, hash: { kind: 'edit', tourId: 'a' } })).toBe(true);
    expect(isMeaningfulChange(editing, presenting)).toBe(false);
    expect(isMeaningfulChange(editing, { ...editing })).toBe(false);
  });

  it("counts a passage of an event, not the reader's place in the source text", () => {
    const reading = { ...base, view: 'source' as const };
    expect(isMeaningfulChange(reading, { ...reading, passage: 40 })).toBe(false);
    const inContext = { ...reading, event: 'x', passage: 2 };
    expect(isMeaningfulChange(inContext, { ...inContext, passage: 3 })).toBe(true);
    expect(isMeaningfulChange(base, { ...base, passage: 40 })).toBe(true);
  });
});

describe('activity links', () => {
  it('carry the activity, its events with plain commas, and its seed, and read back the same', () => {
    const activity = { kind: 'order' as const, events: ['kronstadt-rising', 'ban-on-factions'], seed: 42 };
    const search = toSearch({ view: 'activity', activity });
    expect(search).toBe('?view=activity&activity=order&events=kronstadt-rising,ban-on-factions&seed=42');
    expect(parseSearch(search)).toEqual({
      state: { ...DEFAULT_URL_STATE, view: 'activity', activity },
      problems: [],
    });
  });

  it('say what is wrong with a link they cannot use', () => {
    expect(parseSearch('?view=activity&activity=quiz&events=a').problems).toEqual([
      'There is no "quiz" activity.',
    ]);
    expect(parseSearch('?view=activity&activity=order').problems).toEqual([
      'The activity link names no events to ask about.',
    ]);
    const badSeed = parseSearch('?view=activity&activity=order&events=a&seed=-3');
    expect(badSeed.problems).toEqual([
      'Seed "-3" is not a whole number from 0 to 2147483647; seed 0 is used.',
    ]);
    expect(badSeed.state.activity).toEqual({ kind: 'order', events: ['a'], seed: 0 });
  });

  it('are a history step when the activity or its questions change', () => {
    const a = {
      ...DEFAULT_URL_STATE,
      view: 'activity' as const,
      activity: { kind: 'order' as const, events: ['a'], seed: 1 },
    };
    expect(isMeaningfulChange(a, { ...a, activity: { ...a.activity, seed: 2 } })).toBe(true);
    expect(isMeaningfulChange(a, { ...a, activity: { ...a.activity, kind: 'who-said' } })).toBe(true);
    expect(isMeaningfulChange(a, { ...a, activity: { ...a.activity } })).toBe(false);
  });
});

describe('embed links', () => {
  it('read embed=1 beside any other state, and write it last', () => {
    const { state, problems } = parseSearch(
      '?embed=1&view=present&tour=how-dissent-was-silenced&step=3&factions=workers-opposition',
    );
    expect(problems).toEqual([]);
    expect([state.embed, state.view, state.tour, state.step, state.filters.factions]).toEqual([
      true,
      'present',
      'how-dissent-was-silenced',
      3,
      ['workers-opposition'],
    ]);
    expect(toSearch(state)).toBe(
      '?view=present&tour=how-dissent-was-silenced&step=3&factions=workers-opposition&embed=1',
    );
  });

  it('keep a list view, an event and a window embedded through a round trip', () => {
    const search = '?view=list&event=tenth-party-congress&from=1921-01-01&to=1921-12-31&embed=1';
    const { state } = parseSearch(search);
    expect(state.embed).toBe(true);
    expect(toSearch(state)).toBe(search);
  });

  it('leave embed out of the link of the full page, and out of links that do not ask for it', () => {
    const embedded = parseSearch('?factions=workers-opposition&embed=1').state;
    expect(hrefFor({ ...embedded, embed: false })).toBe('?factions=workers-opposition');
    expect(hrefFor({ event: 'tenth-party-congress' })).toBe('?event=tenth-party-congress');
  });

  it('read embed=0 and an empty embed as the full page, and say so of any other value', () => {
    expect(parseSearch('?embed=0')).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
    expect(parseSearch('?embed=')).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
    const { state, problems } = parseSearch('?embed=<b>yes</b>');
    expect(state.embed).toBe(false);
    expect(problems).toEqual(['Embed "<b>yes</b>" is not 1 or 0; the full page is shown.']);
  });
});

describe('the compare view in the URL', () => {
  it('reads cell=<faction>:<question> and focus=question|faction:<id>, and writes them back with a readable colon', () => {
    const { state, problems } = parseSearch(
      '?view=compare&cell=left-communists:one-man-management&focus=question:one-man-management&factions=left-communists,workers-opposition',
    );
    expect(problems).toEqual([]);
    expect(state.cell).toEqual({ faction: 'left-communists', question: 'one-man-management' });
    expect(state.focus).toEqual({ kind: 'question', id: 'one-man-management' });
    expect(toSearch(state)).toBe(
      '?view=compare&cell=left-communists:one-man-management&focus=question:one-man-management&factions=left-communists,workers-opposition',
    );
    expect(hrefFor({ view: 'compare', focus: { kind: 'faction', id: 'workers-opposition' } })).toBe(
      '?view=compare&focus=faction:workers-opposition',
    );
  });

  it('drops a malformed cell or focus with a sentence saying what a good one looks like', () => {
    const { state, problems } = parseSearch('?view=compare&cell=left-communists&focus=row:x');
    expect([state.cell, state.focus]).toEqual([null, null]);
    expect(problems).toEqual([
      '"left-communists" is not a cell of the compare matrix (cell=<faction>:<question>).',
      '"row:x" is not something to focus on (focus=question:<id> or focus=faction:<id>).',
    ]);
    expect(parseSearch('?view=compare&cell=a:b:c').state.cell).toBeNull();
    expect(parseSearch('?view=compare&cell=A:<b>').state.cell).toBeNull();
  });

  it('reads and writes a cell only with view=compare', () => {
    expect(parseSearch('?cell=a:b').state.cell).toBeNull();
    expect(toSearch({ view: 'list', cell: { faction: 'a', question: 'b' } })).toBe('?view=list');
  });

  it('opening or closing a cell, or changing the focus, is a history entry', () => {
    const matrix = parseSearch('?view=compare').state;
    const open = parseSearch('?view=compare&cell=a:b').state;
    const focused = parseSearch('?view=compare&focus=faction:a').state;
    expect(isMeaningfulChange(matrix, open)).toBe(true);
    expect(isMeaningfulChange(open, matrix)).toBe(true);
    expect(isMeaningfulChange(matrix, focused)).toBe(true);
    expect(isMeaningfulChange(open, parseSearch('?view=compare&cell=a:b').state)).toBe(false);
  });
});
