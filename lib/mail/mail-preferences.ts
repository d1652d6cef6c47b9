import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { mailPreference } from '@/lib/db/schema';
import type { Role } from '@/lib/db/schema/people';
import { OPTIONAL_NOTICES, type OptionalNotice } from '@/lib/mail/notices';

export type MailPreferences = { optedOut: OptionalNotice[]; dailyDigest: boolean };

/** The notices each role can receive and may turn off; a learner's own notices are all essential. */
export const OPTIONAL_BY_ROLE: Record<Role, readonly OptionalNotice[]> = {
  learner: [],
  assessor: ['submission-waiting', 'referral', 'batch-signed'],
  moderator: ['batch-ready'],
  admin: [],
};

export const MailPreferencesSchema = z.strictObject({ optedOut: z.array(z.enum(OPTIONAL_NOTICES)).max(OPTIONAL_NOTICES.length), dailyDigest: z.boolean() });

export async function readMailPreferences(db: DbOrTx, userId: string): Promise<MailPreferences> {
  const [row] = await db.select().from(mailPreference).where(eq(mailPreference.userId, userId));
  const parsed = MailPreferencesSchema.safeParse({ optedOut: row?.optedOut ?? [], dailyDigest: row?.dailyDigest ?? false });
  return parsed.success ? parsed.data : { optedOut: [], dailyDigest: false };
}

/** Saves a person's choices; the digest is only for assessors, whose queue it lists. */
export async function saveMailPreferences(db: DbOrTx, userId: string, role: Role, input: MailPreferences): Promise<void> {
  const allowed = OPTIONAL_BY_ROLE[role];
  const optedOut = [...new Set(input.optedOut.filter((notice) => allowed.includes(notice)))];
  const dailyDigest = role === 'assessor' && input.dailyDigest;
  await db
    .insert(mailPreference)
    .values({ userId, optedOut, dailyDigest })
    .onConflictDoUpdate({ target: mailPreference.userId, set: { optedOut, dailyDigest, updatedAt: new Date() } });
}
