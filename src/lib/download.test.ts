// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from './download';

// jsdom has no object URLs and does not navigate: both are stubbed, which also proves that the
// helper asks for nothing but a local blob URL.
describe('downloadText', () => {
  const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:local/1');
  const revokeObjectURL = vi.fn<(url: string) => void>();
  let clicked: HTMLAnchorElement[] = [];

  beforeEach(() => {
    vi.useFakeTimers();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    clicked = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
      // The link is in the document at the moment of the click (Firefox needs it there).
      expect(document.body.contains(this)).toBe(true);
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    createObjectURL.mockClear();
    revokeObjectURL.mockClear();
  });

  it('clicks a download link to a blob of the text, as UTF-8, then removes the link', async () => {
    downloadText('oppositions-1907-1937.csv', 'id,title\r\nx,Мясников\r\n', 'text/csv');
    const [blob] = createObjectURL.mock.calls[0] ?? [];
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    expect(await blob?.text()).toBe('id,title\r\nx,Мясников\r\n');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('oppositions-1907-1937.csv');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:local/1');
    expect(document.querySelector('a')).toBeNull();
  });

  it('keeps a charset the caller gave', () => {
    downloadText('a.json', '[]\n', 'application/json;charset=utf-8');
    expect(createObjectURL.mock.calls[0]?.[0].type).toBe('application/json;charset=utf-8');
  });

  it('revokes the object URL once the browser has had time to read it', () => {
    downloadText('a.json', '[]\n', 'application/json');
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:local/1');
  });
});
