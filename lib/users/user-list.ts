import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import { enrolment, profile, user } from '@/lib/db/schema';
import type { Role } from '@/lib/db/schema/people';
import { nameOrEmailContains } from '@/lib/users/person-search';

export type UserRow = {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  registrationNumber: string | null;
  assessorId: string | null;
  createdAt: Date;
};

/** Which users to list: one role or every role, and part of a name or e-mail address in any case. */
export type UserFilter = { role?: Role; search?: string };

/** A page stays small enough to render and hydrate at once however many learners a provider imports. */
export const USER_PAGE_SIZE = 50;

function condition(filter: UserFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.role) parts.push(eq(profile.role, filter.role));
  const search = nameOrEmailContains(filter.search);
  if (search) parts.push(search);
  return parts.length > 0 ? and(...parts) : undefined;
}

/** A page of users in name order, with a learner's assessor, and how many match in all. */
export async function listUsers(db: Db, filter: UserFilter, page: number): Promise<{ rows: UserRow[]; total: number }> {
  const where = condition(filter);
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: user.id,
        email: user.email,
        fullName: profile.fullName,
        role: profile.role,
        registrationNumber: profile.registrationNumber,
        assessorId: enrolment.assessorId,
        createdAt: user.createdAt,
      })
      .from(user)
      .innerJoin(profile, eq(profile.userId, user.id))
      .leftJoin(enrolment, eq(enrolment.learnerId, user.id))
      .where(where)
      .orderBy(asc(profile.fullName), asc(user.id))
      .limit(USER_PAGE_SIZE)
      .offset(page * USER_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(user).innerJoin(profile, eq(profile.userId, user.id)).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}
