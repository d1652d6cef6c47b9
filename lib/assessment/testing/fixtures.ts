import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { parse } from 'yaml';
import type { JudgementRules } from '@/lib/assessing/record-judgement';
import { findItem } from '@/lib/assessment/find-item';
import { type LoadedAssessment, loadAssessment } from '@/lib/assessment/load-assessment';
import { saveAnswer } from '@/lib/assessment/save-answer';
import { startAttempt } from '@/lib/assessment/start-attempt';
import { submitAttempt } from '@/lib/assessment/submit-attempt';
import { modelResponse } from '@/lib/assessment/testing/model-answers';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { enrolment, evidence, submissionItem } from '@/lib/db/schema';
import { SufficiencyFileSchema } from '@/lib/portfolio/sufficiency-schema';
import type { Role } from '@/lib/db/schema/people';
import { syncProgress } from '@/lib/progress/progress-store-db';
import { createAccount } from '@/lib/users/create-account';

export const FIXTURE_LESSONS = ['01-a', '02-b'];
export const ALL_ACS = ['AC1.1', 'AC1.2', 'AC1.3', 'AC1.4', 'AC2.1', 'AC2.2', 'AC2.3', 'AC2.4', 'AC3.1', 'AC3.2', 'AC3.3', 'AC3.4'];
export const PASSWORD = 'a-long-password';

function readCriteria(): JudgementRules['criteria'] {
  const outcomes = parse(readFileSync(path.resolve('content/outcomes.yml'), 'utf8')) as { outcomes: { criteria: { code: string; text: string }[] }[] };
  return outcomes.outcomes.flatMap((outcome) => outcome.criteria.map(({ code, text }) => ({ code, text })));
}

/** The course's real criteria and sufficiency rules, as every judgement is checked against them. */
export const RULES: JudgementRules = {
  criteria: readCriteria(),
  sufficiency: SufficiencyFileSchema.parse(parse(readFileSync(path.resolve('content/practical/sufficiency.yml'), 'utf8'))),
};

/**
 * A learner's practical evidence, enough with a submitted attempt for every rule: a signed phone
 * observation and an in-person witness testimony, each claiming every criterion.
 */
export async function givePracticalEvidence(handle: DatabaseHandle, learnerId: string): Promise<void> {
  const [enrolled] = await handle.db.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.learnerId, learnerId));
  if (!enrolled) throw new Error('not enrolled');
  const common = { enrolmentId: enrolled.id, learnerId, criteria: ALL_ACS, state: 'signed' as const, occurredAt: new Date() };
  await handle.db.insert(evidence).values([
    { ...common, id: randomUUID(), method: 'observation', channel: 'phone', title: 'Observed call', attesterRole: 'assessor', attesterName: 'An assessor' },
    { ...common, id: randomUUID(), method: 'witness', channel: 'in-person', title: 'Supervisor testimony', attesterRole: 'witness', attesterName: 'A supervisor' },
  ]);
}

export async function loadRealAssessment(): Promise<LoadedAssessment> {
  const loaded = await loadAssessment(path.resolve('content'), new Set(ALL_ACS));
  if (!loaded.assessment) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return loaded.assessment;
}

let counter = 0;

export async function person(handle: DatabaseHandle, fullName: string, role: Role, registrationNumber: string | null = null): Promise<string> {
  counter += 1;
  return createAccount(
    handle.db,
    {
      email: `${fullName.replace(/\W/g, '').toLowerCase()}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.co.za`,
      password: PASSWORD,
      fullName,
      role,
      registrationNumber,
      identity: role === 'learner' ? { identityKind: 'sa-id', idNumber: '8001015009087' } : undefined,
    },
    null,
    'user.created',
  );
}

export async function finishLessons(handle: DatabaseHandle, learnerId: string): Promise<void> {
  const done = { openedAt: '2026-03-02T08:00:00.000Z', completedAt: '2026-03-02T09:00:00.000Z' };
  await syncProgress(handle.db, learnerId, { lessons: Object.fromEntries(FIXTURE_LESSONS.map((slug) => [slug, done])), answers: {} });
}

/**
 * Starts, fully answers and submits the learner's next attempt; returns its id. Unless told
 * otherwise, the learner's portfolio also holds practical evidence (once), so Competent can be signed.
 */
export async function submittedAttempt(handle: DatabaseHandle, assessment: LoadedAssessment, learnerId: string, fullName: string, options = { practicalEvidence: true }): Promise<string> {
  if (options.practicalEvidence) {
    const held = await handle.db.select({ id: evidence.id }).from(evidence).where(eq(evidence.learnerId, learnerId)).limit(1);
    if (held.length === 0) await givePracticalEvidence(handle, learnerId);
  }
  const id = await startAttempt(handle.db, learnerId, assessment, { lessonSlugs: FIXTURE_LESSONS });
  const items = await handle.db.select().from(submissionItem).where(eq(submissionItem.submissionId, id));
  for (const item of items) {
    const question = findItem(assessment, item.itemKey);
    if (!question) throw new Error(`missing ${item.itemKey}`);
    await saveAnswer(handle.db, learnerId, assessment, id, item.itemKey, modelResponse(question));
  }
  await submitAttempt(handle.db, learnerId, assessment, id, fullName);
  return id;
}
