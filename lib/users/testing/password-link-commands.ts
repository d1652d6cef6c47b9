import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import type { PasswordLinkPurpose } from '@/lib/db/schema';
import { issuePasswordLinks, LINK_UNUSABLE, PasswordLinkError, setPasswordWithLink } from '@/lib/users/password-links';
import { checkInvariants, type PasswordLinkModel, type PasswordLinkWorld, personOf, replaceUnused, stateOf } from '@/lib/users/testing/password-link-model';
import { canSignIn, openSession, sessionCount } from '@/lib/users/testing/password-link-world';

type Command = AsyncCommand<PasswordLinkModel, PasswordLinkWorld>;

/** Passwords the rules refuse: among the commonest, a keyboard walk, and one holding the person's first name. */
const WEAK = ['password1234', 'qwertyuiop', (first: string) => `${first}-orchard-lamp`] as const;

/** Links are made for one or more people at once (as an import does), for one purpose. */
export class Issue implements Command {
  constructor(
    readonly personIndexes: readonly number[],
    readonly purpose: PasswordLinkPurpose,
  ) {}
  check() {
    return true;
  }
  async run(model: PasswordLinkModel, world: PasswordLinkWorld) {
    const indexes = [...new Set(this.personIndexes)];
    const issued = await issuePasswordLinks(world.db, indexes.map((index) => personOf(world, index).id), this.purpose, null, new Date(model.now));
    expect(issued.map((link) => link.userId)).toEqual(indexes.map((index) => personOf(world, index).id));
    for (const [position, index] of indexes.entries()) {
      const link = issued[position];
      if (!link) throw new Error('a link is missing');
      replaceUnused(model, index);
      model.links.push({ personIndex: index, token: link.token, purpose: this.purpose, expiresAt: link.expiresAt.getTime(), usedAt: null, replaced: false });
    }
    await checkInvariants(world, model, 'Issue');
  }
  toString() {
    return `Issue([${this.personIndexes.join(', ')}], ${this.purpose})`;
  }
}

/**
 * Someone opens a known link (fresh or stale) and chooses a password, good or weak, while the
 * person is signed in elsewhere. Only a usable link with a good password sets it: then the person
 * has no sessions left and signs in with the new password and not the old one. Anything refused
 * leaves the password, the sessions and the link as they were.
 */
export class Use implements Command {
  constructor(
    readonly choice: number,
    readonly weak: number | null,
  ) {}
  check(model: Readonly<PasswordLinkModel>) {
    return model.links.length > 0;
  }
  async run(model: PasswordLinkModel, world: PasswordLinkWorld) {
    const link = model.links[this.choice % model.links.length];
    if (!link) throw new Error('no link');
    const person = personOf(world, link.personIndex);
    await openSession(world.db, person.id);
    const sessionsBefore = await sessionCount(world.db, person.id);
    const state = stateOf(link, model.now);
    const weak = this.weak === null ? null : (WEAK[this.weak % WEAK.length] ?? WEAK[0]);
    const password = weak === null ? `orchard lamp ${model.setCount + 1} under rain` : typeof weak === 'function' ? weak(person.fullName.split(' ')[0]?.toLowerCase() ?? '') : weak;
    const outcome = await setPasswordWithLink(world.db, link.token, password, new Date(model.now)).then(
      (result) => ({ result, error: null }),
      (error: unknown) => ({ result: null, error }),
    );
    const old = model.passwords[link.personIndex] ?? null;
    if (state !== 'usable' || weak !== null) {
      expect(outcome.error).toBeInstanceOf(PasswordLinkError);
      const refused = outcome.error as PasswordLinkError;
      expect({ message: refused.message === LINK_UNUSABLE ? 'unusable' : 'weak', field: refused.field }).toEqual(state !== 'usable' ? { message: 'unusable', field: null } : { message: 'weak', field: 'password' });
      expect(await sessionCount(world.db, person.id)).toBe(sessionsBefore);
      await checkInvariants(world, model, state !== 'usable' ? `Use refused ${state}` : 'Use refused weak');
      return;
    }
    expect(outcome.error).toBeNull();
    expect(outcome.result).toEqual({ userId: person.id, purpose: link.purpose });
    model.setCount += 1;
    link.usedAt = model.now;
    replaceUnused(model, link.personIndex);
    model.passwords[link.personIndex] = password;
    expect(await sessionCount(world.db, person.id)).toBe(0);
    // Checked before signing in, which opens a session again.
    await checkInvariants(world, model, `Use set ${link.purpose}`);
    expect(await canSignIn(world.auth, person.email, password)).toBe(true);
    if (old !== null) expect(await canSignIn(world.auth, person.email, old)).toBe(false);
  }
  toString() {
    return `Use(${this.choice}, ${this.weak === null ? 'good' : `weak ${this.weak}`})`;
  }
}

/** The clock moves on: short steps, the reset link's hour exactly, and past the invitation's fortnight. */
export class Advance implements Command {
  constructor(readonly minutes: number) {}
  check() {
    return true;
  }
  async run(model: PasswordLinkModel, world: PasswordLinkWorld) {
    model.now += this.minutes * 60_000;
    await checkInvariants(world, model, 'Advance');
  }
  toString() {
    return `Advance(${this.minutes} min)`;
  }
}
