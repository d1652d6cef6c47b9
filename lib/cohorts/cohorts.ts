import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { type Actor, writeAudit } from '@/lib/audit/write-audit';
import type { NewCohort } from '@/lib/cohorts/cohort-schema';
import type { Db } from '@/lib/db/open-database';
import { cohort, enrolment } from '@/lib/db/schema';

export class CohortRuleError extends Error {
  constructor(
    message: string,
    readonly field: 'name' | null = null,
  ) {
    super(message);
    this.name = 'CohortRuleError';
  }
}

export type CohortSummary = { id: string; name: string; startsOn: string; endsOn: string; learners: number; assessors: number };

/** Creates a cohort, audited; names are unique whatever their capitals, so an import's "cohort" column is never ambiguous. */
export async function createCohort(db: Db, actor: Actor, input: NewCohort): Promise<string> {
  const id = randomUUID();
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: cohort.id }).from(cohort).where(sql`lower(${cohort.name}) = lower(${input.name})`);
    if (taken) throw new CohortRuleError(`A cohort named “${input.name}” already exists. Choose another name.`, 'name');
    await tx.insert(cohort).values({ id, name: input.name, startsOn: input.startsOn, endsOn: input.endsOn, createdBy: actor?.id ?? null });
    await writeAudit(tx, actor, null, { type: 'cohort.created', data: { cohortId: id, ...input } });
    return id;
  });
}

/** Every cohort, newest first by start date, with how many learners it holds and how many assessors they have between them. */
export async function listCohorts(db: Pick<Db, 'select'>): Promise<CohortSummary[]> {
  return db
    .select({
      id: cohort.id,
      name: cohort.name,
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
      learners: sql<number>`count(${enrolment.id})::int`,
      assessors: sql<number>`count(distinct ${enrolment.assessorId})::int`,
    })
    .from(cohort)
    .leftJoin(enrolment, eq(enrolment.cohortId, cohort.id))
    .groupBy(cohort.id)
    .orderBy(sql`${cohort.startsOn} desc`, asc(cohort.name));
}

/** The cohorts an assessor has learners in, for filtering their queue. */
export async function cohortsOfAssessor(db: Pick<Db, 'selectDistinct'>, assessorId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectDistinct({ id: cohort.id, name: cohort.name })
    .from(cohort)
    .innerJoin(enrolment, eq(enrolment.cohortId, cohort.id))
    .where(eq(enrolment.assessorId, assessorId))
    .orderBy(asc(cohort.name));
}
