import type { ReactNode } from 'react';
import type { ItemMetrics } from './plan';

/**
 * The plan's gap between items: the 4 px vis-timeline keeps (engine/engine.ts, margin.item.horizontal)
 * and 2 px more, so that a name measured a pixel short never makes vis-timeline start a row the
 * plan did not.
 */
const ITEM_MARGIN = 6;

/**
 * A named point (its name after it, and before it), a short period named before its bar, a bare
 * point and a cluster, drawn out of sight with the classes the real ones have, so their sizes can
 * be read: what the plan needs to know before anything is placed.
 */
export function ItemSample() {
  return (
    <div className="vis-timeline tl-sample" aria-hidden="true">
      <SampleEvent classes="tl-shape-point tl-named" dot="">
        <span className="tl-item__mark">◆</span>
        <span className="tl-item__title">Mm</span>
      </SampleEvent>
      <SampleEvent classes="tl-shape-point tl-named tl-flipped" dot="tl-flipped">
        <span className="tl-item__title">Mm</span>
        <span className="tl-item__mark">◆</span>
        <span className="tl-item__dot" />
      </SampleEvent>
      <SampleEvent classes="tl-shape-period tl-named tl-flipped" dot="tl-shape-period tl-flipped">
        <span className="tl-item__title">Mm</span>
        <span className="tl-item__bar" style={{ width: '10px' }} />
      </SampleEvent>
      <SampleEvent classes="tl-shape-point tl-bare">
        <span className="tl-item__mark">◆</span>
      </SampleEvent>
      <div className="vis-item vis-point tl-cluster-item tl-cluster-badge">
        <div className="vis-item-content">
          <span className="tl-cluster">+0</span>
        </div>
      </div>
    </div>
  );
}

/** One event as vis-timeline draws a point: its content and, given `dot`'s classes, its dot. */
function SampleEvent({ classes, dot, children }: { classes: string; dot?: string; children: ReactNode }) {
  return (
    <div className={`vis-item vis-point tl-event ${classes}`}>
      <div className="vis-item-content">
        <span className="tl-item">{children}</span>
      </div>
      {dot !== undefined && <div className={`vis-item vis-dot tl-event ${dot}`.trimEnd()} />}
    </div>
  );
}

/** Reads the sample's sizes; names are measured with a canvas in the title's font, and remembered. */
export function readMetrics(sample: HTMLElement): ItemMetrics | null {
  const title = sample.querySelector<HTMLElement>('.tl-item__title');
  const content = sample.querySelector<HTMLElement>('.tl-named:not(.tl-flipped) > .vis-item-content');
  const flipped = sample.querySelector<HTMLElement>('.tl-shape-point.tl-flipped > .vis-item-content');
  const flippedDot = flipped?.querySelector<HTMLElement>('.tl-item__dot');
  const flippedPeriod = sample.querySelector<HTMLElement>('.tl-shape-period.tl-flipped > .vis-item-content');
  const flippedBar = flippedPeriod?.querySelector<HTMLElement>('.tl-item__bar');
  const bare = sample.querySelector<HTMLElement>('.tl-bare > .vis-item-content');
  const dot = sample.querySelector<HTMLElement>('.vis-dot');
  const badge = sample.querySelector<HTMLElement>('.tl-cluster');
  const badgeContent = sample.querySelector<HTMLElement>('.tl-cluster-badge > .vis-item-content');
  const context = document.createElement('canvas').getContext('2d');
  if (
    !title ||
    !content ||
    !flipped ||
    !flippedDot ||
    !flippedPeriod ||
    !flippedBar ||
    !bare ||
    !dot ||
    !badge ||
    !badgeContent ||
    !context ||
    title.offsetWidth === 0
  )
    return null;
  const widths = new Map<string, number>();
  const fontOf = (el: HTMLElement) => getComputedStyle(el).font;
  const measure = (font: string, text: string) => {
    const key = `${font}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  };
  const titleFont = fontOf(title);
  const badgeFont = fontOf(badge);
  const chrome = content.offsetWidth - measure(titleFont, 'Mm');
  // From the name's last letter (the title's padding excluded) to the content box's right edge.
  const trail =
    content.getBoundingClientRect().right -
    title.getBoundingClientRect().right +
    parseFloat(getComputedStyle(title).paddingRight);
  const flippedBox = flipped.getBoundingClientRect();
  const flippedDotBox = flippedDot.getBoundingClientRect();
  // As vis-timeline measures an item: its content box, padding and all.
  const badgeChrome = badgeContent.offsetWidth - measure(badgeFont, '+0');
  return {
    // A pixel to spare: a canvas and the page may round a name's width differently.
    text: (name) => Math.ceil(measure(titleFont, name)) + 1,
    chrome,
    trail,
    flipped: {
      chrome: flipped.offsetWidth - measure(titleFont, 'Mm'),
      dotInset: flippedBox.right - (flippedDotBox.left + flippedDotBox.width / 2),
      periodChrome: flippedPeriod.offsetWidth - measure(titleFont, 'Mm') - flippedBar.offsetWidth,
      barInset: flippedPeriod.getBoundingClientRect().right - flippedBar.getBoundingClientRect().right,
    },
    bare: bare.offsetWidth,
    dot: dot.offsetWidth,
    badge: (count) => badgeChrome + measure(badgeFont, `+${count}`),
    margin: ITEM_MARGIN,
  };
}
