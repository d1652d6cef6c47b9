import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { courseIdentity } from '@/lib/xapi/course-identity';
import type { LearningEvent } from '@/lib/xapi/learning-events';
import { statementFor } from '@/lib/xapi/statements';
import { statementProblems } from '@/lib/xapi/testing/independent-validator';

const SITE = { baseUrl: 'https://course.example.co.za', course: courseIdentity() };
const at = '2026-03-02T08:15:30.250+02:00';

/** One of every learning event the course sends, with each outcome a judgement or record can have. */
const EVERY_EVENT: LearningEvent[] = [
  { type: 'lesson.opened', learnerId: 'learner-1', lessonSlug: '05-escalating-problems', at },
  { type: 'lesson.completed', learnerId: 'learner-1', lessonSlug: '05-escalating-problems', at },
  { type: 'question.answered', learnerId: 'learner-1', quizId: 'escalation-check', questionId: 'esc-ownership', score: 1, attempts: 2, at },
  { type: 'question.answered', learnerId: 'learner-1', quizId: 'escalation-check', questionId: 'esc-steps-order', score: 0.5, attempts: 1, at },
  { type: 'question.answered', learnerId: 'learner-1', quizId: 'escalation-check', questionId: 'esc-write-message', score: null, attempts: 1, at },
  { type: 'attempt.submitted', learnerId: 'learner-1', submissionId: 'submission-1', attemptNumber: 1, at },
  { type: 'judgement.signed', learnerId: 'learner-1', assessorId: 'assessor-1', submissionId: 'submission-1', attemptNumber: 1, outcome: 'not_yet_competent', criteriaMet: 9, criteriaTotal: 12, at },
  { type: 'judgement.signed', learnerId: 'learner-1', assessorId: 'assessor-1', submissionId: 'submission-2', attemptNumber: 2, outcome: 'competent', criteriaMet: 12, criteriaTotal: 12, at },
  { type: 'record.final', learnerId: 'learner-1', submissionId: 'submission-2', outcome: 'competent', verificationCode: 'K7Q2-9XRM', at },
  { type: 'record.final', learnerId: 'learner-1', submissionId: 'submission-3', outcome: 'not_yet_competent', verificationCode: 'P3WD-4HNA', at },
];

test('every statement the course can send is valid xAPI 1.0.3 to an independent validator', () => {
  for (const event of EVERY_EVENT) {
    const statement = statementFor(event, randomUUID(), SITE);
    expect(statementProblems(statement), `${event.type}: ${JSON.stringify(statement)}`).toEqual([]);
  }
});

test('the validator is not a rubber stamp: a statement without a verb or with a bad timestamp is refused', () => {
  const statement = statementFor(EVERY_EVENT[0] as LearningEvent, randomUUID(), SITE);
  expect(statementProblems({ ...statement, verb: undefined }).length).toBeGreaterThan(0);
  expect(statementProblems({ ...statement, timestamp: 'yesterday' }).length).toBeGreaterThan(0);
});

test('people are accounts on the site named by user id: no name, e-mail address or ID number ever leaves', () => {
  const statement = statementFor(EVERY_EVENT[7] as LearningEvent, randomUUID(), SITE);
  expect(statement.actor).toEqual({ objectType: 'Agent', account: { homePage: SITE.baseUrl, name: 'learner-1' } });
  expect((statement.context as { instructor: unknown }).instructor).toEqual({ objectType: 'Agent', account: { homePage: SITE.baseUrl, name: 'assessor-1' } });
  expect(JSON.stringify(statement)).not.toMatch(/mbox|@|"name":"[A-Z]/);
});

test('a judgement reports the criteria met as a score and Competent as passed; a final record links to its verification page', () => {
  const signed = statementFor(EVERY_EVENT[6] as LearningEvent, 'b6c1b0c4-6f1e-4f57-9f7e-3f1f9f5c2a10', SITE);
  expect(signed).toMatchObject({ id: 'b6c1b0c4-6f1e-4f57-9f7e-3f1f9f5c2a10', verb: { id: 'http://adlnet.gov/expapi/verbs/failed' }, result: { success: false, score: { raw: 9, min: 0, max: 12, scaled: 0.75 } } });
  const final = statementFor(EVERY_EVENT[8] as LearningEvent, randomUUID(), SITE);
  expect(final).toMatchObject({ verb: { id: 'http://adlnet.gov/expapi/verbs/passed' }, object: { id: `${SITE.baseUrl}/xapi/activities/${SITE.course.id}` }, result: { success: true, completion: true } });
  expect(JSON.stringify(final)).toContain(`${SITE.baseUrl}/verify/K7Q2-9XRM`);
});

test('the course is named as content/course.yml names it, so a second course needs no change here', () => {
  expect(courseIdentity()).toEqual({ id: 'us114052-customer-care', title: 'Customer care in IT support, working to an SLA' });
  const statement = statementFor(EVERY_EVENT[1] as LearningEvent, randomUUID(), SITE);
  expect(JSON.stringify(statement)).toContain('"grouping":[{"objectType":"Activity","id":"https://course.example.co.za/xapi/activities/us114052-customer-care"');
});
