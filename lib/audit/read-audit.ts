import { desc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import { auditEvent, profile } from '@/lib/db/schema';

export type AuditRow = {
  id: number;
  at: Date;
  actorName: string | null;
  actorRole: string | null;
  type: string;
  subjectType: string | null;
  subjectId: string | null;
  data: unknown;
};

/** The newest events first, with the actor's name; for the administrator's audit page. */
export async function recentAuditEvents(db: Db, limit = 200): Promise<AuditRow[]> {
  return db
    .select({
      id: auditEvent.id,
      at: auditEvent.at,
      actorName: profile.fullName,
      actorRole: auditEvent.actorRole,
      type: auditEvent.type,
      subjectType: auditEvent.subjectType,
      subjectId: auditEvent.subjectId,
      data: auditEvent.data,
    })
    .from(auditEvent)
    .leftJoin(profile, eq(profile.userId, auditEvent.actorId))
    .orderBy(desc(auditEvent.id))
    .limit(limit);
}
