/**
 * A sliding-window count of hits per key, in this process's memory: the in-memory `RateLimiter`
 * (lib/http/rate-limiter.ts) behind sign-in, witness pages and record verification.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** Records an attempt; returns 0 when allowed, otherwise the milliseconds until the next one is. */
  take(key: string, now = Date.now()): number {
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(key, recent);
      return this.windowMs - (now - (recent[0] ?? now));
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.prune(now);
    return 0;
  }

  count(key: string, now = Date.now()): number {
    return (this.hits.get(key) ?? []).filter((at) => now - at < this.windowMs).length;
  }

  private prune(now: number) {
    for (const [key, times] of this.hits) if (times.every((at) => now - at >= this.windowMs)) this.hits.delete(key);
  }
}

export function parseLimit(value: string | undefined): { max: number; seconds: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value ?? '');
  if (!match) return { max: 5, seconds: 60 };
  return { max: Math.max(1, Number(match[1])), seconds: Math.max(1, Number(match[2])) };
}
