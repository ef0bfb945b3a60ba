/** A row of items: one line of text (22 px) and vis-timeline's vertical margin (3 px). */
export const ROW_PX = 25;
const FEWEST = 3;
const MOST = 8;

/**
 * How many rows of events each lane may fill before the rest are counted into clusters: the
 * rows the screen shows shared between the lanes, at least three (fewer names almost nothing
 * where a faction's events crowd a year, as the Left Communists' do in 1918) and at most eight
 * (past that a lane is a wall of names).
 */
export function rowCapFor(visibleHeight: number, lanes: number): number {
  const rows = Math.floor(visibleHeight / ROW_PX);
  return Math.min(Math.max(Math.floor(rows / Math.max(lanes, 1)), FEWEST), MOST);
}
