import { memo } from 'react';
import { fractionOf } from './scale';
import { clamp } from './window-math';
import type { OverviewEra, TimeWindow } from './types';

export interface EraBandsProps {
  eras: readonly OverviewEra[];
  extent: TimeWindow;
}

/**
 * The eras as soft tints behind everything, coloured by `overview__era--<id>` from the app's
 * --era-N variables. Decorative here: the timeline itself names each era.
 */
export const EraBands = memo(function EraBands({ eras, extent }: EraBandsProps) {
  return (
    <div className="overview__eras" aria-hidden="true">
      {eras.map((era) => {
        const left = clamp(fractionOf(era.from, extent), 0, 1);
        const right = clamp(fractionOf(era.to, extent), 0, 1);
        if (right <= left) return null;
        return (
          <span
            key={era.id}
            className={`overview__era overview__era--${era.id}`}
            style={{ left: `${left * 100}%`, width: `${(right - left) * 100}%` }}
          />
        );
      })}
    </div>
  );
});
