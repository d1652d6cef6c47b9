import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readSubmissionForAssessor } from '@/lib/assessing/read-for-assessor';
import { findItem } from '@/lib/assessment/find-item';
import { type LoadedAssessment, loadAssessment } from '@/lib/assessment/load-assessment';
import { saveAnswer } from '@/lib/assessment/save-answer';
import { startAttempt } from '@/lib/assessment/start-attempt';
import { submitAttempt } from '@/lib/assessment/submit-attempt';
import { modelResponse } from '@/lib/assessment/testing/model-answers';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { submissionItem } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { syncProgress } from '@/lib/progress/progress-store-db';
import { onProviderCalendar } from '@/lib/quiz/clock-answer';
import { providerCalendar } from '@/lib/settings/provider-calendar';
import { readSettings, updateSettings } from '@/lib/settings/settings-store';
import { createAccount } from '@/lib/users/create-account';

const LESSONS = ['01-a'];
let assessment: LoadedAssessment;
const handles = new Map<string, DatabaseHandle>();

beforeAll(async () => {
  const acs = ['AC1.1', 'AC1.2', 'AC1.3', 'AC1.4', 'AC2.1', 'AC2.2', 'AC2.3', 'AC2.4', 'AC3.1', 'AC3.2', 'AC3.3', 'AC3.4'];
  const loaded = await loadAssessment(path.resolve('content'), new Set(acs));
  if (!loaded.assessment) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  assessment = loaded.assessment;
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
  // Loading the real content and opening two databases can take a while on a busy machine.
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: a triage due time is marked on the provider's calendar, and the assessor sees that key`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const { db } = handle;
    const learnerId = await createAccount(db, { email: `calendar-${kind}@example.co.za`, password: 'a-long-password', fullName: 'Thandiwe Mthethwa', role: 'learner', identity: { identityKind: 'sa-id', idNumber: '8001015009087' } }, null, 'user.signed_up');
    await syncProgress(db, learnerId, { lessons: { '01-a': { openedAt: '2026-03-02T08:00:00.000Z', completedAt: '2026-03-02T09:00:00.000Z' } }, answers: {} });
    const adminId = await createAccount(db, { email: `calendar-admin-${kind}@example.co.za`, password: 'a-long-password', fullName: 'Admin Person', role: 'admin' }, null, 'admin.created');
    const id = await startAttempt(db, learnerId, assessment, { lessonSlugs: LESSONS });
    const rows = await db.select().from(submissionItem).where(eq(submissionItem.submissionId, id));

    // Every draw holds an AC2.3 item, and every AC2.3 triage item is a due time with clock facts.
    const dueRow = rows.find((row) => findItem(assessment, row.itemKey)?.type === 'datetime');
    const dueItem = dueRow ? findItem(assessment, dueRow.itemKey) : null;
    if (!dueRow || dueItem?.type !== 'datetime') throw new Error('the draw holds no due-time item');

    // The provider closes on the day the course's key falls due, so the key must move.
    const closedDay = dueItem.answer.slice(0, 10);
    await updateSettings(db, null, { closedDates: [{ date: closedDay, name: 'Provider shutdown' }] });
    const calendar = providerCalendar(await readSettings(db));
    const providerKey = onProviderCalendar(dueItem, calendar);
    expect(providerKey.answer).not.toBe(dueItem.answer);
    expect(providerKey.answer > dueItem.answer).toBe(true);

    for (const row of rows) {
      const question = findItem(assessment, row.itemKey);
      if (!question) throw new Error(`missing ${row.itemKey}`);
      const answer = row.itemKey === dueRow.itemKey ? { type: 'datetime' as const, value: providerKey.answer } : modelResponse(question);
      await saveAnswer(db, learnerId, assessment, id, row.itemKey, answer);
    }
    await submitAttempt(db, learnerId, assessment, id, 'Thandiwe Mthethwa');
    const [marked] = await db.select().from(submissionItem).where(eq(submissionItem.itemKey, dueRow.itemKey));
    expect(marked?.autoScore).toBe(1);

    const view = await readSubmissionForAssessor(db, { id: adminId, role: 'admin' }, assessment, id);
    const shown = view?.items.find((item) => item.itemKey === dueRow.itemKey)?.question;
    expect(shown?.type === 'datetime' && shown.answer).toBe(providerKey.answer);
    expect(shown?.type === 'datetime' && shown.explanation).toContain(`also closed on ${closedDay}`);
    await updateSettings(db, null, { closedDates: [] });
  });
}
