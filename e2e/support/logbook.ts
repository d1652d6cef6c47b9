import { expect, type Locator, type Page } from '@playwright/test';

export type TicketEntry = {
  reference: string;
  simulated?: boolean;
  /** "YYYY-MM-DD HH:MM", 24-hour SAST, as the form asks. */
  loggedAt: string;
  /** The channel as the list shows it: Phone, E-mail, In person, Chat, Remote session. */
  channel: string;
  customer: string;
  description: string;
  impact: 'High' | 'Medium' | 'Low';
  urgency: 'High' | 'Medium' | 'Low';
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  respondedAt?: string;
  resolvedAt?: string;
  escalations?: { to: string; at: string; why: string }[];
  followUp?: { at: string; how: string };
};

/** Replaces a field's text by keyboard alone. */
async function type(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.type(text);
}

async function choose(page: Page, group: Locator, name: RegExp | string): Promise<void> {
  const radio = group.getByRole('radio', { name, exact: typeof name === 'string' });
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}

/**
 * Fills the "Log a ticket" form on /portfolio/logbook with the keyboard only (focus, typing, Space,
 * Enter; no clicks) and sends it. The caller checks what the page then says.
 */
export async function logTicket(page: Page, entry: TicketEntry): Promise<void> {
  const form = page.getByRole('region', { name: 'Log a ticket' });
  await type(page, form.getByLabel('Ticket reference', { exact: true }), entry.reference);
  const simulated = form.getByRole('checkbox', { name: 'Simulated ticket' });
  if ((await simulated.isChecked()) !== Boolean(entry.simulated)) {
    await simulated.focus();
    await page.keyboard.press('Space');
  }
  await type(page, form.getByLabel('Logged at', { exact: true }), entry.loggedAt);
  const channel = form.getByLabel('Channel', { exact: true });
  await channel.focus();
  // A closed select follows what is typed, as it does for someone using the keyboard.
  await page.keyboard.type(entry.channel);
  await expect(channel.locator('option:checked')).toHaveText(entry.channel);
  await type(page, form.getByLabel('Customer', { exact: true }), entry.customer);
  await type(page, form.getByLabel('What the customer needed', { exact: true }), entry.description);
  await choose(page, form.getByRole('group', { name: 'Impact' }), entry.impact);
  await choose(page, form.getByRole('group', { name: 'Urgency' }), entry.urgency);
  await choose(page, form.getByRole('group', { name: 'Priority you assigned' }), new RegExp(`^${entry.priority} `));
  await type(page, form.getByLabel('First response at', { exact: true }), entry.respondedAt ?? '');
  await type(page, form.getByLabel('Resolved at', { exact: true }), entry.resolvedAt ?? '');
  for (const [index, escalation] of (entry.escalations ?? []).entries()) {
    await form.getByRole('button', { name: 'Add an escalation' }).focus();
    await page.keyboard.press('Enter');
    const row = form.getByRole('group', { name: `Escalation ${index + 1}` });
    await expect(row.getByLabel('Escalated to', { exact: true })).toBeFocused();
    await page.keyboard.type(escalation.to);
    await type(page, row.getByLabel('Escalated at', { exact: true }), escalation.at);
    await type(page, row.getByLabel('Why you escalated', { exact: true }), escalation.why);
  }
  await type(page, form.getByLabel('Followed up at', { exact: true }), entry.followUp?.at ?? '');
  await type(page, form.getByLabel('How you followed up', { exact: true }), entry.followUp?.how ?? '');
  await form.getByRole('button', { name: 'Save entry' }).focus();
  await page.keyboard.press('Enter');
}
