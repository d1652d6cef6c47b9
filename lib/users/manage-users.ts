import { randomUUID } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import { type Actor, writeAudit } from '@/lib/audit/write-audit';
import { COURSE_ID, courseVersion } from '@/lib/content/course-version';
import type { Db } from '@/lib/db/open-database';
import { enrolment, profile } from '@/lib/db/schema';
import type { Role } from '@/lib/db/schema/people';
import { enrolmentClosedReason } from '@/lib/settings/course-dates';
import { readSettings } from '@/lib/settings/settings-store';

export class UserRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserRuleError';
  }
}

/** Changes a role; the last administrator cannot remove their own role, so the site is never locked. */
export async function setRole(db: Db, actor: Actor, userId: string, role: Role): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx.select({ role: profile.role }).from(profile).where(eq(profile.userId, userId)).for('update');
    if (!current) throw new UserRuleError('There is no such user.');
    if (current.role === role) return;
    if (current.role === 'admin') {
      const [others] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(profile)
        .where(and(eq(profile.role, 'admin'), ne(profile.userId, userId)));
      if (!others || others.count === 0) throw new UserRuleError('This is the only administrator: make another user an administrator first.');
    }
    if (role === 'learner') {
      const closed = enrolmentClosedReason(await readSettings(tx), new Date());
      if (closed) throw new UserRuleError(closed);
    }
    await tx.update(profile).set({ role, updatedAt: new Date() }).where(eq(profile.userId, userId));
    if (role === 'learner') {
      // A person who becomes a learner is enrolled, so they can be assigned and assessed.
      await tx.insert(enrolment).values({ id: randomUUID(), learnerId: userId, courseId: COURSE_ID, courseVersion: courseVersion() }).onConflictDoNothing();
    }
    await writeAudit(tx, actor, { type: 'user', id: userId }, { type: 'user.role_changed', data: { from: current.role, to: role } });
  });
}

/** Assigns a learner to an assessor (or removes the assignment with null). */
export async function assignAssessor(db: Db, actor: Actor, learnerId: string, assessorId: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ id: enrolment.id, assessorId: enrolment.assessorId }).from(enrolment).where(eq(enrolment.learnerId, learnerId)).for('update');
    if (!row) throw new UserRuleError('That user is not an enrolled learner.');
    if (assessorId !== null) {
      if (assessorId === learnerId) throw new UserRuleError('Nobody may assess their own work.');
      const [assessor] = await tx.select({ role: profile.role }).from(profile).where(eq(profile.userId, assessorId));
      if (assessor?.role !== 'assessor') throw new UserRuleError('Choose a user whose role is assessor.');
    }
    if (row.assessorId === assessorId) return;
    await tx.update(enrolment).set({ assessorId }).where(eq(enrolment.id, row.id));
    await writeAudit(tx, actor, { type: 'enrolment', id: row.id }, {
      type: 'enrolment.assessor_assigned',
      data: { assessorId, previousAssessorId: row.assessorId },
    });
  });
}
