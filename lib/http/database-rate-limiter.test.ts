import { afterAll, beforeAll, expect, test } from 'vitest';
import { rateLimit } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '@/lib/db/testing/test-databases';
import { DatabaseRateLimiter } from '@/lib/http/database-rate-limiter';

const handles = new Map<string, TestDatabase>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

for (const kind of TEST_DATABASE_KINDS) {
  const db = async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle.db;
  };
  const limiter = (name: string, max: number, windowMs = 60_000) => new DatabaseRateLimiter(db, name, max, windowMs);

  test(`${kind}: two limiters on one database (two servers) share one count per key`, async () => {
    const [first, second] = [limiter('shared', 3), limiter('shared', 3)];
    const now = new Date('2026-01-01T10:00:00Z');
    expect(await first.take('10.0.0.1', now)).toBe(0);
    expect(await second.take('10.0.0.1', now)).toBe(0);
    expect(await first.take('10.0.0.1', now)).toBe(0);
    expect(await second.take('10.0.0.1', new Date(now.getTime() + 1000))).toBe(59_000);
    expect(await first.take('10.0.0.2', now)).toBe(0);
    expect(await limiter('other-limit', 3).take('10.0.0.1', now)).toBe(0);
  });

  test(`${kind}: a key is allowed again once its window has ended`, async () => {
    const limit = limiter('expiry', 1, 10_000);
    const start = new Date('2026-01-01T10:00:00Z');
    expect(await limit.take('k', start)).toBe(0);
    expect(await limit.take('k', new Date(start.getTime() + 9_000))).toBe(1_000);
    expect(await limit.take('k', new Date(start.getTime() + 10_000))).toBe(0);
    expect(await limit.take('k', new Date(start.getTime() + 10_001))).toBe(9_999);
  });

  test(`${kind}: of 40 hits at the same moment through two limiters, exactly max are allowed`, async () => {
    const [first, second] = [limiter('parallel', 7), limiter('parallel', 7)];
    const now = new Date('2026-01-01T10:00:00Z');
    const waits = await Promise.all(Array.from({ length: 40 }, (_, index) => (index % 2 ? first : second).take('burst', now)));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(7);
  });

  test(`${kind}: the sweep deletes ended windows and keeps running ones`, async () => {
    const handle = await db();
    await handle.delete(rateLimit);
    const limit = limiter('sweep', 5, 10_000);
    const start = new Date('2026-01-01T10:00:00Z');
    await limit.take('old', start);
    await limit.take('new', new Date(start.getTime() + 8_000));
    expect(await limit.sweep(new Date(start.getTime() + 12_000))).toBe(1);
    const left = await handle.select({ key: rateLimit.key }).from(rateLimit);
    expect(left).toEqual([{ key: 'new' }]);
  });
}
