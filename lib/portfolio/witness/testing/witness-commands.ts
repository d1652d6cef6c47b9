import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import type { Channel } from '@/lib/db/schema/portfolio';
import { saveLogbookEntry } from '@/lib/portfolio/logbook/save-entry';
import { entryForm, LOGBOOK_CLAIMS } from '@/lib/portfolio/logbook/testing/entries';
import { withdrawLogbookEntry } from '@/lib/portfolio/logbook/withdraw-entry';
import { completeWitnessTestimony } from '@/lib/portfolio/witness/complete-testimony';
import { issueWitnessInvitation } from '@/lib/portfolio/witness/issue-invitation';
import { openWitnessLink } from '@/lib/portfolio/witness/open-witness-link';
import { revokeWitnessInvitation } from '@/lib/portfolio/witness/revoke-invitation';
import { INVITATION, testimonyForm, WITNESS_CODES } from '@/lib/portfolio/witness/testing/witness-fixtures';
import { checkWitnessInvariants } from '@/lib/portfolio/witness/testing/witness-invariants';
import { countersignable, expectAudit, expiryOf, type ModelInvitation, pick, stateOf, type WitnessModel } from '@/lib/portfolio/witness/testing/witness-model';
import { learnerOf, type WitnessWorld } from '@/lib/portfolio/witness/testing/witness-world';

type Command = AsyncCommand<WitnessModel, WitnessWorld>;

export const WITNESSES = ['Thandi Mokoena', 'Pieter Botha', 'Ayanda Zulu'];

/** The error an operation was refused with; fails the step when it was not refused. */
async function refusalOf(operation: Promise<unknown>): Promise<{ code: unknown }> {
  const outcome = await operation.then(
    () => null,
    (error: unknown) => ({ code: error instanceof Error && 'code' in error ? error.code : String(error) }),
  );
  expect(outcome, 'the operation should have been refused').not.toBeNull();
  return outcome ?? { code: null };
}

function invitationAt(model: Readonly<WitnessModel>, choice: number): ModelInvitation {
  const invitation = pick(model.invitations, choice);
  if (!invitation) throw new Error('no invitation');
  return invitation;
}

/** A learner names a witness and gets a link that expires `linkDays` from now. */
export class Issue implements Command {
  constructor(
    readonly learnerIndex: number,
    readonly witnessIndex: number,
  ) {}
  check() {
    return true;
  }
  async run(model: WitnessModel, world: WitnessWorld) {
    const learner = learnerOf(world, this.learnerIndex);
    const witnessName = WITNESSES[this.witnessIndex % WITNESSES.length] ?? 'Thandi Mokoena';
    const issued = await issueWitnessInvitation(world.handle.db, learner.actor, { ...INVITATION, witnessName }, new Date(model.now));
    expect(issued.expiresAt.getTime()).toBe(expiryOf(model));
    model.invitations.push({ learnerIndex: this.learnerIndex, id: issued.invitationId, token: issued.token, witnessName, expiresAt: issued.expiresAt.getTime(), usedAt: null, revokedAt: null, testimony: null });
    expectAudit(model, this.learnerIndex, 'witness.invited');
    await checkWitnessInvariants(world, model, 'Issue');
  }
  toString() {
    return `Issue(learner ${this.learnerIndex}, ${WITNESSES[this.witnessIndex % WITNESSES.length]})`;
  }
}

/** Someone opens a link: a waiting one shows the learner's countersignable entries, any other says why not. */
export class Open implements Command {
  constructor(readonly choice: number) {}
  check(model: Readonly<WitnessModel>) {
    return model.invitations.length > 0;
  }
  async run(model: WitnessModel, world: WitnessWorld) {
    const invitation = invitationAt(model, this.choice);
    const opened = await openWitnessLink(world.handle.db, invitation.token, new Date(model.now));
    const state = stateOf(invitation, model.now);
    if (state !== 'waiting') {
      expect(opened).toEqual({ ok: false, refusal: state });
    } else {
      expect(opened.ok).toBe(true);
      if (!opened.ok) return;
      expect(opened.page.witnessName).toBe(invitation.witnessName);
      expect(opened.page.logbook.map((entry) => entry.id).sort()).toEqual(countersignable(model, invitation.learnerIndex).map((entry) => entry.id).sort());
    }
    await checkWitnessInvariants(world, model, `Open ${state}`);
  }
  toString() {
    return `Open(${this.choice})`;
  }
}

/**
 * The witness signs through a link, answering some criteria on some channels and countersigning
 * some entries (any learner's, any state): signed only through a waiting link and only for the
 * learner's own standing entries nobody has countersigned; otherwise refused with nothing written.
 */
export class Testify implements Command {
  constructor(
    readonly choice: number,
    readonly answers: readonly [number, Channel][],
    readonly countersign: readonly number[],
  ) {}
  check(model: Readonly<WitnessModel>) {
    return model.invitations.length > 0;
  }
  async run(model: WitnessModel, world: WitnessWorld) {
    const invitation = invitationAt(model, this.choice);
    const channels: Record<string, Channel> = {};
    for (const [index, channel] of this.answers) channels[WITNESS_CODES[index % WITNESS_CODES.length] ?? 'AC1.1'] = channel;
    const chosen = [...new Set(this.countersign.flatMap((index) => pick(model.entries, index) ?? []))];
    const extra: Record<string, string> = { confirmedName: invitation.witnessName, signatureName: invitation.witnessName };
    for (const entry of chosen) extra[`countersign:${entry.id}`] = 'yes';
    const signing = completeWitnessTestimony(world.handle.db, testimonyForm(invitation.token, channels, extra), WITNESS_CODES, new Date(model.now));
    const state = stateOf(invitation, model.now);
    const allowed = new Set(countersignable(model, invitation.learnerIndex));
    const expected = state !== 'waiting' ? state : chosen.every((entry) => allowed.has(entry)) ? null : 'countersign';
    if (expected !== null) {
      expect((await refusalOf(signing)).code).toBe(expected);
    } else {
      const { testimonyId } = await signing;
      invitation.usedAt = model.now;
      invitation.testimony = { id: testimonyId, witnessName: invitation.witnessName, signedAt: model.now, channels, countersigned: chosen.map((entry) => entry.id) };
      for (const entry of chosen) entry.countersignedBy = invitation.witnessName;
      expectAudit(model, invitation.learnerIndex, 'witness.testimony_signed');
    }
    await checkWitnessInvariants(world, model, `Testify ${expected ?? 'signed'}`);
  }
  toString() {
    return `Testify(${this.choice}, ${this.answers.map(([index, channel]) => `${WITNESS_CODES[index % WITNESS_CODES.length]}:${channel}`).join(' ')}, countersign ${this.countersign.join('+') || 'none'})`;
  }
}

/** A link already used is sent again: refused as used, whatever is answered. */
export class Reuse implements Command {
  constructor(readonly choice: number) {}
  check(model: Readonly<WitnessModel>) {
    return model.invitations.some((invitation) => invitation.usedAt !== null);
  }
  async run(model: WitnessModel, world: WitnessWorld) {
    const invitation = pick(
      model.invitations.filter((candidate) => candidate.usedAt !== null),
      this.choice,
    );
    if (!invitation) throw new Error('no used invitation');
    const form = testimonyForm(invitation.token, { 'AC1.1': 'chat' }, { confirmedName: invitation.witnessName, signatureName: invitation.witnessName });
    expect((await refusalOf(completeWitnessTestimony(world.handle.db, form, WITNESS_CODES, new Date(model.now)))).code).toBe('used');
    await checkWitnessInvariants(world, model, 'Reuse');
  }
  toString() {
    return `Reuse(${this.choice})`;
  }
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A link with one character changed (well-formed, never issued) or cut short (malformed): not recognised, nothing written. */
export class Tamper implements Command {
  constructor(
    readonly choice: number,
    readonly position: number,
    readonly cut: boolean,
  ) {}
  check(model: Readonly<WitnessModel>) {
    return model.invitations.length > 0;
  }
  async run(model: WitnessModel, world: WitnessWorld) {
    const { token, witnessName } = invitationAt(model, this.choice);
    const at = this.position % token.length;
    const original = token[at] ?? 'A';
    const replacement = TOKEN_ALPHABET[(TOKEN_ALPHABET.indexOf(original) + 1) % TOKEN_ALPHABET.length] ?? 'A';
    const tampered = this.cut ? token.slice(0, at) : `${token.slice(0, at)}${replacement}${token.slice(at + 1)}`;
    expect(tampered).not.toBe(token);
    expect(await openWitnessLink(world.handle.db, tampered, new Date(model.now))).toEqual({ ok: false, refusal: 'unknown' });
    const form = testimonyForm(tampered, { 'AC1.3': 'email' }, { confirmedName: witnessName, signatureName: witnessName });
    expect((await refusalOf(completeWitnessTestimony(world.handle.db, form, WITNESS_CODES, new Date(model.now)))).code).toBe('unknown');
    await checkWitnessInvariants(world, model, 'Tamper');
  }
  toString() {
    return `Tamper(${this.choice}, ${this.cut ? 'cut' : 'change'} at ${this.position})`;
  }
}

/** The learner revokes a link (or another learner tries to): only the owner, only while it waits. */
export class Revoke implements Command {
  constructor(
    readonly choice: number,
    readonly byOther: boolean,
  ) {}
  check(model: Readonly<WitnessModel>) {
    return model.invitations.length > 0;
  }
  async run(model: WitnessModel, world: WitnessWorld) {
    const invitation = invitationAt(model, this.choice);
    const actor = learnerOf(world, this.byOther ? (invitation.learnerIndex + 1) % world.learners.length : invitation.learnerIndex).actor;
    const revoking = revokeWitnessInvitation(world.handle.db, actor, invitation.id, new Date(model.now));
    const state = stateOf(invitation, model.now);
    const expected = this.byOther ? 'not-found' : state === 'waiting' ? null : 'not-waiting';
    if (expected !== null) {
      expect((await refusalOf(revoking)).code).toBe(expected);
    } else {
      await revoking;
      invitation.revokedAt = model.now;
      expectAudit(model, invitation.learnerIndex, 'witness.invitation_revoked');
    }
    await checkWitnessInvariants(world, model, `Revoke ${expected ?? 'revoked'}`);
  }
  toString() {
    return `Revoke(${this.choice}${this.byOther ? ', by another learner' : ''})`;
  }
}

/** Time passes on the clock every operation is given. */
export class Advance implements Command {
  constructor(readonly minutes: number) {}
  check() {
    return true;
  }
  async run(model: WitnessModel, world: WitnessWorld) {
    model.now += this.minutes * 60_000;
    await checkWitnessInvariants(world, model, 'Advance');
  }
  toString() {
    return `Advance(${this.minutes} min)`;
  }
}

/** The learner logs a ticket: an entry and its submitted piece of evidence. */
export class LogEntry implements Command {
  constructor(readonly learnerIndex: number) {}
  check() {
    return true;
  }
  async run(model: WitnessModel, world: WitnessWorld) {
    const learner = learnerOf(world, this.learnerIndex);
    const input = entryForm({ reference: `INC-${1000 + model.entries.length}` });
    const { entryId } = await saveLogbookEntry(world.handle.db, { actor: learner.actor, input, claims: LOGBOOK_CLAIMS, now: new Date(model.now) });
    model.entries.push({ learnerIndex: this.learnerIndex, id: entryId, withdrawn: false, countersignedBy: null });
    expectAudit(model, this.learnerIndex, 'logbook.entry_saved');
    await checkWitnessInvariants(world, model, 'LogEntry');
  }
  toString() {
    return `LogEntry(learner ${this.learnerIndex})`;
  }
}

/** The learner withdraws an entry (or another learner tries to): countersigned or not, once only. */
export class Withdraw implements Command {
  constructor(
    readonly choice: number,
    readonly byOther: boolean,
  ) {}
  check(model: Readonly<WitnessModel>) {
    return model.entries.length > 0;
  }
  async run(model: WitnessModel, world: WitnessWorld) {
    const entry = pick(model.entries, this.choice);
    if (!entry) throw new Error('no entry');
    const actor = learnerOf(world, this.byOther ? (entry.learnerIndex + 1) % world.learners.length : entry.learnerIndex).actor;
    const withdrawing = withdrawLogbookEntry(world.handle.db, { actor, entryId: entry.id, now: new Date(model.now) });
    const expected = this.byOther ? 'not-found' : entry.withdrawn ? 'withdrawn' : null;
    if (expected !== null) {
      expect((await refusalOf(withdrawing)).code).toBe(expected);
    } else {
      await withdrawing;
      entry.withdrawn = true;
      expectAudit(model, entry.learnerIndex, 'logbook.entry_withdrawn');
    }
    await checkWitnessInvariants(world, model, expected === null ? 'Withdraw done' : `Withdraw refused ${expected}`);
  }
  toString() {
    return `Withdraw(${this.choice}${this.byOther ? ', by another learner' : ''})`;
  }
}
