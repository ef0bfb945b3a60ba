import { formatSpan } from '../dates';
import type { ClusterModel } from './layout/plan';
import type { TimelineItemModel } from './to-items';

/*
 * What an item says, to the eye and to a screen reader: one set of rules for the preview, the
 * engine and the tooltip. The name is the title and the date (what browsing a list of buttons
 * needs); the tooltip adds the kind and the factions, and is the focused item's description.
 */

/**
 * The accessible name of an event's button: what is written beside it (its short title, where it
 * has one) first, so the name a reader sees is the name speech input answers to, then the full
 * title where it differs, and the date.
 */
export const eventName = (m: TimelineItemModel) =>
  m.name === m.title ? `${m.title}, ${m.dateText()}` : `${m.name}: ${m.title}, ${m.dateText()}`;

/** The tooltip's last line, and the focused event's accessible description. */
export const eventDetail = (m: TimelineItemModel) => `${m.kind} · ${m.factionsText()}`;

/** A cluster's accessible name: how many events it holds, when, and what opening it does. */
export function clusterName(cluster: ClusterModel): string {
  const events = cluster.count === 1 ? '1 event' : `${cluster.count} events`;
  return `${events}, ${formatSpan(cluster.from, cluster.to)}: show them`;
}

/** What a cluster shows: its count, marked as more than fits. */
export const clusterText = (cluster: ClusterModel) => `+${cluster.count}`;
