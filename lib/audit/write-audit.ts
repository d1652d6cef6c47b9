import { type AuditEvent, AuditEventSchema } from '@/lib/audit/events';
import type { Db } from '@/lib/db/open-database';
import { auditEvent } from '@/lib/db/schema';
import type { Role } from '@/lib/db/schema/people';

/** Either the database or an open transaction: audit rows are written inside the change they record. */
export type DbOrTx = Pick<Db, 'insert' | 'select' | 'update' | 'delete'>;

export type Actor = { id: string; role: Role } | null;
export type Subject = { type: 'user' | 'enrolment' | 'setting' | 'submission' | 'batch'; id: string } | null;

export async function writeAudit(tx: DbOrTx, actor: Actor, subject: Subject, event: AuditEvent): Promise<void> {
  const parsed = AuditEventSchema.parse(event);
  await tx.insert(auditEvent).values({
    actorId: actor?.id ?? null,
    actorRole: actor?.role ?? null,
    type: parsed.type,
    subjectType: subject?.type ?? null,
    subjectId: subject?.id ?? null,
    data: parsed.data,
  });
}

/** Many events in one statement (an import of thousands): each still checked, and chained in the order given. */
export async function writeAuditMany(tx: DbOrTx, actor: Actor, events: readonly { subject: Subject; event: AuditEvent }[]): Promise<void> {
  for (let start = 0; start < events.length; start += 500) {
    const rows = events.slice(start, start + 500).map(({ subject, event }) => {
      const parsed = AuditEventSchema.parse(event);
      return { actorId: actor?.id ?? null, actorRole: actor?.role ?? null, type: parsed.type, subjectType: subject?.type ?? null, subjectId: subject?.id ?? null, data: parsed.data };
    });
    await tx.insert(auditEvent).values(rows);
  }
}
