import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { readProgress, syncProgress } from '@/lib/progress/progress-store-db';
import { createAccount } from '@/lib/users/create-account';

const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: progress synced from one browser is what a second browser receives, merged with its own`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const learnerId = await createAccount(handle.db, { email: `sync-${kind}@example.co.za`, password: 'a-long-password', fullName: 'Lerato Mokoena', role: 'learner' }, null, 'user.signed_up');
    await syncProgress(handle.db, learnerId, {
      lessons: { '01-welcome-and-assessment': { openedAt: '2026-03-02T08:00:00.000Z', completedAt: '2026-03-02T08:30:00.000Z' } },
      answers: { 'check/q1': { response: { type: 'truefalse', value: true }, score: 1, attempts: 1, answeredAt: '2026-03-02T08:20:00.000Z' } },
    });
    const second = await syncProgress(handle.db, learnerId, {
      lessons: { '02-customer-relationships-and-slas': { openedAt: '2026-03-03T08:00:00.000Z', completedAt: null } },
      answers: { 'check/q1': { response: { type: 'truefalse', value: false }, score: 0, attempts: 2, answeredAt: '2026-03-01T08:00:00.000Z' } },
    });
    expect(Object.keys(second.lessons).sort()).toEqual(['01-welcome-and-assessment', '02-customer-relationships-and-slas']);
    expect(second.answers['check/q1']?.response).toEqual({ type: 'truefalse', value: true });
    expect(await readProgress(handle.db, learnerId)).toEqual(second);
  });
}

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: a stale copy from a slow tab never un-completes a lesson or replaces a newer answer`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const learnerId = await createAccount(handle.db, { email: `stale-${kind}@example.co.za`, password: 'a-long-password', fullName: 'Sipho Dlamini', role: 'learner' }, null, 'user.signed_up');
    const lesson = '03-priorities-and-the-sla-clock';
    const newer = { lessons: { [lesson]: { openedAt: '2026-03-02T08:00:00.000Z', completedAt: '2026-03-02T08:40:00.000Z' } }, answers: { 'check/q1': attempt(true, 2, '2026-03-02T08:39:00.000Z') } };
    const stale = { lessons: { [lesson]: { openedAt: '2026-03-02T08:00:00.000Z', completedAt: null } }, answers: { 'check/q1': attempt(false, 1, '2026-03-02T08:10:00.000Z') } };
    // Two tabs sync at once; whichever the database serves first, the newer progress stands.
    await Promise.all([syncProgress(handle.db, learnerId, stale), syncProgress(handle.db, learnerId, newer)]);
    await syncProgress(handle.db, learnerId, stale);
    const stored = await readProgress(handle.db, learnerId);
    expect(stored.lessons[lesson]?.completedAt).toBe('2026-03-02T08:40:00.000Z');
    expect(stored.answers['check/q1']).toEqual(newer.answers['check/q1']);
  });

  test(`${kind}: two answers in the same millisecond settle on the later try, in whichever order they arrive`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const at = '2026-03-02T08:20:00.000Z';
    const first = { lessons: {}, answers: { 'check/q2': attempt(false, 1, at) } };
    const second = { lessons: {}, answers: { 'check/q2': attempt(true, 2, at) } };
    for (const [name, order] of [['in-order', [first, second]], ['reversed', [second, first]]] as const) {
      const learnerId = await createAccount(handle.db, { email: `tie-${name}-${kind}@example.co.za`, password: 'a-long-password', fullName: 'Ayesha Patel', role: 'learner' }, null, 'user.signed_up');
      for (const copy of order) await syncProgress(handle.db, learnerId, copy);
      expect((await readProgress(handle.db, learnerId)).answers['check/q2']).toEqual(second.answers['check/q2']);
    }
  });
}

function attempt(value: boolean, attempts: number, answeredAt: string) {
  return { response: { type: 'truefalse' as const, value }, score: value ? 1 : 0, attempts, answeredAt };
}
