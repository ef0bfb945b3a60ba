import type { Faction, HistoricalEvent, Person } from '../src/data/schemas';

/** A deterministic pseudo-random sequence, so every run measures the same dataset. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `count` events spread over 1907–1937 across every faction, valid under our schemas: dates of
 * every precision, some periods, people and kinds from the real data, and real quotations
 * (so even the build's quote check would pass).
 */
export function syntheticEvents(
  count: number,
  real: readonly HistoricalEvent[],
  factions: readonly Faction[],
  people: readonly Person[],
): HistoricalEvent[] {
  const next = random(1917);
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(next() * list.length)];
    if (item === undefined) throw new Error('cannot pick from an empty list');
    return item;
  };
  const events: HistoricalEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const model = pick(real);
    const year = 1907 + Math.floor(next() * 30);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const precision = next();
    const start =
      precision < 0.2
        ? `${year}`
        : precision < 0.5
          ? `${year}-${pad(month)}`
          : `${year}-${pad(month)}-${pad(day)}`;
    const event: HistoricalEvent = {
      id: `synthetic-${i}`,
      title: `${model.title} (${i})`,
      start,
      kind: model.kind,
      factions: [pick(factions).id, pick(factions).id].filter((f, j, all) => all.indexOf(f) === j),
      people: [pick(people).id],
      // One sentence and one quotation each: a large dataset, not a large file per event.
      summary: model.summary.split('. ')[0] ?? model.summary,
      passages: model.passages.slice(0, 1),
    };
    if (next() < 0.05) event.end = `${Math.min(year + 1 + Math.floor(next() * 3), 1937)}`;
    events.push(event);
  }
  return events;
}
