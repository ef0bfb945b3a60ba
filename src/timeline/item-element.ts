import type { Faction } from '../data/schemas';
import type { Era } from './eras';
import { KIND_MARKS } from './kind-marks';
import type { TimelineItemModel } from './to-items';

/**
 * Items and lanes are built as DOM nodes with textContent: vis-timeline would put a string
 * through innerHTML, and titles come from data.
 */
export function buildItemElement(item: TimelineItemModel, selected: boolean): HTMLElement {
  const root = document.createElement('span');
  root.className = 'tl-item';
  root.id = `tl-item-${item.id}`;
  root.setAttribute('role', 'button');
  root.setAttribute('aria-label', item.label());
  root.setAttribute('aria-pressed', String(selected));
  root.dataset.eventId = item.id;
  const mark = document.createElement('span');
  mark.className = 'tl-item__mark';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = KIND_MARKS[item.kind];
  const title = document.createElement('span');
  title.className = 'tl-item__title';
  title.textContent = item.title;
  root.append(mark, title);
  return root;
}

export function buildLaneElement(faction: Faction): HTMLElement {
  const root = document.createElement('span');
  root.className = 'tl-lane';
  const swatch = document.createElement('span');
  swatch.className = 'tl-lane__swatch';
  swatch.style.backgroundColor = faction.colour;
  swatch.setAttribute('aria-hidden', 'true');
  const name = document.createElement('span');
  name.className = 'tl-lane__name';
  name.textContent = faction.name;
  // Narrow screens show the short name; the full one stays for screen readers.
  const short = document.createElement('span');
  short.className = 'tl-lane__short';
  short.setAttribute('aria-hidden', 'true');
  short.textContent = faction.shortName;
  root.append(swatch, name, short);
  return root;
}

export function buildEraElement(era: Era): HTMLElement {
  const root = document.createElement('span');
  root.className = 'tl-era';
  root.textContent = era.label;
  return root;
}

/** A counted group of events too close to draw apart at this zoom; zooming in opens it. */
export function buildClusterElement(id: string, count: number): HTMLElement {
  const root = document.createElement('span');
  root.className = 'tl-cluster';
  root.dataset.clusterId = id;
  setClusterCount(root, count);
  return root;
}

/**
 * A cluster is drawn as a range over its stretch of time, so its size does not depend on its
 * count: a new count (after a filter change) is written in place, without vis-timeline
 * rebuilding and measuring the item.
 */
export function setClusterCount(element: HTMLElement, count: number): void {
  element.textContent = String(count);
  element.setAttribute('aria-label', `${count} events close together; zoom in to see them`);
}
