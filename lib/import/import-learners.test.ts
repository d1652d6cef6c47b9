import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { person } from '@/lib/assessment/testing/fixtures';
import { createCohort } from '@/lib/cohorts/cohorts';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, enrolment, job, learnerImport, profile, user } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { syntheticIdNumber as idNumberFor } from '@/lib/identity/testing/sa-id-numbers';
import { ImportRuleError, previewImport, runImport, saveImportUpload } from '@/lib/import/import-learners';
import { findUsableLink } from '@/lib/users/password-links';

const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

const NO_MAIL = { configured: false, baseUrl: 'https://course.example.co.za' };
const MAIL = { configured: true, baseUrl: 'https://course.example.co.za' };

for (const kind of TEST_DATABASE_KINDS) {
  const handleOf = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };
  const adminOf = async (name: string) => ({ id: await person(handleOf(), name, 'admin'), role: 'admin' as const });

  test(`${kind}: a file with a bad row previews every row's result and imports nothing, all or nothing`, async () => {
    const { db } = handleOf();
    const admin = await adminOf('Import Admin One');
    const csv = ['Full name;E-mail;ID number', `Good Learner;good-${kind}@example.co.za;${idNumberFor(1)}`, `Bad Learner;bad-${kind}@example.co.za;1234`].join('\n');
    const importId = await saveImportUpload(db, admin.id, 'intake.csv', csv);
    const { preview } = await previewImport(db, importId, admin.id);
    expect(preview.rows.map((row) => [row.line, row.problems.map((problem) => problem.field)])).toEqual([
      [2, []],
      [3, ['idNumber']],
    ]);
    expect(preview.importable).toBe(false);
    await expect(runImport(db, admin, importId, NO_MAIL)).rejects.toThrow('1 row cannot be imported. Nothing was imported: correct the file and upload it again.');
    expect(await db.select({ id: user.id }).from(user).where(eq(user.email, `good-${kind}@example.co.za`))).toEqual([]);
  });

  test(`${kind}: an import creates each learner with their cohort and assessor, an invitation link that works, and an audit event each; it runs once`, async () => {
    const { db } = handleOf();
    const admin = await adminOf('Import Admin Two');
    const assessor = await person(handleOf(), 'Import Assessor', 'assessor', 'REG-I1');
    const [assessorRow] = await db.select({ email: user.email }).from(user).where(eq(user.id, assessor));
    const cohortId = await createCohort(db, admin, { name: `Import cohort ${kind}`, startsOn: '2027-02-01', endsOn: '2027-07-31' });
    const csv = [
      '\uFEFFFull name,E-mail,ID number,Passport number,Passport country,Cohort,Assessor',
      `Lindiwe Zulu,lindiwe-${kind}@example.co.za,${idNumberFor(2)},,,Import cohort ${kind},${assessorRow?.email}`,
      `Tendai Moyo,tendai-${kind}@example.co.za,,FN${kind === 'pglite' ? '1' : '2'}23456,Zimbabwe,,`,
    ].join('\r\n');
    const importId = await saveImportUpload(db, admin.id, 'intake.csv', csv);
    const outcome = await runImport(db, admin, importId, NO_MAIL);
    expect(outcome).toMatchObject({ learners: 2, invitations: 'handed-out' });
    expect(outcome.links.map((link) => link.email)).toEqual([`lindiwe-${kind}@example.co.za`, `tendai-${kind}@example.co.za`]);

    const [lindiwe] = await db
      .select({ id: user.id, fullName: profile.fullName, idNumber: profile.idNumber, cohortId: enrolment.cohortId, assessorId: enrolment.assessorId })
      .from(user)
      .innerJoin(profile, eq(profile.userId, user.id))
      .innerJoin(enrolment, eq(enrolment.learnerId, user.id))
      .where(eq(user.email, `lindiwe-${kind}@example.co.za`));
    expect(lindiwe).toMatchObject({ fullName: 'Lindiwe Zulu', idNumber: idNumberFor(2), cohortId, assessorId: assessor });
    const token = outcome.links[0]?.url.split('/').pop() ?? '';
    expect(await findUsableLink(db, token)).toMatchObject({ userId: lindiwe?.id, purpose: 'invitation' });

    const invited = await db.select().from(auditEvent).where(eq(auditEvent.subjectId, lindiwe?.id ?? ''));
    expect(invited.map((event) => event.type)).toEqual(['user.invited']);
    const [stored] = await db.select().from(learnerImport).where(eq(learnerImport.id, importId));
    expect(stored?.importedAt).not.toBeNull();
    expect(stored?.content).toBe('');
    await expect(runImport(db, admin, importId, NO_MAIL)).rejects.toBeInstanceOf(ImportRuleError);
  });

  test(`${kind}: with mail set up, each learner's invitation is queued as a job and no link is handed back`, async () => {
    const { db } = handleOf();
    const admin = await adminOf('Import Admin Three');
    const csv = ['name,email,id number', `Mail One,mail-one-${kind}@example.co.za,${idNumberFor(3)}`, `Mail Two,mail-two-${kind}@example.co.za,${idNumberFor(4)}`].join('\n');
    const outcome = await runImport(db, admin, await saveImportUpload(db, admin.id, 'mail.csv', csv), MAIL);
    expect(outcome).toMatchObject({ learners: 2, invitations: 'mailed', links: [] });
    const ids = (await db.select({ id: user.id }).from(user).where(inArray(user.email, [`mail-one-${kind}@example.co.za`, `mail-two-${kind}@example.co.za`]))).map((row) => row.id);
    const jobs = (await db.select({ payload: job.payload }).from(job).where(eq(job.kind, 'mail'))).map((row) => row.payload as { type: string; to?: string; token?: string });
    const invitations = jobs.filter((payload) => payload.type === 'password-link' && ids.includes(payload.to ?? ''));
    expect(invitations).toHaveLength(2);
    expect(invitations.every((payload) => typeof payload.token === 'string' && payload.token.length === 43)).toBe(true);
  });

  test(`${kind}: a second file naming a learner who now exists is refused by the preview`, async () => {
    const { db } = handleOf();
    const admin = await adminOf('Import Admin Four');
    const csv = ['name,email,id number', `Again,again-${kind}@example.co.za,${idNumberFor(5)}`].join('\n');
    await runImport(db, admin, await saveImportUpload(db, admin.id, 'first.csv', csv), NO_MAIL);
    const { preview } = await previewImport(db, await saveImportUpload(db, admin.id, 'second.csv', csv), admin.id);
    expect(preview.rows[0]?.problems.map((problem) => problem.field).sort()).toEqual(['email', 'idNumber']);
  });

  test(`${kind}: 5,000 learners preview and import in one step within a minute`, async () => {
    const { db } = handleOf();
    const admin = await adminOf('Import Admin Bulk');
    const rows = Array.from({ length: 5000 }, (_, n) => `Bulk Learner ${n},bulk-${kind}-${n}@example.co.za,${idNumberFor(10_000 + n)}`);
    const csv = ['Full name,E-mail,ID number', ...rows].join('\n');
    const before = process.memoryUsage();
    let heapPeak = before.heapUsed;
    let rssPeak = before.rss;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      heapPeak = Math.max(heapPeak, now.heapUsed);
      rssPeak = Math.max(rssPeak, now.rss);
    }, 20);
    const started = performance.now();
    const importId = await saveImportUpload(db, admin.id, 'bulk.csv', csv);
    const { preview } = await previewImport(db, importId, admin.id);
    const previewed = performance.now();
    expect(preview.validCount).toBe(5000);
    const outcome = await runImport(db, admin, importId, NO_MAIL);
    const imported = performance.now();
    clearInterval(sampler);
    expect(outcome.learners).toBe(5000);
    const [{ value } = { value: 0 }] = await db.select({ value: count() }).from(user).where(inArray(user.email, [`bulk-${kind}-0@example.co.za`, `bulk-${kind}-4999@example.co.za`]));
    expect(value).toBe(2);
    expect(imported - started).toBeLessThan(60_000);
    console.info(`${kind}: 5,000 learners — upload and preview ${Math.round(previewed - started)} ms, import ${Math.round(imported - previewed)} ms, JavaScript heap at most +${Math.round((heapPeak - before.heapUsed) / 1048576)} MB, process memory at most +${Math.round((rssPeak - before.rss) / 1048576)} MB`);
  }, 120_000);
}
