import type { HistoricalEvent, Passage, Person, Voice } from '../../data/schemas';
import { cellKey, findCellPassage, type Cell, type Positions, type Question } from '../../data/positions';
import { VOICES } from '../../data/schemas';
import { voiceOf } from '../../data/voice';

/**
 * The matrix's columns: the factions the filter chose that the matrix has, in the matrix's
 * (timeline) order whatever order they were chosen in; without any, the file's own columns.
 */
export function matrixColumns(positions: Positions, chosen: readonly string[]): string[] {
  const picked = positions.factions.filter((f) => chosen.includes(f));
  return picked.length > 0 ? picked : positions.factions;
}

/** A cell's quotation resolved to the event passage it is taken from. */
export interface ResolvedPassage {
  event: HistoricalEvent;
  /** 1-based, among the event's passages: what "read in context" opens. */
  n: number;
  passage: Passage;
  /** The cell's words: the whole passage or the part of it the cell quotes. */
  quote: string;
  voice: Voice | null;
  speaker: string | undefined;
}

/**
 * The passages behind a cell, with the voice, speaker and citation of the event passage each is
 * taken from; one whose event or words cannot be found (the validator forbids it) is left out.
 */
export function resolvePassages(
  cell: Cell,
  eventsById: ReadonlyMap<string, HistoricalEvent>,
  peopleById: ReadonlyMap<string, Person>,
): ResolvedPassage[] {
  return cell.passages.flatMap((p) => {
    const event = eventsById.get(p.event);
    const found = event && findCellPassage(event, p.quote);
    if (!event || !found) return [];
    const speakerId = found.passage.speaker;
    return [
      {
        event,
        n: found.index + 1,
        passage: found.passage,
        quote: p.quote,
        voice: voiceOf(found.passage, peopleById),
        speaker: speakerId ? (peopleById.get(speakerId)?.name ?? speakerId) : undefined,
      },
    ];
  });
}

/** How many of a cell's passages speak in each voice, in the voices' order, empty voices left out. */
export function countsByVoice(
  passages: readonly { voice: Voice | null }[],
): { voice: Voice; count: number }[] {
  return VOICES.map((voice) => ({ voice, count: passages.filter((p) => p.voice === voice).length })).filter(
    (c) => c.count > 0,
  );
}

/** The matrix as rows of cells, looked up once: `rows[r][c]` is question r of faction column c. */
export function matrixRows(
  positions: Positions,
  columns: readonly string[],
): { question: Question; cells: (Cell | undefined)[] }[] {
  const byKey = new Map(positions.cells.map((c) => [cellKey(c), c]));
  return positions.questions.map((question) => ({
    question,
    cells: columns.map((f) => byKey.get(cellKey({ faction: f, question: question.id }))),
  }));
}
