import type { Faction } from '../../data/schemas';
import { factionColour } from '../../ui/faction-colour';
import { clusterName, clusterText, eventName } from '../item-text';
import { KIND_MARKS } from '../kind-marks';
import type { PlannedCluster, PlannedEvent } from '../layout/plan';

/*
 * Items and lanes as DOM nodes built with textContent: vis-timeline would put a string through
 * innerHTML, and titles come from data. The preview (preview/preview-items.tsx) builds the same
 * elements with the same classes in React.
 */

function span(className: string, text = ''): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

export function buildEventElement(drawn: PlannedEvent, selected: boolean, tabStop: boolean): HTMLElement {
  const { model, shape, named, label, barPx, flipped } = drawn;
  const root = span('tl-item');
  root.setAttribute('role', 'button');
  root.setAttribute('aria-label', eventName(model));
  root.setAttribute('aria-pressed', String(selected));
  root.tabIndex = tabStop ? 0 : -1;
  root.dataset.eventId = model.id;
  const mark = shape === 'period' ? span('tl-item__bar') : span('tl-item__mark', KIND_MARKS[model.kind]);
  if (shape === 'period') mark.style.width = `${barPx}px`;
  mark.setAttribute('aria-hidden', 'true');
  const title = named ? [span('tl-item__title', label)] : [];
  // Written before its event: the name, then a period's bar, or a point's mark and its own dot.
  if (flipped && shape === 'period') root.append(...title, mark);
  else if (flipped) {
    const dot = span('tl-item__dot');
    dot.setAttribute('aria-hidden', 'true');
    root.append(...title, mark, dot);
  } else root.append(mark, ...title);
  return root;
}

/**
 * Makes `target` what `source` is (its attributes and children; `source` is emptied), keeping the
 * element itself, and keyboard focus on it. Attributes `source` lacks stay: the tooltip's
 * aria-describedby on a focused event is not the builder's to take away.
 */
export function copyElement(source: HTMLElement, target: HTMLElement): void {
  for (const name of source.getAttributeNames()) {
    const value = source.getAttribute(name) ?? '';
    if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  }
  target.replaceChildren(...source.childNodes);
}

/** A counted group of events with no room to be drawn at this zoom: a button that zooms in on them. */
export function buildClusterElement(drawn: PlannedCluster): HTMLElement {
  const root = span('tl-cluster');
  root.setAttribute('role', 'button');
  root.tabIndex = 0;
  root.dataset.clusterId = drawn.cluster.id;
  setClusterCount(root, drawn);
  return root;
}

/**
 * A bin cluster is drawn as a bar over its stretch of time, so its size does not depend on its
 * count: a new count (after a filter change) is written in place, without vis-timeline
 * rebuilding and measuring the item.
 */
export function setClusterCount(element: HTMLElement, drawn: PlannedCluster): void {
  element.textContent = clusterText(drawn.cluster);
  element.setAttribute('aria-label', clusterName(drawn.cluster));
}

export function buildLaneElement(faction: Faction): HTMLElement {
  const root = span('tl-lane');
  const swatch = span('tl-lane__swatch');
  swatch.style.backgroundColor = factionColour(faction);
  swatch.setAttribute('aria-hidden', 'true');
  const name = span('tl-lane__name', faction.name);
  // Narrow screens show the short name; the full one stays for screen readers.
  const short = span('tl-lane__short', faction.shortName);
  short.setAttribute('aria-hidden', 'true');
  root.append(swatch, name, short);
  return root;
}
