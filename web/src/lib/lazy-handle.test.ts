import { lazyHandle, readyHandle } from './lazy-handle';

describe('lazyHandle', () => {
  it('loads once on the first get, and tells whoever waits', async () => {
    const load = vi.fn(async () => ({ name: 'client' }));
    const handle = lazyHandle(load);
    const waiting = handle.whenLoaded();
    expect(handle.current()).toBeNull();
    expect(load).not.toHaveBeenCalled();

    const [a, b] = await Promise.all([handle.get(), handle.get()]);
    expect(a).toBe(b);
    expect(load).toHaveBeenCalledTimes(1);
    expect(handle.current()).toBe(a);
    await expect(waiting).resolves.toBe(a);
  });

  it('tries again after a failed load', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('ok');
    const handle = lazyHandle(load);
    await expect(handle.get()).rejects.toThrow('offline');
    expect(handle.current()).toBeNull();
    await expect(handle.get()).resolves.toBe('ok');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('readyHandle', () => {
  it('has the value at once', async () => {
    const handle = readyHandle(42);
    expect(handle.current()).toBe(42);
    await expect(handle.get()).resolves.toBe(42);
    await expect(handle.whenLoaded()).resolves.toBe(42);
  });
});
