/**
 * Rows of a lane being filled, as vis-timeline fills them: each box goes into the first row from
 * the top where it touches nothing already placed, keeping `margin` pixels clear on either side.
 */
export class LaneRows {
  private readonly rows: [number, number][][] = [];

  constructor(private readonly margin: number) {}

  /** The first row below `limit` where [left, right] fits, or null. */
  find(left: number, right: number, limit = Number.POSITIVE_INFINITY): number | null {
    for (let row = 0; row < limit; row += 1) {
      const taken = this.rows[row];
      if (!taken) return row;
      if (taken.every(([a, b]) => right + this.margin <= a || b + this.margin <= left)) return row;
    }
    return null;
  }

  put(row: number, left: number, right: number): void {
    while (this.rows.length <= row) this.rows.push([]);
    this.rows[row]?.push([left, right]);
  }

  /** Places [left, right] in the first row below `limit` where it fits; the row, or null. */
  place(left: number, right: number, limit = Number.POSITIVE_INFINITY): number | null {
    const row = this.find(left, right, limit);
    if (row !== null) this.put(row, left, right);
    return row;
  }

  get count(): number {
    return this.rows.length;
  }
}
