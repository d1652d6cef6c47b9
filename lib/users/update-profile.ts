import { eq } from 'drizzle-orm';
import { type Actor, writeAudit } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { profile, user } from '@/lib/db/schema';
import type { Identity } from '@/lib/users/account-schemas';

export type ProfileChanges = {
  fullName?: string;
  identity?: Identity;
  registrationNumber?: string | null;
};

/** Updates a person's own profile; the audit names the fields changed, never their values. */
export async function updateProfile(db: Db, actor: NonNullable<Actor>, changes: ProfileChanges): Promise<string[]> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(profile).where(eq(profile.userId, actor.id)).for('update');
    if (!current) throw new Error('The profile is missing');
    const next: Partial<typeof profile.$inferInsert> = {};
    const fields: string[] = [];
    if (changes.fullName !== undefined && changes.fullName !== current.fullName) {
      next.fullName = changes.fullName;
      fields.push('fullName');
    }
    if (changes.identity && changes.identity.identityKind !== null) {
      const identity = changes.identity;
      const idNumber = identity.identityKind === 'sa-id' ? identity.idNumber : null;
      const passportNumber = identity.identityKind === 'passport' ? identity.passportNumber : null;
      const passportCountry = identity.identityKind === 'passport' ? identity.passportCountry : null;
      if (identity.identityKind !== current.identityKind || idNumber !== current.idNumber || passportNumber !== current.passportNumber || passportCountry !== current.passportCountry) {
        Object.assign(next, { identityKind: identity.identityKind, idNumber, passportNumber, passportCountry });
        fields.push('identity');
      }
    }
    if (changes.registrationNumber !== undefined && (changes.registrationNumber ?? null) !== current.registrationNumber) {
      next.registrationNumber = changes.registrationNumber ?? null;
      fields.push('registrationNumber');
    }
    if (fields.length === 0) return fields;
    await tx.update(profile).set({ ...next, updatedAt: new Date() }).where(eq(profile.userId, actor.id));
    if (next.fullName) await tx.update(user).set({ name: next.fullName, updatedAt: new Date() }).where(eq(user.id, actor.id));
    await writeAudit(tx, actor, { type: 'user', id: actor.id }, { type: 'profile.updated', data: { fields } });
    return fields;
  });
}
