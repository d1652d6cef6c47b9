import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/lib/db/open-database';
import { cohort, enrolment, profile, user } from '@/lib/db/schema';
import { nameOrEmailContains } from '@/lib/users/person-search';

/** Which learners to list: one cohort or assessor, those with none ('none'), or everyone (undefined). */
export type LearnerFilter = { cohortId?: string; assessorId?: string; /** Part of a name or e-mail address, any case. */ search?: string };

export type LearnerListRow = { learnerId: string; fullName: string; email: string; cohortName: string | null; assessorName: string | null };

export const LEARNER_PAGE_SIZE = 50;

const assessorProfile = alias(profile, 'assessor_profile');

function condition(filter: LearnerFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.cohortId) parts.push(filter.cohortId === 'none' ? isNull(enrolment.cohortId) : eq(enrolment.cohortId, filter.cohortId));
  if (filter.assessorId) parts.push(filter.assessorId === 'none' ? isNull(enrolment.assessorId) : eq(enrolment.assessorId, filter.assessorId));
  const search = nameOrEmailContains(filter.search);
  if (search) parts.push(search);
  return parts.length > 0 ? and(...parts) : undefined;
}

/** A page of enrolled learners in name order, with their cohort and assessor, and how many match in all. */
export async function listLearners(db: Db, filter: LearnerFilter, page: number): Promise<{ rows: LearnerListRow[]; total: number }> {
  const where = condition(filter);
  const [rows, [count]] = await Promise.all([
    db
      .select({ learnerId: enrolment.learnerId, fullName: profile.fullName, email: user.email, cohortName: cohort.name, assessorName: assessorProfile.fullName })
      .from(enrolment)
      .innerJoin(profile, eq(profile.userId, enrolment.learnerId))
      .innerJoin(user, eq(user.id, enrolment.learnerId))
      .leftJoin(cohort, eq(cohort.id, enrolment.cohortId))
      .leftJoin(assessorProfile, eq(assessorProfile.userId, enrolment.assessorId))
      .where(where)
      .orderBy(asc(profile.fullName), asc(profile.userId))
      .limit(LEARNER_PAGE_SIZE)
      .offset(page * LEARNER_PAGE_SIZE),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(enrolment)
      .innerJoin(profile, eq(profile.userId, enrolment.learnerId))
      .innerJoin(user, eq(user.id, enrolment.learnerId))
      .where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** Everyone whose role is assessor, for choosing one. */
export async function listAssessors(db: Db): Promise<{ id: string; name: string }[]> {
  return db.select({ id: profile.userId, name: profile.fullName }).from(profile).where(eq(profile.role, 'assessor')).orderBy(asc(profile.fullName));
}
