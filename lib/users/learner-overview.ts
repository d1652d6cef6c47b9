import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/lib/db/open-database';
import { enrolment, lessonProgress, profile, user } from '@/lib/db/schema';

export type LearnerSummary = {
  learnerId: string;
  fullName: string;
  email: string;
  lessonsCompleted: number;
  lastActivity: Date | null;
  assessorName: string | null;
};

const assessorProfile = alias(profile, 'assessor_profile');

/** Learners with their progress, a page at a time; scoped to one assessor's assignments when `assessorId` is given. */
export async function learnerSummaries(db: Db, scope: { assessorId: string } | { learnerId: string } | 'all', page: { limit: number; offset: number } = { limit: 50, offset: 0 }): Promise<LearnerSummary[]> {
  const where =
    scope === 'all'
      ? undefined
      : 'assessorId' in scope
        ? eq(enrolment.assessorId, scope.assessorId)
        : eq(enrolment.learnerId, scope.learnerId);
  return db
    .select({
      learnerId: enrolment.learnerId,
      fullName: profile.fullName,
      email: user.email,
      lessonsCompleted: sql<number>`(select count(*)::int from ${lessonProgress} where ${and(eq(lessonProgress.learnerId, enrolment.learnerId), isNotNull(lessonProgress.completedAt))})`,
      lastActivity: sql<Date | null>`(select max(greatest(${lessonProgress.openedAt}, ${lessonProgress.completedAt})) from ${lessonProgress} where ${eq(lessonProgress.learnerId, enrolment.learnerId)})`.mapWith((value: string | Date | null) => (value === null ? null : new Date(value))),
      assessorName: assessorProfile.fullName,
    })
    .from(enrolment)
    .innerJoin(profile, eq(profile.userId, enrolment.learnerId))
    .innerJoin(user, eq(user.id, enrolment.learnerId))
    .leftJoin(assessorProfile, eq(assessorProfile.userId, enrolment.assessorId))
    .where(where)
    .orderBy(profile.fullName, profile.userId)
    .limit(page.limit)
    .offset(page.offset);
}

export async function assignedLearnerCount(db: Db, assessorId: string): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(enrolment).where(eq(enrolment.assessorId, assessorId));
  return row?.count ?? 0;
}
