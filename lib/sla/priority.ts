import type { SlaTargets } from './schema';
import { formatDuration } from './time';

/**
 * Priority = impact × urgency, and the example response and resolution targets from the course
 * brief. Diagrams and exercises read the same matrix, so they can never disagree.
 */

export const LEVELS = ['high', 'medium', 'low'] as const;
export type Level = (typeof LEVELS)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Indexed by impact, then urgency. */
export const PRIORITY_MATRIX: Readonly<Record<Level, Readonly<Record<Level, Priority>>>> = {
  high: { high: 'P1', medium: 'P2', low: 'P3' },
  medium: { high: 'P2', medium: 'P3', low: 'P4' },
  low: { high: 'P3', medium: 'P4', low: 'P4' },
};

export function priorityFor(impact: Level, urgency: Level): Priority {
  return PRIORITY_MATRIX[impact][urgency];
}

export const PRIORITY_NAMES: Readonly<Record<Priority, string>> = {
  P1: 'critical',
  P2: 'high',
  P3: 'medium',
  P4: 'low',
};

export const LEVEL_NAMES: Readonly<Record<Level, string>> = { high: 'High', medium: 'Medium', low: 'Low' };

export const IMPACT_DESCRIPTIONS: Readonly<Record<Level, string>> = {
  high: 'many users, a whole site or a business-critical service is affected',
  medium: 'a team or an important service is affected, or many users are slowed down',
  low: 'one user is affected and the business can carry on',
};

export const URGENCY_DESCRIPTIONS: Readonly<Record<Level, string>> = {
  high: 'work has stopped or money is being lost right now',
  medium: 'work is slowed down and must be fixed soon',
  low: 'it can wait, or a workaround keeps people working',
};

/** Business-time targets in minutes: the example table from the course brief. */
export const DEFAULT_TARGETS: SlaTargets = {
  P1: { responseMinutes: 15, resolutionMinutes: 4 * 60 },
  P2: { responseMinutes: 60, resolutionMinutes: 8 * 60 },
  P3: { responseMinutes: 4 * 60, resolutionMinutes: 24 * 60 },
  P4: { responseMinutes: 8 * 60, resolutionMinutes: 72 * 60 },
};

/** One sentence a learner can read: why these two ratings give this priority and what it promises. */
export function explainPriority(impact: Level, urgency: Level, targets: SlaTargets = DEFAULT_TARGETS): string {
  const priority = priorityFor(impact, urgency);
  const target = targets[priority];
  return (
    `${LEVEL_NAMES[impact]} impact (${IMPACT_DESCRIPTIONS[impact]}) with ${urgency} urgency ` +
    `(${URGENCY_DESCRIPTIONS[urgency]}) gives ${priority}, ${PRIORITY_NAMES[priority]} priority: ` +
    `respond within ${formatDuration(target.responseMinutes)} and resolve within ` +
    `${formatDuration(target.resolutionMinutes)} of business time.`
  );
}
