import { describe, expect, it } from 'vitest';
import type { HistoricalEvent } from '../../data/schemas';
import { exportTitle } from './export-title';
import { eventsToTimelineJs, type TimelineJsEvent } from './to-timelinejs';
import { approximateYear, beforeReform, events, factions, people, tenthCongress } from '../../data/fixtures';

function slideOf(event: HistoricalEvent): TimelineJsEvent {
  const [slide] = eventsToTimelineJs([event], factions, people, 'All events').events;
  if (!slide) throw new Error('no slide');
  return slide;
}

const XSS = '<img src=x onerror=alert(1)>';
const ESCAPED_XSS = '&lt;img src=x onerror=alert(1)&gt;';

describe('eventsToTimelineJs', () => {
  it('makes one slide per event, keyed by our id', () => {
    const doc = eventsToTimelineJs(events, factions, people, 'All events');
    expect(doc.events.map((e) => e.unique_id)).toEqual(events.map((e) => e.id));
  });

  it('titles the document with the filter it was made with', () => {
    const title = exportTitle(
      { factions: ['workers-opposition'], kinds: [], people: [], q: '' },
      factions,
      people,
    );
    const doc = eventsToTimelineJs(events, factions, people, title);
    expect(doc.title.text.headline).toBe('Oppositions 1907–1937: Workers&#39; Opposition');
  });

  it('titles the document and credits the source text', () => {
    const { title } = eventsToTimelineJs(events, factions, people, 'Workers’ Opposition, 1920–1922');
    expect(title.text.headline).toBe('Workers’ Opposition, 1920–1922');
    expect(title.text.text).toContain('An Anarchist FAQ');
    expect(title.text.text).toContain('filtered');
  });

  it('gives a day-precision date year, month and day, with an end date', () => {
    const slide = slideOf(tenthCongress);
    expect(slide.start_date).toEqual({ year: 1921, month: 3, day: 8, display_date: '8 March 1921' });
    expect(slide.end_date).toEqual({ year: 1921, month: 3, day: 16, display_date: '16 March 1921' });
  });

  it('shows a range with its shared parts written once', () => {
    expect(slideOf(tenthCongress).display_date).toBe('8–16 March 1921');
  });

  it('gives a month-precision date no day', () => {
    expect(slideOf(beforeReform).end_date).toEqual({ year: 1918, month: 3, display_date: 'March 1918' });
  });

  it('gives a year-precision date only its year and keeps “c.” for an approximate one', () => {
    const slide = slideOf(approximateYear);
    expect(slide.start_date).toEqual({ year: 1926, display_date: 'c. 1926' });
    expect(slide.display_date).toBe('c. 1926');
    expect(slide).not.toHaveProperty('end_date');
  });

  it('groups a slide under its first faction’s name, escaped', () => {
    expect(slideOf(tenthCongress).group).toBe('Party leadership');
    expect(slideOf(approximateYear).group).toBe('Workers&#39; Opposition');
  });

  it('writes the summary, each quotation with its citation, and the note as HTML', () => {
    const { text } = slideOf(tenthCongress);
    expect(text.headline).toBe('Tenth Party Congress');
    expect(text.text).toBe(
      '<p>The congress that banned factions, while Kronstadt rose.</p>' +
        '<p class="people">V. I. Lenin, Alexander Shlyapnikov</p>' +
        '<blockquote>the party is &quot;not a debating society&quot;</blockquote>' +
        '<p class="cite">Daniels, The Conscience of the Revolution, p. 145</p>' +
        '<blockquote>a syndicalist, anarchist deviation</blockquote>' +
        '<p class="cite">Lenin, Collected Works, vol. 32, p. 245</p>' +
        '<p class="note">Dates, New Style.</p>',
    );
  });

  it('writes no note paragraph when there is no note', () => {
    expect(slideOf(approximateYear).text.text).not.toContain('class="note"');
  });

  it('escapes markup in a title, summary, quotation, citation and note so it never runs', () => {
    const hostile: HistoricalEvent = {
      ...tenthCongress,
      title: XSS,
      summary: XSS,
      passages: [{ quote: XSS, cite: XSS }],
      note: XSS,
    };
    const { text } = slideOf(hostile);
    expect(text.headline).toBe(ESCAPED_XSS);
    expect(text.text).not.toContain('<img');
    expect(text.text.split(ESCAPED_XSS)).toHaveLength(5);
  });

  it('escapes markup in the document title and in faction and person names', () => {
    const doc = eventsToTimelineJs(
      [tenthCongress],
      factions.map((f) => ({ ...f, name: XSS })),
      people.map((p) => ({ ...p, name: XSS })),
      XSS,
    );
    expect(JSON.stringify(doc)).not.toContain('<img');
    expect(doc.title.text.headline).toBe(ESCAPED_XSS);
    expect(doc.events[0]?.group).toBe(ESCAPED_XSS);
  });

  it('skips an event whose start is not a date instead of writing a file TimelineJS rejects', () => {
    const doc = eventsToTimelineJs(
      [{ ...tenthCongress, start: 'March 1921' }, approximateYear],
      factions,
      people,
      't',
    );
    expect(doc.events.map((e) => e.unique_id)).toEqual([approximateYear.id]);
  });

  it('serialises to JSON without loss', () => {
    const doc = eventsToTimelineJs(events, factions, people, 'All events');
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
