/** A place in the grid: row 0 is the factions' header row, column 0 the questions' header column. */
export interface GridPos {
  row: number;
  col: number;
}

/**
 * Where a key moves the grid's focus (the ARIA grid pattern): arrows one step, Home and End to
 * the row's ends, Ctrl+Home and Ctrl+End to the first and last cell; null for other keys. The
 * corner (0, 0) holds nothing and is never landed on.
 */
export function moveInGrid(
  pos: GridPos,
  key: string,
  ctrl: boolean,
  size: { rows: number; cols: number },
): GridPos | null {
  const last = { row: size.rows - 1, col: size.cols - 1 };
  const clamp = (row: number, col: number): GridPos => ({
    row: Math.max(0, Math.min(last.row, row)),
    col: Math.max(0, Math.min(last.col, col)),
  });
  // Moves that would land on the empty corner stay where they are.
  switch (key) {
    case 'ArrowRight':
      return clamp(pos.row, pos.col + 1);
    case 'ArrowLeft':
      return pos.row === 0 && pos.col === 1 ? pos : clamp(pos.row, pos.col - 1);
    case 'ArrowDown':
      return clamp(pos.row + 1, pos.col);
    case 'ArrowUp':
      return pos.col === 0 && pos.row === 1 ? pos : clamp(pos.row - 1, pos.col);
    case 'Home':
      return ctrl ? { row: 1, col: 1 } : clamp(pos.row, pos.row === 0 ? 1 : 0);
    case 'End':
      return ctrl ? last : clamp(pos.row, last.col);
    default:
      return null;
  }
}
