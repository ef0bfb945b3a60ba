import { describe, expect, it } from 'vitest';
import { parseDate } from '../../dates';
import { realDataset } from '../../data/real-dataset.test-support';
import { orderTask, placedRight } from './put-in-order';
import { nextSeed, seededRandom, shuffled } from './random';
import { whoSaidQuestions } from './who-said';

const dataset = realDataset();
const { events, people } = dataset;
const personById = new Map(people.map((p) => [p.id, p]));

describe('seededRandom', () => {
  it('gives the same sequence for the same seed and another for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('shuffles every item exactly once', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffled(items, seededRandom(7));
    expect([...out].sort((x, y) => x - y)).toEqual(items);
    expect(out).not.toEqual(items);
  });

  it('never hands back the seed shown as the next one', () => {
    expect(nextSeed(5, () => 5 / 2_147_483_647)).toBe(6);
  });
});

describe('whoSaidQuestions', () => {
  const questions = whoSaidQuestions(events, events, people, seededRandom(1));

  it('asks eight questions, each quotation verbatim from its event, its speaker among four names', () => {
    expect(questions).toHaveLength(8);
    for (const q of questions) {
      const event = events.find((e) => e.id === q.eventId);
      const passage = event?.passages[q.passage - 1];
      expect(passage?.quote).toBe(q.quote);
      expect(passage?.speaker).toBe(q.answer.id);
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options.map((o) => o.id)).size).toBe(4);
      expect(q.options.map((o) => o.id)).toContain(q.answer.id);
    }
  });

  it('asks about words of the time first, and no speaker more than twice', () => {
    for (const q of questions) expect(personById.get(q.answer.id)?.voice).toBe('participant');
    const counts = new Map<string, number>();
    for (const q of questions) counts.set(q.answer.id, (counts.get(q.answer.id) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
  });

  it('builds the same questions from the same seed, and others from another', () => {
    const again = whoSaidQuestions(events, events, people, seededRandom(1));
    expect(again).toEqual(questions);
    const other = whoSaidQuestions(events, events, people, seededRandom(2));
    expect(other.map((q) => q.quote)).not.toEqual(questions.map((q) => q.quote));
  });

  it('asks only fair questions: whole sentences that do not name their own speaker', () => {
    const all = whoSaidQuestions(events, events, people, seededRandom(4), 1000);
    expect(all.length).toBeGreaterThan(20);
    for (const q of all) {
      const surname = q.answer.name.split(' ').at(-1) ?? '';
      expect(q.quote.toLowerCase()).not.toContain(surname.toLowerCase());
      expect(q.quote).toMatch(/^[[“"‘'(]?[A-Z]/);
    }
  });

  it('asks fewer questions where the events quote fewer speakers, with wrong answers from the rest', () => {
    const few = events.filter((e) => e.id === 'tenth-party-congress');
    const asked = whoSaidQuestions(few, events, people, seededRandom(3));
    const possible = whoSaidQuestions(few, events, people, seededRandom(3), 1000);
    expect(asked).toEqual(possible.slice(0, 8));
    expect(asked.length).toBeLessThan(8);
    for (const q of asked) expect(q.options).toHaveLength(4);
  });
});

describe('orderTask', () => {
  it('picks six events whose start dates cannot be confused, shown out of order', () => {
    const task = orderTask(events, seededRandom(9));
    expect(task.shown).toHaveLength(6);
    const spans = task.shown.map((e) => parseDate(e.start));
    for (const [i, a] of spans.entries())
      for (const b of spans.slice(i + 1)) expect(a && b && (a.max < b.min || b.max < a.min)).toBe(true);
    expect(task.shown.map((e) => e.id)).not.toEqual(task.answer);
    expect([...task.answer].sort()).toEqual(task.shown.map((e) => e.id).sort());
    const starts = task.answer.map((id) => parseDate(events.find((e) => e.id === id)?.start ?? '')?.min ?? 0);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('counts the events a reader has put where they belong', () => {
    expect(placedRight(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(3);
    expect(placedRight(['b', 'a', 'c'], ['a', 'b', 'c'])).toBe(1);
    expect(placedRight(['c', 'a', 'b'], ['a', 'b', 'c'])).toBe(0);
  });
});
