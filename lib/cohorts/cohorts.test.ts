import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { person } from '@/lib/assessment/testing/fixtures';
import { NewCohortSchema } from '@/lib/cohorts/cohort-schema';
import { CohortRuleError, cohortsOfAssessor, createCohort, listCohorts } from '@/lib/cohorts/cohorts';
import { listLearners } from '@/lib/cohorts/learner-list';
import { moveLearners } from '@/lib/cohorts/move-learners';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, enrolment } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';

const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

test('a cohort needs a name and real dates, and cannot end before it starts', () => {
  expect(NewCohortSchema.safeParse({ name: 'February 2027 intake', startsOn: '2027-02-01', endsOn: '2027-06-30' }).success).toBe(true);
  const backwards = NewCohortSchema.safeParse({ name: 'Backwards', startsOn: '2027-06-30', endsOn: '2027-02-01' });
  expect(backwards.error?.issues[0]).toMatchObject({ path: ['endsOn'], message: 'The end date cannot be before the start date' });
  expect(NewCohortSchema.safeParse({ name: 'Odd', startsOn: '2027-02-30', endsOn: '2027-03-01' }).error?.issues[0]?.message).toBe('The start date is not a real date');
  expect(NewCohortSchema.safeParse({ name: 'X', startsOn: '2027-02-01', endsOn: '2027-03-01' }).error?.issues[0]?.message).toBe('A cohort name has at least 2 characters');
});

for (const kind of TEST_DATABASE_KINDS) {
  const handleOf = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: cohort names are unique whatever their capitals, and the list counts each cohort's learners and assessors`, async () => {
    const handle = handleOf();
    const admin = { id: await person(handle, 'Cohort Admin', 'admin'), role: 'admin' as const };
    const cohortId = await createCohort(handle.db, admin, { name: 'Durban March 2027', startsOn: '2027-03-01', endsOn: '2027-08-31' });
    await expect(createCohort(handle.db, admin, { name: 'durban MARCH 2027', startsOn: '2027-03-01', endsOn: '2027-08-31' })).rejects.toMatchObject({ field: 'name' });
    const assessor = await person(handle, 'Cohort Assessor', 'assessor', 'REG-C1');
    const learners = [await person(handle, 'Cohort Learner One', 'learner'), await person(handle, 'Cohort Learner Two', 'learner')];
    await moveLearners(handle.db, admin, learners, { cohortId, assessorId: assessor });
    const listed = (await listCohorts(handle.db)).find((row) => row.id === cohortId);
    expect(listed).toMatchObject({ name: 'Durban March 2027', startsOn: '2027-03-01', endsOn: '2027-08-31', learners: 2, assessors: 1 });
    expect(await cohortsOfAssessor(handle.db, assessor)).toEqual([{ id: cohortId, name: 'Durban March 2027' }]);
    const [created] = await handle.db.select().from(auditEvent).where(eq(auditEvent.type, 'cohort.created')).orderBy(auditEvent.id);
    expect(created?.actorId).toBe(admin.id);
  });

  test(`${kind}: learners are found by any part of their name or e-mail address in any case, and % or _ in the search are plain characters`, async () => {
    const handle = handleOf();
    const ids = [await person(handle, 'Zanele Search_Mokoena', 'learner'), await person(handle, 'Zandile Searchmokoena', 'learner')];
    const found = await listLearners(handle.db, { search: 'search_MOK' }, 0);
    expect(found.rows.map((row) => row.learnerId)).toEqual([ids[0]]);
    expect(found.total).toBe(1);
    expect((await listLearners(handle.db, { search: '  zan ' }, 0)).rows.map((row) => row.fullName)).toEqual(['Zandile Searchmokoena', 'Zanele Search_Mokoena']);
    expect((await listLearners(handle.db, { search: 'zanelesearch_mokoena-' }, 0)).total).toBe(1);
    expect((await listLearners(handle.db, { search: '%' }, 0)).total).toBe(0);
  });

  test(`${kind}: a bulk move changes every chosen learner in one step, with an audit event per learner per change, and leaves what it was not asked to change`, async () => {
    const handle = handleOf();
    const admin = { id: await person(handle, 'Move Admin', 'admin'), role: 'admin' as const };
    const from = await createCohort(handle.db, admin, { name: `From ${kind}`, startsOn: '2027-01-01', endsOn: '2027-06-30' });
    const to = await createCohort(handle.db, admin, { name: `To ${kind}`, startsOn: '2027-07-01', endsOn: '2027-12-31' });
    const first = await person(handle, 'Move Assessor One', 'assessor', 'REG-M1');
    const second = await person(handle, 'Move Assessor Two', 'assessor', 'REG-M2');
    const learners = [await person(handle, 'Mover A', 'learner'), await person(handle, 'Mover B', 'learner'), await person(handle, 'Mover C', 'learner')];
    await moveLearners(handle.db, admin, learners, { cohortId: from, assessorId: first });
    const before = await handle.db.select({ id: auditEvent.id }).from(auditEvent);

    expect(await moveLearners(handle.db, admin, learners, { assessorId: second })).toEqual({ changed: 3 });
    const rows = await handle.db.select({ cohortId: enrolment.cohortId, assessorId: enrolment.assessorId }).from(enrolment).where(inArray(enrolment.learnerId, learners));
    expect(rows).toEqual(learners.map(() => ({ cohortId: from, assessorId: second })));
    const events = (await handle.db.select().from(auditEvent)).slice(before.length);
    expect(events.map((event) => event.type)).toEqual(['enrolment.assessor_assigned', 'enrolment.assessor_assigned', 'enrolment.assessor_assigned']);
    expect(events[0]?.data).toEqual({ assessorId: second, previousAssessorId: first });

    expect(await moveLearners(handle.db, admin, learners, { cohortId: to, assessorId: second })).toEqual({ changed: 3 });
    expect(await moveLearners(handle.db, admin, learners, { cohortId: to })).toEqual({ changed: 0 });
  });

  test(`${kind}: a bulk move with anyone who is not a learner, an unknown cohort or a non-assessor moves nobody`, async () => {
    const handle = handleOf();
    const admin = { id: await person(handle, 'Refusing Admin', 'admin'), role: 'admin' as const };
    const learner = await person(handle, 'Refused Learner', 'learner');
    const moderator = await person(handle, 'Not An Assessor', 'moderator', 'REG-X');
    const cohortId = await createCohort(handle.db, admin, { name: `Refusals ${kind}`, startsOn: '2027-01-01', endsOn: '2027-02-01' });
    await expect(moveLearners(handle.db, admin, [learner, moderator], { cohortId })).rejects.toThrow('1 of the chosen people are not enrolled learners; nothing was moved.');
    await expect(moveLearners(handle.db, admin, [learner], { cohortId: 'no-such-cohort' })).rejects.toThrow('That cohort does not exist.');
    await expect(moveLearners(handle.db, admin, [learner], { assessorId: moderator })).rejects.toThrow('Choose a user whose role is assessor.');
    await expect(moveLearners(handle.db, admin, [], { cohortId })).rejects.toBeInstanceOf(CohortRuleError);
    const [row] = await handle.db.select({ cohortId: enrolment.cohortId }).from(enrolment).where(eq(enrolment.learnerId, learner));
    expect(row?.cohortId).toBeNull();
  });
}
