// Test support only: what jsdom leaves out and the views need (layout, ResizeObserver, media
// queries, a canvas to measure text with). Each fake answers only what it was told, and says so
// when asked something it cannot answer, so a test never runs on a silent zero or `false`.
import { vi } from 'vitest';

/** A box's size in CSS pixels; an element with none has no layout box (display: none), as in jsdom. */
export interface Size {
  width: number;
  height: number;
}

/**
 * Lays elements out by selector, the first rule an element matches giving its size (offset and
 * client sizes alike: no borders, no scroll bars), at the viewport's top left. Undone by
 * `vi.restoreAllMocks()`.
 */
export function fakeLayout(rules: readonly (readonly [selector: string, size: Size])[]): void {
  const sizeOf = (el: Element): Size => rules.find(([selector]) => el.matches(selector))?.[1] ?? NO_BOX;
  // The offset sizes are HTMLElement's in jsdom, the client sizes Element's.
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: Element) {
    return sizeOf(this).width;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: Element) {
    return sizeOf(this).height;
  });
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(function (this: Element) {
    return sizeOf(this).width;
  });
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
    return sizeOf(this).height;
  });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const { width, height } = sizeOf(this);
    return DOMRect.fromRect({ x: 0, y: 0, width, height });
  });
}
const NO_BOX: Size = { width: 0, height: 0 };

/**
 * A ResizeObserver that reports each observed element once, in the frame after `observe`, as
 * browsers do (the sizes are whatever fakeLayout says then). Undone by `vi.unstubAllGlobals()`.
 */
export function fakeResizeObserver(): void {
  class FakeResizeObserver {
    private frames = new Set<number>();
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const frame = requestAnimationFrame(() => {
        this.frames.delete(frame);
        this.callback([{ target } as ResizeObserverEntry], this);
      });
      this.frames.add(frame);
    }
    unobserve() {}
    disconnect() {
      for (const frame of this.frames) cancelAnimationFrame(frame);
      this.frames.clear();
    }
  }
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
}

/** The screen the media queries are asked about. */
export interface Screen {
  width: number;
  reducedMotion?: boolean;
  dark?: boolean;
}

/**
 * matchMedia for the queries the app asks: widths, reduced motion and colour scheme, alone or
 * joined with "and" (and `screen`). Any other query throws, rather than quietly not matching.
 * Fixed for the test: no change events. Undone by `vi.unstubAllGlobals()`.
 */
export function fakeMatchMedia(screen: Screen): void {
  const feature = (part: string): boolean => {
    const text = part.trim();
    if (text === 'screen') return true;
    const width = /^\((max|min)-width:\s*([\d.]+)px\)$/.exec(text);
    if (width)
      return width[1] === 'max' ? screen.width <= Number(width[2]) : screen.width >= Number(width[2]);
    if (text === '(prefers-reduced-motion: reduce)') return screen.reducedMotion === true;
    if (text === '(prefers-color-scheme: dark)') return screen.dark === true;
    throw new Error(`fakeMatchMedia cannot answer "${text}"`);
  };
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.split(/\s+and\s+/).every(feature),
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

/**
 * A 2D canvas context that measures text as if every character were `charWidth` pixels wide: what
 * the timeline measures names with. Undone by `vi.restoreAllMocks()`.
 */
export function fakeTextMeasure(charWidth = 8): void {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () =>
      ({
        font: '',
        measureText: (text: string) => ({ width: text.length * charWidth }),
      }) as unknown as CanvasRenderingContext2D,
  );
}

/**
 * CSS.escape, which jsdom lacks, as the CSSOM specification serialises an identifier. Undone by
 * `vi.unstubAllGlobals()`.
 */
export function fakeCssEscape(): void {
  const escape = (value: string) =>
    Array.from(value, (ch, i) => {
      const code = ch.codePointAt(0) ?? 0;
      const digit = code >= 0x30 && code <= 0x39;
      if (code === 0) return '\uFFFD';
      if (code <= 0x1f || code === 0x7f || (i === 0 && digit) || (i === 1 && digit && value.startsWith('-')))
        return `\\${code.toString(16)} `;
      if (i === 0 && value === '-') return '\\-';
      if (code >= 0x80 || ch === '-' || ch === '_' || /[0-9A-Za-z]/.test(ch)) return ch;
      return `\\${ch}`;
    }).join('');
  vi.stubGlobal('CSS', { escape });
}
