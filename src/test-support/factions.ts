// Test support only.
import type { Faction } from '../data/schemas';

/** A faction as the dataset has them, with made-up but valid fields besides its id and name. */
export const testFaction = (id: string, name: string, more: Partial<Faction> = {}): Faction => ({
  id,
  name,
  shortName: name,
  colour: '#1b6a4c',
  colourDark: '#6fd0a5',
  start: '1918',
  end: '1927',
  summary: 's',
  stance: 's',
  ...more,
});
