import { describe, expect, it } from 'vitest';
import { handover, INITIAL_HANDOVER, previewShown, type HandoverEvent, type HandoverState } from './handover';

const run = (...events: HandoverEvent['type'][]): HandoverState =>
  events.reduce<HandoverState>((s, type) => handover(s, { type }), INITIAL_HANDOVER);

describe('handover', () => {
  it('goes from the preview to the engine as its code loads and it draws', () => {
    expect(run('reach').phase).toBe('loading');
    expect(run('reach', 'loaded').phase).toBe('drawing');
    expect(run('reach', 'loaded', 'drawn').phase).toBe('live');
  });

  it('keeps the preview until the engine has drawn', () => {
    expect(previewShown(run('reach', 'loaded'))).toBe(true);
    expect(previewShown(run('reach', 'loaded', 'drawn'))).toBe(false);
  });

  it('holds the swap while a press on the preview lasts, and makes it on release', () => {
    const held = run('reach', 'press', 'loaded', 'drawn');
    expect(held.phase).toBe('waiting');
    expect(previewShown(held)).toBe(true);
    expect(handover(held, { type: 'release' }).phase).toBe('live');
  });

  it('goes back to the preview when the code cannot load, and tries again on the next reach', () => {
    expect(run('reach', 'load-failed').phase).toBe('preview');
    expect(run('reach', 'load-failed', 'reach').phase).toBe('loading');
  });

  it('ignores events that do not belong to the state it is in', () => {
    expect(run('drawn').phase).toBe('preview');
    expect(run('loaded').phase).toBe('preview');
    expect(run('reach', 'loaded', 'drawn', 'reach', 'loaded', 'release').phase).toBe('live');
  });

  it('holds the swap for a press that lands on the preview after "drawn" but before the swap is drawn', () => {
    // React hands both to the reducer in one batch, "drawn" first: the click must still land.
    const held = run('reach', 'loaded', 'drawn', 'press');
    expect(held.phase).toBe('waiting');
    expect(previewShown(held)).toBe(true);
    expect(handover(held, { type: 'release' }).phase).toBe('live');
  });
});
