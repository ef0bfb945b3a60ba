import { ID_PATTERN as ID } from '../data/schemas';

/** One cell of the compare matrix, as `cell=<faction>:<question>` names it. */
export interface CellRef {
  faction: string;
  question: string;
}

/**
 * What the compare view reads side by side: one question across the chosen factions, or one
 * faction across the questions (`focus=question:<id>` or `focus=faction:<id>`).
 */
export interface CompareFocus {
  kind: 'question' | 'faction';
  id: string;
}

const FOCUS_KINDS: readonly CompareFocus['kind'][] = ['question', 'faction'];

/** `left-communists:one-man-management` → the cell; null where the value is not two ids. */
export function parseCellRef(value: string): CellRef | null {
  const [faction, question, ...rest] = value.split(':');
  if (rest.length > 0 || !faction || !question || !ID.test(faction) || !ID.test(question)) return null;
  return { faction, question };
}

/** `question:one-man-management` → the focus; null where the value is not a kind and an id. */
export function parseFocus(value: string): CompareFocus | null {
  const [kind, id, ...rest] = value.split(':');
  const known = FOCUS_KINDS.find((k) => k === kind);
  if (rest.length > 0 || !known || !id || !ID.test(id)) return null;
  return { kind: known, id };
}

export const focusParam = (focus: CompareFocus): string => `${focus.kind}:${focus.id}`;

export const sameCell = (a: CellRef | null, b: CellRef | null): boolean =>
  a === b || (a !== null && b !== null && a.faction === b.faction && a.question === b.question);

export const sameFocus = (a: CompareFocus | null, b: CompareFocus | null): boolean =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
