import type { Faction, Person } from '../../data/schemas';
import type { ExportFilterParts } from './file-name';
import { namesOf } from './names';

const BASE = 'Oppositions 1907–1937';

/**
 * What an export is of, in words, for a document's title: "Oppositions 1907–1937: Workers'
 * Opposition, Left Opposition"; kinds, people and a search follow, each group after a
 * semicolon; "all events" when nothing is filtered.
 */
export function exportTitle(
  parts: ExportFilterParts,
  factions: readonly Faction[],
  people: readonly Person[],
): string {
  const groups = [
    namesOf(parts.factions, factions).join(', '),
    parts.kinds.join(', '),
    namesOf(parts.people, people).join(', '),
    parts.q.trim() === '' ? '' : `search “${parts.q.trim()}”`,
  ].filter((g) => g !== '');
  return `${BASE}: ${groups.length === 0 ? 'all events' : groups.join('; ')}`;
}
