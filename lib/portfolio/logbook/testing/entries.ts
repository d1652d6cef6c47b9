import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { LogbookEntryForm } from '@/lib/portfolio/logbook/entry-schema';
import { type LogbookClaims, LogbookClaimsSchema } from '@/lib/portfolio/practical-schemas';

/** The course's real logbook claims, as the server reads them from content. */
export const LOGBOOK_CLAIMS: LogbookClaims = LogbookClaimsSchema.parse(parse(readFileSync(path.resolve('content/practical/logbook.yml'), 'utf8')));

/**
 * A well-formed entry as the form sends it: a P2 (high impact, medium urgency) e-mail logged on
 * Tuesday 3 March 2026 at 16:30, answered at 09:00 the next morning and fixed by 15:00.
 */
export function entryForm(overrides: Partial<LogbookEntryForm> = {}): LogbookEntryForm {
  return {
    reference: 'INC-0042',
    simulated: false,
    loggedAt: '2026-03-03 16:30',
    channel: 'email',
    customer: 'Payroll officer',
    description: 'Outlook will not open on the payroll PC',
    impact: 'high',
    urgency: 'medium',
    priority: 'P2',
    respondedAt: '2026-03-04 09:00',
    resolvedAt: '2026-03-04 15:00',
    escalations: [],
    followUp: null,
    ...overrides,
  };
}
