import { afterEach, expect, test } from 'vitest';
import { WorkerPool, WorkerPoolError } from '@/lib/workers/worker-pool';

interface Input {
  value?: number;
  sleepMs?: number;
  crash?: boolean;
  hang?: boolean;
  fail?: string;
}
interface Output {
  value: number;
  threadId: number;
}

const file = new URL('./testing/echo-worker.mjs', import.meta.url);
const pools: WorkerPool<Input, Output>[] = [];
function pool(size: number, maxQueue = 10, timeoutMs = 2000, idleMs = 60_000) {
  const created = new WorkerPool<Input, Output>({ file, size, maxQueue, timeoutMs, idleMs });
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((created) => created.close()));
});

test('jobs run in parallel on different threads', async () => {
  const twoThreads = pool(2);
  const start = performance.now();
  const results = await Promise.all([twoThreads.run({ value: 1, sleepMs: 300 }), twoThreads.run({ value: 2, sleepMs: 300 })]);
  expect(results.map((result) => result.value)).toEqual([1, 2]);
  expect(new Set(results.map((result) => result.threadId)).size).toBe(2);
  expect(performance.now() - start).toBeLessThan(550);
});

test('a crashed thread fails only its own job and is replaced', async () => {
  const one = pool(1);
  await expect(one.run({ crash: true })).rejects.toMatchObject({ reason: 'crashed' });
  await expect(one.run({ value: 7 })).resolves.toMatchObject({ value: 7 });
});

test('a job past its timeout is rejected and the next job still runs', async () => {
  const one = pool(1, 10, 200);
  await expect(one.run({ hang: true })).rejects.toMatchObject({ reason: 'timeout' });
  await expect(one.run({ value: 3 })).resolves.toMatchObject({ value: 3 });
});

test('a full queue refuses new work at once instead of waiting', async () => {
  const one = pool(1, 1);
  const running = one.run({ value: 1, sleepMs: 200 });
  const queued = one.run({ value: 2 });
  await expect(one.run({ value: 3 })).rejects.toBeInstanceOf(WorkerPoolError);
  await expect(Promise.all([running, queued])).resolves.toHaveLength(2);
});

test('an error reported by the worker rejects the job with its message', async () => {
  await expect(pool(1).run({ fail: 'bad record' })).rejects.toThrow('bad record');
});

test('no thread starts before there is work, and no more start than the jobs need', async () => {
  const two = pool(2);
  expect(two.threadCount).toBe(0);
  await two.run({ value: 1 });
  await two.run({ value: 2 });
  expect(two.threadCount).toBe(1);
});

test('a thread idle past its time stops, and the next job starts a fresh one', async () => {
  const one = pool(1, 10, 2000, 150);
  const first = await one.run({ value: 1 });
  expect(one.threadCount).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(one.threadCount).toBe(0);
  const second = await one.run({ value: 2 });
  expect(second.value).toBe(2);
  expect(second.threadId).not.toBe(first.threadId);
});

test('a thread kept busy is not stopped as idle', async () => {
  const one = pool(1, 10, 2000, 150);
  const first = await one.run({ value: 1, sleepMs: 300 });
  const second = await one.run({ value: 2 });
  expect(second.threadId).toBe(first.threadId);
});
