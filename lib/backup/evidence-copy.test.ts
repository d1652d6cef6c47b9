import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { person } from '@/lib/assessment/testing/fixtures';
import { copyObjectsOut, keysInUse } from '@/lib/backup/evidence-copy';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { enrolment, evidenceFile, recording, submission } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { localDiskStore } from '@/lib/storage/local-disk-store';

const handles = new Map<string, DatabaseHandle>();
const root = mkdtempSync(path.join(tmpdir(), 'evidence-copy-'));
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
  rmSync(root, { recursive: true, force: true });
});

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: a backup leaves out files the retention period removed, but copies an object a file still held shares`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const store = localDiskStore(path.join(root, `${kind}-store`));
    const learnerId = await person(handle, 'Palesa Radebe', 'learner');
    const [row] = await handle.db.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.learnerId, learnerId));
    if (!row) throw new Error('the learner has no enrolment');
    const submissionId = randomUUID();
    await handle.db.insert(submission).values({ id: submissionId, enrolmentId: row.id, learnerId, attemptNumber: 1, status: 'final', itemSeed: 'seed', courseVersion: 'test' });
    const [held, shared, gone, voice] = [await store.put(randomBytes(300)), await store.put(randomBytes(300)), await store.put(randomBytes(300)), await store.put(randomBytes(500))];
    const removedAt = new Date();
    const file = (stored: typeof held, removed: Date | null) => ({ id: randomUUID(), submissionId, name: 'notes.pdf', mediaType: 'application/pdf' as const, ...stored, removedAt: removed });
    await handle.db.insert(evidenceFile).values([file(held, null), file(shared, null), file(shared, removedAt), file(gone, removedAt)]);
    await handle.db.insert(recording).values({ id: randomUUID(), enrolmentId: row.id, learnerId, briefId: 'locked-out-before-payroll', name: 'call.webm', mediaType: 'audio/webm', ...voice, removedAt });

    const keys = await keysInUse(handle.db);
    expect([...keys.referenced].sort()).toEqual([held.storageKey, shared.storageKey].sort());
    expect([...keys.removed].sort()).toEqual([gone.storageKey, voice.storageKey].sort());

    const copied = await copyObjectsOut(store, path.join(root, `${kind}-backup`), keys.removed);
    expect(copied.map((object) => object.key)).toEqual([held.storageKey, shared.storageKey].sort());
  });
}
