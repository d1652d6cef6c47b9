import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createProgressSyncer } from '@/lib/progress/progress-syncer';
import { fakeProgressServer } from '@/lib/progress/testing/fake-progress-server';
import { MemoryStorage } from '@/lib/progress/testing/memory-storage';

// The store persists to localStorage, which Node lacks: give it one before it is created.
vi.stubGlobal('localStorage', new MemoryStorage());
const { useProgressStore } = await import('@/components/progress/progress-store');

function syncerFor(server: ReturnType<typeof fakeProgressServer>) {
  return createProgressSyncer({
    fetch: server.fetch,
    read: () => {
      const { lessons, answers } = useProgressStore.getState();
      return { lessons, answers };
    },
    absorb: (copy) => useProgressStore.getState().absorbServerCopy(copy),
  });
}

const store = () => useProgressStore.getState();
const single = (optionId: string) => ({ type: 'single' as const, optionId });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T08:00:00.000Z'));
  store().clearAll();
});

afterEach(() => {
  vi.useRealTimers();
});

test('a completion and an answer made while a sync is away survive its older reply and go out in the next sync', async () => {
  const server = fakeProgressServer();
  const syncer = syncerFor(server);
  store().markOpened('01-welcome');
  void syncer.request();
  expect(server.pending).toHaveLength(1);

  // The learner answers the last question and marks the lesson complete while the request is away.
  vi.setSystemTime(new Date('2026-03-02T08:05:00.000Z'));
  store().recordAnswer('welcome-check', 'last-question', single('right'), 1);
  store().markCompleted('01-welcome');
  await server.pending[0]?.deliver();

  expect(store().lessons['01-welcome']?.completedAt).toBe('2026-03-02T08:05:00.000Z');
  expect(store().answers['welcome-check/last-question']?.response).toEqual(single('right'));
  expect(server.requests).toHaveLength(2);
  expect(server.requests[1]?.lessons['01-welcome']?.completedAt).toBe('2026-03-02T08:05:00.000Z');
  expect(server.requests[1]?.answers['welcome-check/last-question']?.response).toEqual(single('right'));

  await server.pending[0]?.deliver();
  expect(server.pending).toHaveLength(0);
  expect(server.requests).toHaveLength(2);
  expect(server.stored()).toEqual({ lessons: store().lessons, answers: store().answers });
});

test('a newer answer given while a sync is away is not replaced by the older answer in its reply', async () => {
  const server = fakeProgressServer();
  const syncer = syncerFor(server);
  store().recordAnswer('check', 'q1', single('first-try'), 0);
  void syncer.request();
  vi.setSystemTime(new Date('2026-03-02T08:01:00.000Z'));
  store().resetQuestion('check', 'q1');
  store().recordAnswer('check', 'q1', single('second-try'), 1);
  await server.pending[0]?.deliver();

  expect(store().answers['check/q1']).toMatchObject({ response: single('second-try'), attempts: 2 });
  await server.pending[0]?.deliver();
  expect(server.stored().answers['check/q1']).toMatchObject({ response: single('second-try'), attempts: 2 });
});

test('a reply brings in what another device saved, next to what this browser did meanwhile', async () => {
  const server = fakeProgressServer();
  server.saveFromAnotherDevice({ lessons: { '02-slas': { openedAt: '2026-03-01T08:00:00.000Z', completedAt: '2026-03-01T09:00:00.000Z' } }, answers: {} });
  const syncer = syncerFor(server);
  void syncer.request();
  store().markCompleted('03-priorities');
  await server.pending[0]?.deliver();

  expect(Object.keys(store().lessons).sort()).toEqual(['02-slas', '03-priorities']);
  await server.pending[0]?.deliver();
  expect(Object.keys(server.stored().lessons).sort()).toEqual(['02-slas', '03-priorities']);
});

test('requests made while a sync is away become one following sync, and nothing more once all is sent', async () => {
  const server = fakeProgressServer();
  const syncer = syncerFor(server);
  void syncer.request();
  store().markCompleted('01-welcome');
  void syncer.request();
  store().markCompleted('02-slas');
  void syncer.request();
  expect(server.pending).toHaveLength(1);

  await server.pending[0]?.deliver();
  expect(server.pending).toHaveLength(1);
  expect(Object.keys(server.pending[0]?.sent.lessons ?? {}).sort()).toEqual(['01-welcome', '02-slas']);
  await server.pending[0]?.deliver();
  expect(server.requests).toHaveLength(2);
  expect(server.pending).toHaveLength(0);
});

test('a reply that matches the browser leaves the progress untouched, so nothing re-renders', async () => {
  const server = fakeProgressServer();
  const syncer = syncerFor(server);
  store().markCompleted('01-welcome');
  const before = store().lessons;
  const done = syncer.request();
  await server.pending[0]?.deliver();
  await done;
  expect(store().lessons).toBe(before);
});

test('a failed sync keeps everything in the browser and the next request sends it', async () => {
  const server = fakeProgressServer();
  const syncer = syncerFor(server);
  store().markCompleted('01-welcome');
  void syncer.request();
  store().recordAnswer('check', 'q1', single('a'), 1);
  await server.pending[0]?.fail();

  expect(store().lessons['01-welcome']?.completedAt).not.toBeNull();
  expect(store().answers['check/q1']).toBeDefined();
  void syncer.request();
  expect(server.pending[0]?.sent.answers['check/q1']?.response).toEqual(single('a'));
  await server.pending[0]?.deliver();
});

test('a reply that arrives after the sync stopped (signed out) changes nothing and sends nothing', async () => {
  const server = fakeProgressServer();
  server.saveFromAnotherDevice({ lessons: { '02-slas': { openedAt: '2026-03-01T08:00:00.000Z', completedAt: null } }, answers: {} });
  const syncer = syncerFor(server);
  void syncer.request();
  syncer.stop();
  store().clearAll();
  await server.pending[0]?.deliver();

  expect(store().lessons).toEqual({});
  void syncer.request();
  expect(server.requests).toHaveLength(1);
});

test('a refused sync (signed out on the server) leaves the browser progress as it is', async () => {
  const syncer = createProgressSyncer({
    fetch: async () => Response.json({ error: 'Sign in to sync your progress.' }, { status: 401 }),
    read: () => ({ lessons: store().lessons, answers: store().answers }),
    absorb: (copy) => store().absorbServerCopy(copy),
  });
  store().markCompleted('01-welcome');
  await syncer.request();
  expect(Object.keys(store().lessons)).toEqual(['01-welcome']);
});

test('a question cleared for another try is not filled again by the older answer the server still holds', async () => {
  const server = fakeProgressServer();
  const syncer = syncerFor(server);
  store().recordAnswer('check', 'q1', single('wrong'), 0);
  void syncer.request();
  await server.pending[0]?.deliver();

  vi.setSystemTime(new Date('2026-03-02T08:01:00.000Z'));
  store().resetQuestion('check', 'q1');
  void syncer.request();
  await server.pending[0]?.deliver();
  expect(store().answers['check/q1']).toBeUndefined();

  // The next try is newer than the old answer, so it replaces it everywhere.
  vi.setSystemTime(new Date('2026-03-02T08:02:00.000Z'));
  store().recordAnswer('check', 'q1', single('right'), 1);
  void syncer.request();
  await server.pending[0]?.deliver();
  expect(store().answers['check/q1']).toMatchObject({ response: single('right'), attempts: 2 });
  expect(server.stored().answers['check/q1']).toMatchObject({ response: single('right'), attempts: 2 });
});

test('an answer given on another device after this browser cleared the question is shown here', async () => {
  const server = fakeProgressServer();
  const syncer = syncerFor(server);
  store().recordAnswer('check', 'q1', single('wrong'), 0);
  vi.setSystemTime(new Date('2026-03-02T08:01:00.000Z'));
  store().resetQuestion('check', 'q1');
  server.saveFromAnotherDevice({ lessons: {}, answers: { 'check/q1': { response: single('phone'), score: 1, attempts: 2, answeredAt: '2026-03-02T08:05:00.000Z' } } });
  void syncer.request();
  await server.pending[0]?.deliver();
  expect(store().answers['check/q1']?.response).toEqual(single('phone'));
});
