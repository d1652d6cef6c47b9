export const INVITATION_STATES = ['waiting', 'used', 'expired', 'revoked'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export type InvitationTimes = { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Where an invitation stands. A used link stays "used" after it would have expired (that is what
 * happened to it); a revoked one stays "revoked". Only a waiting link may be opened and signed.
 */
export function invitationState(invitation: InvitationTimes, now: Date): InvitationState {
  if (invitation.usedAt) return 'used';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'waiting';
}

/** The moment a link issued at `issuedAt` stops working, `days` whole days later. */
export function expiryFor(issuedAt: Date, days: number): Date {
  return new Date(issuedAt.getTime() + days * DAY_MS);
}

export const INVITATION_STATE_LABELS: Record<InvitationState, string> = {
  waiting: 'Waiting for the witness',
  used: 'Used: testimony received',
  expired: 'Expired without a testimony',
  revoked: 'Revoked by you',
};
