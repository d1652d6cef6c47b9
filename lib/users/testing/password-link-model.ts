import { and, eq, gt, isNull } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Auth } from '@/lib/auth/create-auth';
import type { Db } from '@/lib/db/open-database';
import { type PasswordLinkPurpose, passwordLink } from '@/lib/db/schema';
import { findUsableLink } from '@/lib/users/password-links';
import type { WorldPerson } from '@/lib/users/testing/password-link-world';

export type ModelLink = {
  personIndex: number;
  /** The token as it was handed out: the database keeps only its hash. */
  token: string;
  purpose: PasswordLinkPurpose;
  expiresAt: number;
  usedAt: number | null;
  /** A newer link for the same person, or a password set through another link, took its place. */
  replaced: boolean;
};

/** What the password links should hold, kept by the generated commands apart from the database. */
export type PasswordLinkModel = {
  now: number;
  links: ModelLink[];
  /** Each person's password by the model's reckoning; null while they have none. */
  passwords: (string | null)[];
  /** Passwords set so far, for fresh ones that were never used before. */
  setCount: number;
  steps: Map<string, number>;
};

export type PasswordLinkWorld = { db: Db; auth: Auth; people: WorldPerson[] };

export type LinkState = 'usable' | 'used' | 'replaced' | 'expired';

export function emptyModel(now: Date, passwords: (string | null)[]): PasswordLinkModel {
  return { now: now.getTime(), links: [], passwords: [...passwords], setCount: 0, steps: new Map() };
}

/** Where a link stands: used or replaced for good, otherwise expired from its expiry instant on. */
export function stateOf(link: ModelLink, now: number): LinkState {
  if (link.usedAt !== null) return 'used';
  if (link.replaced) return 'replaced';
  return now >= link.expiresAt ? 'expired' : 'usable';
}

export function personOf(world: PasswordLinkWorld, index: number): WorldPerson {
  const person = world.people[index];
  if (!person) throw new Error(`no person ${index}`);
  return person;
}

/** Every link not yet used that this person had stops working: a newer one replaces it, or their password was just set. */
export function replaceUnused(model: PasswordLinkModel, personIndex: number): void {
  for (const link of model.links) if (link.personIndex === personIndex && link.usedAt === null) link.replaced = true;
}

/**
 * After every step: each person has at most one usable link, the database's usable links match
 * the model's, and every token ever handed out opens its page exactly when the model says it is
 * usable (so a used, replaced or expired token never does).
 */
export async function checkInvariants(world: PasswordLinkWorld, model: PasswordLinkModel, step: string): Promise<void> {
  model.steps.set(step, (model.steps.get(step) ?? 0) + 1);
  const now = new Date(model.now);
  for (const [index, person] of world.people.entries()) {
    const usable = await world.db
      .select({ id: passwordLink.id })
      .from(passwordLink)
      .where(and(eq(passwordLink.userId, person.id), isNull(passwordLink.usedAt), gt(passwordLink.expiresAt, now)));
    expect(usable.length, `${step}: usable links of person ${index}`).toBeLessThanOrEqual(1);
    expect(usable.length, `${step}: usable links of person ${index}`).toBe(model.links.filter((link) => link.personIndex === index && stateOf(link, model.now) === 'usable').length);
  }
  for (const [index, link] of model.links.entries()) {
    const found = await findUsableLink(world.db, link.token, now);
    const expected = stateOf(link, model.now) === 'usable' ? { userId: personOf(world, link.personIndex).id, purpose: link.purpose } : null;
    expect(found && { userId: found.userId, purpose: found.purpose }, `${step}: link ${index} (${stateOf(link, model.now)})`).toEqual(expected);
  }
}
