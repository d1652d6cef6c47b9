import type { Channel } from '@/lib/db/schema/portfolio';

export type ModelTestimony = { id: string; witnessName: string; signedAt: number; channels: Record<string, Channel>; countersigned: string[] };

export type ModelInvitation = {
  learnerIndex: number;
  id: string;
  /** The token as the learner was shown it: the database keeps only its hash. */
  token: string;
  witnessName: string;
  expiresAt: number;
  usedAt: number | null;
  revokedAt: number | null;
  testimony: ModelTestimony | null;
};

export type ModelEntry = { learnerIndex: number; id: string; withdrawn: boolean; countersignedBy: string | null };

/** What the witness links and logbooks should hold, kept by the generated commands apart from the database. */
export type WitnessModel = {
  now: number;
  linkDays: number;
  invitations: ModelInvitation[];
  entries: ModelEntry[];
  /** Audit events expected, per learner and type: `${learnerIndex} ${type}`. */
  audits: Map<string, number>;
  steps: Map<string, number>;
};

export type ModelState = 'waiting' | 'used' | 'expired' | 'revoked';

const DAY = 24 * 60 * 60 * 1000;

export function emptyModel(now: Date, linkDays: number): WitnessModel {
  return { now: now.getTime(), linkDays, invitations: [], entries: [], audits: new Map(), steps: new Map() };
}

export function expiryOf(model: Readonly<WitnessModel>): number {
  return model.now + model.linkDays * DAY;
}

/** Where a link stands by the model's own reckoning: used or revoked for good, otherwise expired at its expiry instant. */
export function stateOf(invitation: ModelInvitation, now: number): ModelState {
  if (invitation.usedAt !== null) return 'used';
  if (invitation.revokedAt !== null) return 'revoked';
  return now >= invitation.expiresAt ? 'expired' : 'waiting';
}

export function pick<T>(items: readonly T[], choice: number): T | undefined {
  return items.length === 0 ? undefined : items[choice % items.length];
}

export function expectAudit(model: WitnessModel, learnerIndex: number, type: string): void {
  const key = `${learnerIndex} ${type}`;
  model.audits.set(key, (model.audits.get(key) ?? 0) + 1);
}

/** The entries a witness of this learner may countersign: the learner's own, standing (not withdrawn) and not yet countersigned. */
export function countersignable(model: Readonly<WitnessModel>, learnerIndex: number): ModelEntry[] {
  return model.entries.filter((entry) => entry.learnerIndex === learnerIndex && !entry.withdrawn && entry.countersignedBy === null);
}
