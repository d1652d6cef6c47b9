import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { enrolment, profile, recordSnapshot, submission, user } from '@/lib/db/schema';
import { isAnonymised } from '@/lib/privacy/erase-learner';
import { inModerationSample } from '@/lib/privacy/learner-data';

/** What decides which data right applies to a learner: erase while nothing must be kept, else anonymise. */
export type LearnerStanding = {
  id: string;
  fullName: string;
  email: string;
  anonymised: boolean;
  attempts: number;
  finalRecords: { version: number; verificationCode: string; createdAt: Date }[];
  inModerationSample: boolean;
  /** Which of the two the provider may do: the other is refused by the same rules in erase-learner.ts. */
  right: 'erase' | 'anonymise' | 'none';
};

export async function learnerStanding(db: DbOrTx, learnerId: string): Promise<LearnerStanding | null> {
  const [person] = await db
    .select({ id: user.id, fullName: profile.fullName, email: user.email, role: profile.role })
    .from(user)
    .innerJoin(profile, eq(profile.userId, user.id))
    .where(eq(user.id, learnerId));
  if (person?.role !== 'learner') return null;
  const finalRecords = await db
    .select({ version: recordSnapshot.version, verificationCode: recordSnapshot.verificationCode, createdAt: recordSnapshot.createdAt })
    .from(recordSnapshot)
    .innerJoin(enrolment, eq(enrolment.id, recordSnapshot.enrolmentId))
    .where(and(eq(enrolment.learnerId, learnerId), isNull(recordSnapshot.supersededAt)))
    .orderBy(asc(recordSnapshot.version));
  const [attempts] = await db.select({ n: count() }).from(submission).where(eq(submission.learnerId, learnerId));
  const anonymised = isAnonymised(person.email);
  const sampled = await inModerationSample(db, learnerId);
  const right = anonymised ? 'none' : finalRecords.length > 0 || sampled ? 'anonymise' : 'erase';
  return { id: person.id, fullName: person.fullName, email: person.email, anonymised, attempts: attempts?.n ?? 0, finalRecords, inModerationSample: sampled, right };
}
