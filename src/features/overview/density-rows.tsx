import { memo } from 'react';
import { cellOpacity, type Density } from './density';
import type { OverviewLane } from './types';

export interface DensityRowsProps {
  density: Density;
  lanes: readonly OverviewLane[];
}

/** The share of a row left blank below its bins, so neighbouring lanes of like colour stay apart. */
const ROW_GAP = 0.2;

/**
 * One thin row per lane, one rectangle per non-empty bin. The viewBox counts bins across and
 * lanes down and is stretched to the strip, so the drawing never depends on pixels and needs no
 * redraw on resize. Memoised: moving the window re-renders the strip, never these rectangles.
 */
export const DensityRows = memo(function DensityRows({ density, lanes }: DensityRowsProps) {
  if (density.binCount === 0 || lanes.length === 0) return null;
  return (
    <svg
      className="overview__density"
      viewBox={`0 0 ${density.binCount} ${lanes.length}`}
      preserveAspectRatio="none"
      shapeRendering="crispEdges"
      aria-hidden="true"
      focusable="false"
    >
      {density.lanes.map((row, i) => (
        // A style, not the fill attribute: presentation attributes do not resolve var() or light-dark().
        <g key={row.laneId} style={{ fill: lanes[i]?.colour }}>
          {row.cells.map((cell) => (
            <rect
              key={cell.bin}
              x={cell.bin}
              y={i}
              width={1}
              height={1 - ROW_GAP}
              fillOpacity={cellOpacity(cell.weight)}
            />
          ))}
        </g>
      ))}
    </svg>
  );
});
