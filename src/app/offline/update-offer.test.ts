import { describe, expect, it, vi } from 'vitest';
import { watchForUpdates, type WaitingWorker } from './update-offer';

/** A stand-in for workbox-window's Workbox: the test fires its events. */
function fakeWorker() {
  const listeners = new Map<string, (() => void)[]>();
  const worker = {
    addEventListener: (type: string, listener: () => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    messageSkipWaiting: vi.fn(),
  } satisfies WaitingWorker;
  const fire = (type: 'waiting' | 'controlling') => listeners.get(type)?.forEach((listener) => listener());
  return { worker, fire };
}

describe('watchForUpdates', () => {
  it('offers nothing until a new worker waits, then offers it and tells subscribers', () => {
    const { worker, fire } = fakeWorker();
    const updates = watchForUpdates(worker, vi.fn());
    const heard = vi.fn();
    updates.subscribe(heard);
    expect(updates.get()).toBe('none');
    fire('waiting');
    expect(updates.get()).toBe('ready');
    expect(heard).toHaveBeenCalledOnce();
  });

  it('never reloads by itself: a worker that waits, or takes control unasked, leaves the page alone', () => {
    const { worker, fire } = fakeWorker();
    const reload = vi.fn();
    watchForUpdates(worker, reload);
    fire('waiting');
    fire('controlling');
    expect(reload).not.toHaveBeenCalled();
    expect(worker.messageSkipWaiting).not.toHaveBeenCalled();
  });

  it('on Reload asks the waiting worker to take over, and reloads once it controls the page', () => {
    const { worker, fire } = fakeWorker();
    const reload = vi.fn();
    const updates = watchForUpdates(worker, reload);
    fire('waiting');
    updates.accept();
    expect(worker.messageSkipWaiting).toHaveBeenCalledOnce();
    expect(updates.get()).toBe('reloading');
    expect(reload).not.toHaveBeenCalled();
    fire('controlling');
    expect(reload).toHaveBeenCalledOnce();
  });

  it('ignores Reload when no update waits, and a second press while one is taking over', () => {
    const { worker, fire } = fakeWorker();
    const updates = watchForUpdates(worker, vi.fn());
    updates.accept();
    expect(worker.messageSkipWaiting).not.toHaveBeenCalled();
    fire('waiting');
    updates.accept();
    updates.accept();
    expect(worker.messageSkipWaiting).toHaveBeenCalledOnce();
  });

  it('stops telling a subscriber that has unsubscribed', () => {
    const { worker, fire } = fakeWorker();
    const updates = watchForUpdates(worker, vi.fn());
    const heard = vi.fn();
    updates.subscribe(heard)();
    fire('waiting');
    expect(heard).not.toHaveBeenCalled();
  });
});
