/**
 * How much of the timeline is drawn as events, for lanes `width` pixels wide: shared by the
 * engine and the preview, so both draw the same items and clusters.
 */

/** About one cluster per 80 px of lane: few enough to draw fast, fine enough to show density. */
export const bins = (width: number) => Math.max(6, Math.round(width / 80));

/**
 * Past about one event per 16 px in a lane, its labels stack into more rows than a screen holds
 * (on a phone, the leadership's 40 events at the overview were 750 px tall): the lane is clustered.
 */
export const laneCapacity = (width: number) => Math.floor(width / 16);
