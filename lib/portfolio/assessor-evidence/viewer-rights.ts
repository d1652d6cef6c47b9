import 'server-only';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { type Actor, can } from '@/lib/auth/permissions';
import { relationshipTo } from '@/lib/auth/relationship';

export type ViewerRights = { read: boolean; sign: boolean };

/**
 * What `actor` may do with a learner's evidence: read it under the same rule as their submissions
 * (the learner, the assigned assessor, the moderator of a batch holding them, an administrator),
 * and sign or withdraw it only as their assigned assessor.
 */
export async function viewerRights(db: DbOrTx, actor: Actor, learnerId: string): Promise<ViewerRights> {
  const relationship = await relationshipTo(db, actor, learnerId);
  return { read: can(actor, 'submission:read', { relationship }), sign: can(actor, 'assessment:sign', { relationship }) };
}
