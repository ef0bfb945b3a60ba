import { stackBoxes, type StackBox } from './stack';

/**
 * vis-timeline's margins as the engine sets them (engine/engine.ts): it places a lane's first row
 * half a vertical margin down.
 */
const MARGINS = { horizontal: 4, vertical: 3, axis: 1.5 };

export interface RangeBox {
  left: number;
  width: number;
  /** Where the label starts inside the bar: a bar begun left of the window shows it at the edge. */
  contentX: number;
}

/**
 * A bar from `left` to `right` pixels as vis-timeline draws it: clipped to a lane's width on the
 * left and twice that on the right (browsers draw very wide elements badly), at least 1 px.
 */
export function rangeBox(left: number, right: number, laneWidth: number): RangeBox {
  const start = Math.max(left, -laneWidth);
  const end = Math.min(right, 2 * laneWidth);
  return {
    left: start,
    width: Math.max(Math.round((end - start) * 1000) / 1000, 1),
    contentX: Math.max(-start, 0),
  };
}

interface Measured {
  element: HTMLElement;
  box: StackBox;
  point: { x: number; dotWidth: number; dotHeight: number } | null;
}

/**
 * Sizes and stacks every lane of the preview (timeline-preview.tsx): all sizes are read first, in
 * one layout, then every position is written. Items are placed as vis-timeline places them: a
 * point's left edge is its dot's, a lane is as tall as its stacked items or its label.
 */
export function layoutLanes(root: HTMLElement, laneWidth: number): void {
  const labels = new Map(
    [...root.querySelectorAll<HTMLElement>('.vis-labelset > .vis-label')].map((l) => [l.dataset.lane, l]),
  );
  const lanes = [...root.querySelectorAll<HTMLElement>('.vis-foreground > .vis-group')];

  /** Points whose label ends before the window starts: vis-timeline does not draw them. */
  const outside: HTMLElement[] = [];
  // Points left out by the last layout may be in view now (the window moved): measured afresh.
  for (const item of root.querySelectorAll<HTMLElement>('.vis-foreground .vis-item[hidden]'))
    item.hidden = false;

  // Read.
  const read = lanes.map((lane) => {
    const label = labels.get(lane.dataset.lane);
    const labelHeight = label?.querySelector<HTMLElement>('.vis-inner')?.clientHeight ?? 0;
    const items: Measured[] = [];
    for (const element of lane.children) {
      if (!(element instanceof HTMLElement)) continue;
      const left = Number(element.dataset.left);
      // The order the plan placed it in, which vis-timeline stacks by (its `order` option).
      const rank = Number(element.dataset.rank);
      if (element.classList.contains('vis-point')) {
        const content = element.firstElementChild as HTMLElement;
        const dot = element.lastElementChild as HTMLElement;
        const dotWidth = dot.offsetWidth;
        // vis-timeline stacks a point by its label's width, measured before it moves the label
        // half a dot to the right; the same here.
        const width = content.offsetWidth;
        // Drawn only when some of it is inside the window, as vis-timeline decides.
        if (left + width + dotWidth / 2 <= 0 || left >= laneWidth) {
          outside.push(element);
          continue;
        }
        items.push({
          element,
          box: { start: rank, left: left - dotWidth, width, height: content.offsetHeight },
          point: { x: left, dotWidth, dotHeight: dot.offsetHeight },
        });
      } else {
        const box = rangeBox(left, Number(element.dataset.right), laneWidth);
        items.push({
          element,
          box: { start: rank, left: box.left, width: box.width, height: element.offsetHeight },
          point: null,
        });
      }
    }
    return { lane, label, labelHeight, items };
  });

  // Write.
  for (const element of outside) element.hidden = true;
  for (const { lane, label, labelHeight, items } of read) {
    const { tops, height } = stackBoxes(
      items.map((i) => i.box),
      MARGINS,
      labelHeight,
    );
    items.forEach(({ element, box, point }, i) => {
      const top = tops[i] ?? 0;
      if (point) {
        const content = element.firstElementChild as HTMLElement;
        const dot = element.lastElementChild as HTMLElement;
        content.style.marginLeft = `${point.dotWidth / 2}px`;
        dot.style.top = `${(box.height - point.dotHeight) / 2}px`;
        dot.style.transform = `translateX(${-point.dotWidth / 2}px)`;
        element.style.transform = `translate(${point.x}px, ${top}px)`;
      } else {
        element.style.top = `${top}px`;
      }
      element.dataset.placed = '';
    });
    lane.style.height = `${height}px`;
    if (label) label.style.height = `${height}px`;
  }
}
