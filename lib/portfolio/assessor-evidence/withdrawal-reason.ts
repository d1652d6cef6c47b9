import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { auditEvent } from '@/lib/db/schema';

const WithdrawnData = z.object({ reason: z.string() });

/** Why and when a piece was withdrawn, as the audit trail holds it (the evidence row keeps only its state). */
export async function withdrawalReason(db: Pick<DbOrTx, 'select'>, { type, enrolmentId, key, id }: { type: string; enrolmentId: string; key: string; id: string }): Promise<{ reason: string; at: Date } | null> {
  const [row] = await db
    .select({ data: auditEvent.data, at: auditEvent.at })
    .from(auditEvent)
    .where(and(eq(auditEvent.type, type), eq(auditEvent.subjectType, 'enrolment'), eq(auditEvent.subjectId, enrolmentId), sql`${auditEvent.data} ->> ${key} = ${id}`))
    .orderBy(desc(auditEvent.id))
    .limit(1);
  const parsed = WithdrawnData.safeParse(row?.data);
  return row && parsed.success ? { reason: parsed.data.reason, at: row.at } : null;
}
