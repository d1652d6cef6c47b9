import type { LogbookEntryForm } from '@/lib/portfolio/logbook/entry-schema';

const ESCALATION_FIELD = /^escalations\.(\d+)\.(to|at|why)$/;

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/** A radio group's value, or undefined when none was chosen (the schema then says what to choose). */
function choice(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The logbook form's fields as the entry schema reads them. Escalation rows are named
 * "escalations.<n>.<field>" in the order shown; an empty follow-up means there was none.
 */
export function entryFormInput(formData: FormData): Record<keyof LogbookEntryForm, unknown> {
  const rows = new Map<number, { to: string; at: string; why: string }>();
  for (const [name, value] of formData.entries()) {
    const match = ESCALATION_FIELD.exec(name);
    if (!match || typeof value !== 'string') continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? { to: '', at: '', why: '' };
    if (match[2] === 'to' || match[2] === 'at' || match[2] === 'why') row[match[2]] = value;
    rows.set(index, row);
  }
  const followUpAt = text(formData, 'followUp.at');
  const followUpHow = text(formData, 'followUp.how');
  return {
    reference: text(formData, 'reference'),
    simulated: formData.get('simulated') === 'on',
    loggedAt: text(formData, 'loggedAt'),
    channel: choice(formData, 'channel'),
    customer: text(formData, 'customer'),
    description: text(formData, 'description'),
    impact: choice(formData, 'impact'),
    urgency: choice(formData, 'urgency'),
    priority: choice(formData, 'priority'),
    respondedAt: text(formData, 'respondedAt'),
    resolvedAt: text(formData, 'resolvedAt'),
    escalations: [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row),
    followUp: followUpAt.trim() === '' && followUpHow.trim() === '' ? null : { at: followUpAt, how: followUpHow },
  };
}
