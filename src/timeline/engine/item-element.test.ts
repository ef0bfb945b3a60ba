// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { PlannedEvent } from '../layout/plan';
import { itemModel } from '../test-models.test-support';
import { buildEventElement, copyElement } from './item-element';

const planned = (more: Partial<PlannedEvent> = {}): PlannedEvent => ({
  kind: 'event',
  model: itemModel('kronstadt', 'sailors', 1921, { title: 'Kronstadt rising', name: 'Kronstadt rising' }),
  shape: 'point',
  named: false,
  label: 'Kronstadt rising',
  barPx: 0,
  rank: 0,
  row: 0,
  box: [0, 10],
  flipped: false,
  at: Date.UTC(1921, 0, 1),
  ...more,
});

// Test files share one document (vitest runs them unisolated): leave nothing in it.
afterEach(() => document.body.replaceChildren());

describe('an event redrawn in place', () => {
  it('becomes the new drawing, attributes and children, and stays the same element', () => {
    const shown = buildEventElement(planned(), false, true);
    document.body.append(shown);
    shown.focus();
    shown.setAttribute('aria-describedby', 'timeline-tooltip-detail');
    const next = buildEventElement(planned({ named: true, flipped: true }), true, true);
    const expected = next.outerHTML;
    copyElement(next, shown);
    expect(document.activeElement).toBe(shown);
    expect(shown.textContent).toContain('Kronstadt rising');
    expect(shown.getAttribute('aria-pressed')).toBe('true');
    expect(shown.querySelector('.tl-item__dot')).not.toBeNull();
    // The tooltip's description of the focused event stays; all else is the new drawing's.
    shown.removeAttribute('aria-describedby');
    expect(shown.outerHTML).toBe(expected);
  });
});
