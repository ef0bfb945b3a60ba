export { OverviewStrip } from './overview-strip';
export { measureOverviewBins } from './density';
export type { OverviewEra, OverviewEvent, OverviewLane, OverviewStripProps, TimeWindow } from './types';
