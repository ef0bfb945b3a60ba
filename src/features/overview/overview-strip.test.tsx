// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeDensity } from './density';
import { OverviewStrip } from './overview-strip';
import { between, EXTENT, LIMITS } from './test-support';
import type { OverviewEvent, OverviewLane, OverviewStripProps, TimeWindow } from './types';

// The real function, watched, so a test can tell when the bins are computed.
vi.mock('./density', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./density')>();
  return { ...actual, computeDensity: vi.fn(actual.computeDensity) };
});

const LANES: OverviewLane[] = [
  { id: 'democratic-centralists', name: 'Democratic Centralists', colour: 'var(--a)' },
];
const EVENTS: OverviewEvent[] = [{ lane: 'democratic-centralists', start: Date.UTC(1920, 8, 1), end: null }];
const ERAS = [{ id: 'era-nep', label: 'NEP', from: Date.UTC(1921, 2, 21), to: Date.UTC(1928, 9, 1) }];
const WINDOW = between([1920, 1], [1924, 1]);
const span = WINDOW.to - WINDOW.from;

function renderStrip(window: TimeWindow = WINDOW) {
  const onWindowChange = vi.fn<(w: TimeWindow) => void>();
  const onWindowPreview = vi.fn<(w: TimeWindow) => void>();
  const props: OverviewStripProps = {
    lanes: LANES,
    events: EVENTS,
    span: EXTENT,
    window,
    eras: ERAS,
    ...LIMITS,
    onWindowChange,
    onWindowPreview,
  };
  const view = render(<OverviewStrip {...props} />);
  const rerender = (w: TimeWindow) => view.rerender(<OverviewStrip {...props} window={w} />);
  return { onWindowChange, onWindowPreview, rerender, container: view.container };
}

const body = () => screen.getByRole('slider', { name: 'Visible years' });
const track = (container: HTMLElement) => container.querySelector<HTMLElement>('.overview__track');

afterEach(cleanup);

describe('OverviewStrip, by keyboard', () => {
  it('is a group of three sliders, named and valued in years', () => {
    renderStrip(between([1921, 3], [1922, 7]));
    expect(screen.getByRole('group', { name: 'Overview of 1907–1937' })).toBeTruthy();
    const sliders = screen.getAllByRole('slider');
    expect(sliders.map((s) => s.getAttribute('aria-label'))).toEqual([
      'Start of visible window',
      'Visible years',
      'End of visible window',
    ]);
    expect(sliders.every((s) => s.tabIndex === 0)).toBe(true);
    expect(body().getAttribute('aria-valuetext')).toBe('March 1921 to June 1922');
    expect(body().getAttribute('aria-valuemin')).toBe('1906');
    expect(body().getAttribute('aria-valuemax')).toBe('1938');
    expect(body().getAttribute('aria-valuenow')).toBe('1921');
    expect(sliders[2]?.getAttribute('aria-valuetext')).toBe('June 1922');
  });

  it('ArrowRight moves the window a tenth of its span later, with one committed change', () => {
    const { onWindowChange } = renderStrip();
    fireEvent.keyDown(body(), { key: 'ArrowRight' });
    expect(onWindowChange).toHaveBeenCalledTimes(1);
    expect(onWindowChange).toHaveBeenCalledWith({ from: WINDOW.from + span / 10, to: WINDOW.to + span / 10 });
  });

  it('Home, End and + each commit once; + halves the span', () => {
    const { onWindowChange } = renderStrip();
    fireEvent.keyDown(body(), { key: 'Home' });
    expect(onWindowChange).toHaveBeenLastCalledWith({ from: EXTENT.from, to: EXTENT.from + span });
    fireEvent.keyDown(body(), { key: 'End' });
    expect(onWindowChange).toHaveBeenLastCalledWith({ from: EXTENT.to - span, to: EXTENT.to });
    fireEvent.keyDown(body(), { key: '+' });
    const zoomed = onWindowChange.mock.lastCall?.[0];
    expect(zoomed && zoomed.to - zoomed.from).toBe(span / 2);
    expect(onWindowChange).toHaveBeenCalledTimes(3);
  });

  it('leaves Ctrl + and keys it does not use to the page', () => {
    const { onWindowChange } = renderStrip();
    expect(fireEvent.keyDown(body(), { key: '+', ctrlKey: true })).toBe(true);
    expect(fireEvent.keyDown(body(), { key: 'Tab' })).toBe(true);
    expect(fireEvent.keyDown(body(), { key: 'ArrowRight' })).toBe(false);
    expect(onWindowChange).toHaveBeenCalledTimes(1);
  });

  it('does not commit a key that changes nothing, such as Home at the start', () => {
    const { onWindowChange } = renderStrip({ from: EXTENT.from, to: EXTENT.from + span });
    fireEvent.keyDown(body(), { key: 'Home' });
    expect(onWindowChange).not.toHaveBeenCalled();
  });

  it('moves one edge from its handle', () => {
    const { onWindowChange } = renderStrip();
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Start of visible window' }), { key: 'ArrowLeft' });
    expect(onWindowChange).toHaveBeenCalledWith({ from: WINDOW.from - span / 10, to: WINDOW.to });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'End of visible window' }), { key: 'End' });
    expect(onWindowChange).toHaveBeenLastCalledWith({ from: WINDOW.from, to: EXTENT.to });
  });
});

describe('OverviewStrip, by pointer and on screen', () => {
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 800, 56));
    // jsdom has no ResizeObserver: this one reports the mocked width as soon as it observes.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly report: () => void) {}
        observe() {
          this.report();
        }
        disconnect() {}
      },
    );
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('draws the density as decorative rows, and does not recompute it when the window moves', () => {
    const { container, rerender } = renderStrip();
    const svg = container.querySelector('svg.overview__density');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.querySelectorAll('path')).toHaveLength(1);
    const computed = vi.mocked(computeDensity).mock.calls.length;
    rerender(between([1925, 1], [1926, 1]));
    expect(vi.mocked(computeDensity).mock.calls.length).toBe(computed);
  });

  it('jumps to a time clicked off the brush, keeping the span', () => {
    const { container, onWindowChange } = renderStrip();
    const strip = track(container);
    if (!strip) throw new Error('no track');
    fireEvent.pointerDown(strip, { pointerId: 1, isPrimary: true, button: 0, clientX: 700 });
    fireEvent.pointerUp(strip, { pointerId: 1, isPrimary: true, button: 0, clientX: 701 });
    expect(onWindowChange).toHaveBeenCalledTimes(1);
    const jumped = onWindowChange.mock.lastCall?.[0];
    expect(jumped && jumped.to - jumped.from).toBe(span);
    const clicked = EXTENT.from + (701 / 800) * (EXTENT.to - EXTENT.from);
    expect(Math.abs((jumped?.from ?? 0) + span / 2 - clicked)).toBeLessThanOrEqual(1);
  });

  it('drags the brush, previewing each frame and committing once on release', async () => {
    const { onWindowChange, onWindowPreview } = renderStrip();
    const msPerPx = (EXTENT.to - EXTENT.from) / 800;
    fireEvent.pointerDown(body(), { pointerId: 1, isPrimary: true, button: 0, clientX: 400 });
    fireEvent.pointerMove(body(), { pointerId: 1, isPrimary: true, clientX: 450 });
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(onWindowPreview).toHaveBeenCalledTimes(1);
    expect(onWindowChange).not.toHaveBeenCalled();
    fireEvent.pointerUp(body(), { pointerId: 1, isPrimary: true, button: 0, clientX: 500 });
    expect(onWindowChange).toHaveBeenCalledTimes(1);
    const moved = onWindowChange.mock.lastCall?.[0];
    expect(moved && moved.to - moved.from).toBe(span);
    expect(Math.abs((moved?.from ?? 0) - (WINDOW.from + 100 * msPerPx))).toBeLessThanOrEqual(1);
  });

  it('commits the drag once even when the timeline followed the previews', async () => {
    const { onWindowChange, onWindowPreview, rerender } = renderStrip();
    fireEvent.pointerDown(body(), { pointerId: 1, isPrimary: true, button: 0, clientX: 400 });
    fireEvent.pointerMove(body(), { pointerId: 1, isPrimary: true, clientX: 480 });
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const previewed = onWindowPreview.mock.lastCall?.[0];
    if (!previewed) throw new Error('no preview');
    rerender(previewed);
    fireEvent.pointerUp(body(), { pointerId: 1, isPrimary: true, button: 0, clientX: 480 });
    expect(onWindowChange).toHaveBeenCalledTimes(1);
    expect(onWindowChange).toHaveBeenCalledWith(previewed);
  });

  it('puts the timeline back where it was when a drag is cancelled', async () => {
    const { onWindowChange, onWindowPreview } = renderStrip();
    fireEvent.pointerDown(body(), { pointerId: 1, isPrimary: true, button: 0, clientX: 400 });
    fireEvent.pointerMove(body(), { pointerId: 1, isPrimary: true, clientX: 480 });
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    fireEvent.keyDown(body(), { key: 'Escape' });
    expect(onWindowPreview).toHaveBeenLastCalledWith(WINDOW);
    fireEvent.pointerUp(body(), { pointerId: 1, isPrimary: true, button: 0, clientX: 480 });
    expect(onWindowChange).not.toHaveBeenCalled();
  });
});
