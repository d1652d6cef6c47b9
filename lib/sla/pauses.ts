import type { Pause } from './schema';
import { isValidDate } from './time';

/**
 * Pauses stop the SLA clock while the ticket waits on someone outside the service desk.
 * The rule checks live here (not only in the zod schema) so browser code can use them without zod.
 */

export const PAUSE_REASONS = [
  'awaiting-customer',
  'awaiting-supplier',
  'awaiting-third-party',
  'awaiting-change-window',
] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

/**
 * A pause counts only when the SLA lists its reason. Most list "awaiting customer"; a supplier's
 * or third party's delay is the provider's own risk unless the SLA says otherwise, and the labels
 * say so wherever a learner picks one.
 */
export const PAUSE_REASON_LABELS: Readonly<Record<PauseReason, string>> = {
  'awaiting-customer': 'Awaiting customer',
  'awaiting-supplier': 'Awaiting supplier (only if the SLA lists it)',
  'awaiting-third-party': 'Awaiting third party (only if the SLA lists it)',
  'awaiting-change-window': 'Awaiting the change window the customer chose',
};

export function isPauseReason(value: unknown): value is PauseReason {
  return PAUSE_REASONS.some((reason) => reason === value);
}

export const PAUSE_MESSAGES = {
  reason: 'every pause needs a recorded reason',
  from: 'the pause start is not a valid date and time',
  to: 'the pause end is not a valid date and time',
  order: 'the pause must end after it starts',
  beforeLogged: 'a pause cannot start before the ticket was logged',
} as const;

type PauseLike = { from: Date; to: Date; reason?: unknown };

/** What is wrong with one pause, or null when it is acceptable. */
export function pauseProblem(pause: PauseLike, loggedAt: Date | null = null): string | null {
  if (!isPauseReason(pause.reason)) return PAUSE_MESSAGES.reason;
  if (!isValidDate(pause.from)) return PAUSE_MESSAGES.from;
  if (!isValidDate(pause.to)) return PAUSE_MESSAGES.to;
  if (pause.to.getTime() <= pause.from.getTime()) return PAUSE_MESSAGES.order;
  if (loggedAt && pause.from.getTime() < loggedAt.getTime()) return PAUSE_MESSAGES.beforeLogged;
  return null;
}

/** A half-open span of time [from, to) in ms since the epoch. */
export type Span = { from: number; to: number };

/** Sorted, non-overlapping spans, so overlapping pauses are never counted twice. */
export function mergePauses(pauses: readonly Pick<Pause, 'from' | 'to'>[]): Span[] {
  const spans = pauses
    .map((p) => ({ from: p.from.getTime(), to: p.to.getTime() }))
    .filter((s) => s.to > s.from)
    .sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}
