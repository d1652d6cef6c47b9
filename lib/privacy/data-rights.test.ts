import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { eq, inArray, or } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { LoadedAssessment } from '@/lib/assessment/load-assessment';
import { loadRealAssessment, PASSWORD, RULES } from '@/lib/assessment/testing/fixtures';
import { createAuth } from '@/lib/auth/create-auth';
import { getCourseContentForTests } from '@/lib/content/testing/course-for-tests';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { account, auditEvent, enrolment, evidenceFile, lessonProgress, profile, recordSnapshot, session, submission, user } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { learnerDataArchive } from '@/lib/privacy/data-archive';
import { ANONYMISED_NAME, anonymiseLearner, eraseLearner } from '@/lib/privacy/erase-learner';
import { collectLearnerData } from '@/lib/privacy/learner-data';
import { dataRightsWorld } from '@/lib/privacy/testing/data-rights-world';
import { readZip } from '@/lib/privacy/testing/read-zip';
import type { RecordDeps } from '@/lib/record/build-record';
import { snapshotIntact } from '@/lib/record/snapshot-record';
import { localDiskStore } from '@/lib/storage/local-disk-store';
import { sweepUnreferencedObjects } from '@/lib/storage/sweep-unreferenced-objects';

let content: LoadedAssessment;
let deps: RecordDeps;
const handles = new Map<string, DatabaseHandle>();
const folder = mkdtempSync(path.join(tmpdir(), 'data-rights-'));
beforeAll(async () => {
  content = await loadRealAssessment();
  const course = await getCourseContentForTests();
  deps = { course: course.course, outcomes: course.outcomes, parts: content.definition.parts, sufficiency: RULES.sufficiency, baseUrl: 'https://records.example.co.za' };
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
  rmSync(folder, { recursive: true, force: true });
});

async function archiveBytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: a learner's archive holds every kind of their data, their file byte for byte and their sealed record, and nothing of another learner or any secret`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const store = localDiskStore(path.join(folder, `${kind}-export`));
    const world = await dataRightsWorld(handle, store, content, deps, { final: 'Ayanda Dube', open: 'Bongani Zulu' });
    const data = await collectLearnerData(handle.db, world.final.id);
    for (const section of ['account', 'profile', 'signInMethods', 'sessions', 'enrolments', 'lessonProgress', 'assessmentAttempts', 'assessmentAnswers', 'evidenceFiles', 'judgements', 'moderationDecisions', 'practicalEvidence', 'recordsOfLearning', 'auditEvents']) {
      expect(data.sections[section]?.length, section).toBeGreaterThan(0);
    }

    // Read back by yauzl, a ZIP reader we did not write, so the archive opens outside this code too.
    const entries = await readZip(await archiveBytes(learnerDataArchive(data, store, { exportedAt: new Date('2026-12-03T08:00:00Z'), providerName: 'Ubuntu Skills Academy' })));
    const names = [...entries.keys()];
    expect(names).toContain('data.json');
    expect(names).toContain('README.txt');
    const evidenceEntry = names.find((name) => name.startsWith('evidence/'));
    expect(evidenceEntry).toMatch(/ticket notes\.pdf$/);
    expect(Buffer.compare(entries.get(evidenceEntry ?? '') ?? Buffer.alloc(0), Buffer.from(world.final.evidenceBytes))).toBe(0);
    const [sealed] = await handle.db.select().from(recordSnapshot).innerJoin(enrolment, eq(enrolment.id, recordSnapshot.enrolmentId)).where(eq(enrolment.learnerId, world.final.id));
    const recordEntry = names.find((name) => name.startsWith('records/'));
    expect(entries.get(recordEntry ?? '')?.toString('utf8')).toBe(sealed?.record_snapshot.canonicalJson);

    const json = JSON.parse(entries.get('data.json')?.toString('utf8') ?? '{}') as Record<string, unknown[]>;
    expect(json.profile).toEqual([expect.objectContaining({ fullName: 'Ayanda Dube', idNumber: '8001015009087' })]);
    const everything = [...entries.values()].map((bytes) => bytes.toString('latin1')).join('\n');
    const [hash] = await handle.db.select({ password: account.password }).from(account).where(eq(account.userId, world.final.id));
    for (const secret of [world.final.sessionToken, hash?.password ?? 'no hash']) expect(everything).not.toContain(secret);
    for (const other of [world.open.id, world.open.fullName, world.open.email, world.open.submissionId, Buffer.from(world.open.evidenceBytes).toString('latin1')]) {
      expect(everything).not.toContain(other);
    }
  });

  test(`${kind}: a learner with a final record cannot be erased; anonymised, they cannot sign in and lose name, address and ID, while the sealed record stays whole`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const store = localDiskStore(path.join(folder, `${kind}-anonymise`));
    const world = await dataRightsWorld(handle, store, content, deps, { final: 'Carmen Jacobs', open: 'Dumisani Ndlovu' });
    await expect(eraseLearner(handle.db, world.admin, world.final.id, 'Carmen Jacobs')).rejects.toThrow('Carmen Jacobs has a final record of learning, which the provider must keep: anonymise them instead.');
    await expect(anonymiseLearner(handle.db, world.admin, world.final.id, 'Carmen')).rejects.toThrow("Type the learner's full name, Carmen Jacobs, exactly as shown to confirm.");
    const [before] = await handle.db.select().from(recordSnapshot).innerJoin(enrolment, eq(enrolment.id, recordSnapshot.enrolmentId)).where(eq(enrolment.learnerId, world.final.id));

    await anonymiseLearner(handle.db, world.admin, world.final.id, ' Carmen Jacobs ');

    const [person] = await handle.db.select({ email: user.email, name: user.name, fullName: profile.fullName, idNumber: profile.idNumber }).from(user).innerJoin(profile, eq(profile.userId, user.id)).where(eq(user.id, world.final.id));
    expect(person).toEqual({ email: `anonymised-${world.final.id.toLowerCase()}@anonymised.invalid`, name: ANONYMISED_NAME, fullName: ANONYMISED_NAME, idNumber: null });
    expect(await handle.db.select().from(session).where(eq(session.userId, world.final.id))).toEqual([]);
    expect(await handle.db.select().from(lessonProgress).where(eq(lessonProgress.learnerId, world.final.id))).toEqual([]);
    const auth = createAuth(handle.db, randomBytes(32).toString('hex'));
    await expect(auth.api.signInEmail({ body: { email: world.final.email, password: PASSWORD } })).rejects.toThrow();
    const [after] = await handle.db.select().from(recordSnapshot).innerJoin(enrolment, eq(enrolment.id, recordSnapshot.enrolmentId)).where(eq(enrolment.learnerId, world.final.id));
    expect(after?.record_snapshot).toEqual(before?.record_snapshot);
    expect(after && snapshotIntact(after.record_snapshot)).toBe(true);
    expect(after?.record_snapshot.canonicalJson).toContain('Carmen Jacobs');
    // The other learner is untouched.
    expect((await handle.db.select({ name: profile.fullName }).from(profile).where(eq(profile.userId, world.open.id)))[0]?.name).toBe('Dumisani Ndlovu');
    const audited = await handle.db.select({ type: auditEvent.type, actorId: auditEvent.actorId }).from(auditEvent).where(eq(auditEvent.subjectId, world.final.id));
    expect(audited).toContainEqual({ type: 'learner.anonymised', actorId: world.admin.id });
    await expect(anonymiseLearner(handle.db, world.admin, world.final.id, ANONYMISED_NAME)).rejects.toThrow('This learner is already anonymised.');
  });

  test(`${kind}: a learner without a final record is erased with every row about them, their file goes with the next sweep, and another learner's data stays`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const store = localDiskStore(path.join(folder, `${kind}-erase`));
    const world = await dataRightsWorld(handle, store, content, deps, { final: 'Elsa Botha', open: 'Fikile Mthembu' });
    await expect(eraseLearner(handle.db, world.admin, world.open.id, 'Elsa Botha')).rejects.toThrow("Type the learner's full name, Fikile Mthembu, exactly as shown to confirm.");

    const erased = await eraseLearner(handle.db, world.admin, world.open.id, 'Fikile Mthembu');
    expect(erased).toEqual({ fullName: 'Fikile Mthembu', enrolments: 1, attempts: 1, recordings: 0 });

    const left = await collectLearnerData(handle.db, world.open.id);
    expect(Object.entries(left.sections).filter(([name, rows]) => name !== 'auditEvents' && rows.length > 0)).toEqual([]);
    expect(await handle.db.select().from(submission).where(eq(submission.id, world.open.submissionId))).toEqual([]);
    expect(await handle.db.select().from(evidenceFile).where(eq(evidenceFile.submissionId, world.open.submissionId))).toEqual([]);
    const kept = await collectLearnerData(handle.db, world.final.id);
    expect(kept.sections.assessmentAttempts).toHaveLength(1);
    expect(kept.files).toHaveLength(1);

    const swept = await sweepUnreferencedObjects(handle.db, store, { olderThan: 0, now: new Date(Date.now() + 1000) });
    expect(swept.deleted).toEqual([world.open.storageKey]);
    expect(Buffer.from(await store.read(world.final.storageKey))).toEqual(Buffer.from(world.final.evidenceBytes));
    const audited = await handle.db
      .select({ type: auditEvent.type, data: auditEvent.data })
      .from(auditEvent)
      .where(or(eq(auditEvent.subjectId, world.open.id), inArray(auditEvent.type, ['learner.erased'])));
    expect(audited).toContainEqual({ type: 'learner.erased', data: { enrolments: 1, attempts: 1, recordings: 0 } });
  });
}
