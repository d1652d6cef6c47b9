import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { type Actor, can, type Permission } from '@/lib/auth/permissions';
import { relationshipTo } from '@/lib/auth/relationship';
import { submission } from '@/lib/db/schema';

/**
 * The submission row when `actor` may act on it with `permission`, otherwise null: a submission
 * of an unassigned learner, or the assessor's own, is simply not found.
 */
export async function submissionFor(db: DbOrTx, actor: Actor, submissionId: string, permission: Permission) {
  const [row] = await db.select().from(submission).where(eq(submission.id, submissionId));
  if (!row) return null;
  const relationship = await relationshipTo(db, actor, row.learnerId);
  return can(actor, permission, { relationship }) ? row : null;
}
