import { describe, expect, it, vi } from 'vitest';
import { cachedLoader, cachedLoaderPerKey } from './cached-loader';

describe('cachedLoader', () => {
  it('loads once and hands every caller the same promise while it is pending', async () => {
    const load = vi.fn(() => Promise.resolve('text'));
    const get = cachedLoader(load);
    const first = get();
    const second = get();
    expect(second).toBe(first);
    await expect(first).resolves.toBe('text');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not load again after a success', async () => {
    const load = vi.fn(() => Promise.resolve(42));
    const get = cachedLoader(load);
    await get();
    await expect(get()).resolves.toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failure, so the next call tries again and can succeed', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('back online');
    const get = cachedLoader(load);
    await expect(get()).rejects.toThrow('offline');
    await expect(get()).resolves.toBe('back online');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('turns a load that throws before returning a promise into a rejection, and retries it', async () => {
    let calls = 0;
    const get = cachedLoader(() => {
      calls += 1;
      if (calls === 1) throw new Error('no fetch');
      return Promise.resolve('fetched');
    });
    await expect(get()).rejects.toThrow('no fetch');
    await expect(get()).resolves.toBe('fetched');
  });

  it('shares a pending load that is about to fail with every caller that asked meanwhile', async () => {
    const load = vi.fn(() => Promise.reject(new Error('down')));
    const get = cachedLoader(load);
    const a = get();
    const b = get();
    expect(b).toBe(a);
    await expect(a).rejects.toThrow('down');
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('cachedLoaderPerKey', () => {
  it('loads once per key and never hands one key’s result to another', async () => {
    const load = vi.fn((key: { name: string }) => Promise.resolve(key.name.toUpperCase()));
    const get = cachedLoaderPerKey(load);
    const a = { name: 'a' };
    const b = { name: 'b' };
    expect(get(a)).toBe(get(a));
    await expect(get(a)).resolves.toBe('A');
    await expect(get(b)).resolves.toBe('B');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('retries a key whose load failed', async () => {
    const load = vi
      .fn<(key: object) => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('ok');
    const get = cachedLoaderPerKey(load);
    const key = {};
    await expect(get(key)).rejects.toThrow('offline');
    await expect(get(key)).resolves.toBe('ok');
  });
});
