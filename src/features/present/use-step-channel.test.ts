// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** BroadcastChannel between "windows" of one test: messages wait until `deliver()`, as across windows. */
class FakeChannel {
  static open: FakeChannel[] = [];
  static queue: { from: FakeChannel; data: unknown }[] = [];
  onmessage: ((e: MessageEvent<unknown>) => void) | null = null;
  constructor(readonly name: string) {
    FakeChannel.open.push(this);
  }
  postMessage(data: unknown) {
    FakeChannel.queue.push({ from: this, data: structuredClone(data) });
  }
  close() {
    FakeChannel.open = FakeChannel.open.filter((c) => c !== this);
  }
}

function deliver() {
  while (FakeChannel.queue.length > 0) {
    const batch = FakeChannel.queue.splice(0);
    for (const { from, data } of batch)
      for (const to of FakeChannel.open)
        if (to !== from && to.name === from.name) to.onmessage?.({ data } as MessageEvent<unknown>);
  }
}

/** The hook as one window loads it: each import is a window of its own, with its own sender id. */
async function windowsHook() {
  vi.resetModules();
  return (await import('./use-step-channel')).useStepChannel;
}

beforeEach(() => {
  FakeChannel.open = [];
  FakeChannel.queue = [];
  vi.stubGlobal('BroadcastChannel', FakeChannel);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useStepChannel', () => {
  it('tells a newly opened window where the tour stands', async () => {
    const roomHook = await windowsHook();
    const presenterHook = await windowsHook();
    renderHook(() => roomHook('tour', { step: 3, blank: true }, vi.fn()));
    const onPresenter = vi.fn();
    renderHook(() => presenterHook('tour', { step: 1, blank: false }, onPresenter));
    act(deliver);
    expect(onPresenter).toHaveBeenCalledWith(expect.objectContaining({ step: 3, blank: true }));
  });

  it('does not let the answer to its hello undo a change its reader made meanwhile', async () => {
    const roomHook = await windowsHook();
    const presenterHook = await windowsHook();
    const onRoom = vi.fn();
    renderHook(() => roomHook('tour', { step: 3, blank: false }, onRoom));
    // The room's own hello, with nobody to answer it.
    act(deliver);
    const onPresenter = vi.fn();
    const presenter = renderHook(() => presenterHook('tour', { step: 3, blank: false }, onPresenter));
    // The room hears the hello and answers "not blank"; before that answer arrives, the presenter
    // presses B.
    act(() => {
      const [hello] = FakeChannel.queue.splice(0);
      expect(hello?.data).toMatchObject({ hello: true });
      FakeChannel.open[0]?.onmessage?.({ data: hello?.data } as MessageEvent<unknown>);
      expect(FakeChannel.queue).toHaveLength(1);
      presenter.result.current({ step: 3, blank: true });
    });
    act(deliver);
    expect(onRoom).toHaveBeenCalledWith(expect.objectContaining({ step: 3, blank: true }));
    expect(onPresenter).not.toHaveBeenCalled();
  });
});
