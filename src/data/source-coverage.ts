import { cellKey, findCellPassage, type Positions } from './positions';
import { VOICES, type HistoricalEvent, type Voice } from './schemas';
import { findAllQuotes } from './source/find-quote';
import { sourceQuotations, type SourceQuotation } from './source/source-quotations';
import type { SourceDocument } from './source/types';

export interface CoverageReport {
  total: number;
  linked: SourceQuotation[];
  unlinked: SourceQuotation[];
  /** linked / total, 0–1. */
  share: number;
}

interface Span {
  paragraph: number;
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;

/**
 * Which of the text's own quotations some event quotes. A quotation counts as linked when an
 * event's passage overlaps one of its quoted stretches where that stretch stands in the text.
 */
export function sourceCoverage(doc: SourceDocument, events: readonly HistoricalEvent[]): CoverageReport {
  const passageSpans: Span[] = events.flatMap((event) =>
    event.passages.flatMap((p) =>
      findAllQuotes(doc, p.quote).map((loc) => ({
        paragraph: loc.paragraph.number,
        start: loc.start,
        end: loc.end,
      })),
    ),
  );
  const linked: SourceQuotation[] = [];
  const unlinked: SourceQuotation[] = [];
  for (const quotation of sourceQuotations(doc)) {
    const stretches = quotation.quoted.flatMap((q) =>
      findAllQuotes(doc, q).map((loc) => ({
        paragraph: loc.paragraph.number,
        start: loc.start,
        end: loc.end,
      })),
    );
    const isLinked = stretches.some((s) => passageSpans.some((p) => overlaps(s, p)));
    (isLinked ? linked : unlinked).push(quotation);
  }
  const total = linked.length + unlinked.length;
  return { total, linked, unlinked, share: total === 0 ? 1 : linked.length / total };
}

/** How much of what the text quotes for one faction its column of the compare matrix uses. */
export interface FactionQuoteUse {
  faction: string;
  /** The passages of the faction's events: those whose `factions` name it. */
  total: number;
  /** Of those, the ones some cell of the faction's column quotes (whole or in part). */
  used: number;
  /** The same two counts by each passage's voice (a passage without a resolved voice is left out). */
  byVoice: Record<Voice, { total: number; used: number }>;
}

export interface MatrixCoverage {
  cells: number;
  cellsWithPassages: number;
  /** One line per column of the matrix, in its order. */
  factions: FactionQuoteUse[];
  /** The keys (`faction:question`) of the cells without a passage, in the file's order. */
  silentCells: string[];
}

/**
 * How far the compare matrix draws on the quotations the dataset holds for each of its factions.
 * A faction's quotations are the passages of the events that name it (the text's words about the
 * faction as the dataset files them, in every voice: its members', its opponents', historians',
 * the FAQ's); one counts as used when a cell of the faction's column quotes it. Counting by event
 * rather than by speaker keeps the collective documents (a manifesto, a platform), which name no
 * speaker, and the FAQ's and historians' judgements, which a cell is meant to show beside a
 * faction's own words.
 */
export function matrixCoverage(positions: Positions, events: readonly HistoricalEvent[]): MatrixCoverage {
  const eventsById = new Map(events.map((e) => [e.id, e]));
  const usedBy = new Map<string, Set<string>>();
  for (const cell of positions.cells) {
    const used = usedBy.get(cell.faction) ?? new Set<string>();
    for (const p of cell.passages) {
      const event = eventsById.get(p.event);
      const found = event && findCellPassage(event, p.quote);
      if (found) used.add(`${p.event}#${found.index}`);
    }
    usedBy.set(cell.faction, used);
  }
  const factions = positions.factions.map((faction) => {
    const used = usedBy.get(faction) ?? new Set<string>();
    const byVoice = Object.fromEntries(
      VOICES.map((v) => [v, { total: 0, used: 0 }]),
    ) as FactionQuoteUse['byVoice'];
    let total = 0;
    let usedCount = 0;
    for (const event of events) {
      if (!event.factions.includes(faction)) continue;
      event.passages.forEach((passage, i) => {
        const isUsed = used.has(`${event.id}#${i}`);
        total += 1;
        if (isUsed) usedCount += 1;
        if (passage.voice) {
          byVoice[passage.voice].total += 1;
          if (isUsed) byVoice[passage.voice].used += 1;
        }
      });
    }
    return { faction, total, used: usedCount, byVoice };
  });
  const silent = positions.cells.filter((c) => c.passages.length === 0);
  return {
    cells: positions.cells.length,
    cellsWithPassages: positions.cells.length - silent.length,
    factions,
    silentCells: silent.map(cellKey),
  };
}
