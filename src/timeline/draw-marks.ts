/**
 * Marks for the benchmark (npm run bench): when events were first drawn, and the latest draw.
 * Made by whichever draws the timeline, the preview or the engine.
 */
export function markDrawn(): void {
  if (performance.getEntriesByName('timeline:first-draw').length === 0)
    performance.mark('timeline:first-draw');
  performance.clearMarks('timeline:drawn');
  performance.mark('timeline:drawn');
}
