/** Counts failures per key in a sliding window; used to throttle password guessing. */
export class FailureLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it is not throttled. */
  retryAfterMs(key: string): number {
    const times = this.prune(key);
    if (times.length < this.limit) return 0;
    return Math.max(1, times[0]! + this.windowMs - this.now());
  }

  fail(key: string): void {
    const times = this.prune(key);
    times.push(this.now());
    this.hits.set(key, times);
  }

  /**
   * Counts an attempt as a failure at once, before its outcome is known, so that concurrent
   * attempts see it (otherwise 50 parallel guesses all pass the check before the first one fails).
   * Returns a function that takes this one attempt back (for an attempt that turned out fine).
   */
  attempt(key: string): () => void {
    const at = this.now();
    const times = this.prune(key);
    times.push(at);
    this.hits.set(key, times);
    let undone = false;
    return () => {
      if (undone) return;
      undone = true;
      const current = this.hits.get(key);
      const i = current ? current.indexOf(at) : -1;
      if (i < 0) return;
      current!.splice(i, 1);
      if (current!.length === 0) this.hits.delete(key);
    };
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private prune(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const times = (this.hits.get(key) ?? []).filter((t) => t > cutoff);
    if (times.length) this.hits.set(key, times);
    else this.hits.delete(key);
    return times;
  }
}
