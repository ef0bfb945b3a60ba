import { memo } from 'react';
import { densityPaths, type Density } from './density';
import type { OverviewLane } from './types';

export interface DensityRowsProps {
  density: Density;
  lanes: readonly OverviewLane[];
}

/**
 * One thin row per lane, its bins drawn as a few paths, one per shade (density.ts, densityPaths):
 * some hundred elements for 10,000 events rather than thousands of rectangles. The viewBox counts
 * bins across and lanes down and is stretched to the strip, so the drawing never depends on pixels
 * and needs no redraw on resize. Memoised: moving the window re-renders the strip, never these.
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
      {densityPaths(density).map((path) => (
        // A style, not the fill attribute: presentation attributes do not resolve var() or light-dark().
        <path
          key={`${path.lane}-${path.opacity}`}
          d={path.d}
          style={{ fill: lanes[path.lane]?.colour }}
          fillOpacity={path.opacity}
        />
      ))}
    </svg>
  );
});
