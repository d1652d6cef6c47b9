import type { Locator, Page } from '@playwright/test';

/** The group (fieldset) of a date-time field, named by its legend. */
export function dateTimeGroup(scope: Page | Locator, legend: string): Locator {
  return scope.getByRole('group', { name: legend, exact: true });
}

/** "2026-04-02T16:30" → its date, hour and minute parts. */
export function dateTimeParts(value: string): { date: string; hour: string; minute: string } {
  const [, date = '', hour = '', minute = ''] = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value) ?? [];
  return { date, hour, minute };
}

/** Fills a date-time field's date, hour and minute from a "YYYY-MM-DDTHH:mm" value. */
export async function fillDateTime(group: Locator, value: string): Promise<void> {
  const { date, hour, minute } = dateTimeParts(value);
  await group.getByLabel('Date', { exact: true }).fill(date);
  await group.getByLabel('Hour', { exact: true }).fill(hour);
  await group.getByLabel('Minute', { exact: true }).fill(minute);
}
