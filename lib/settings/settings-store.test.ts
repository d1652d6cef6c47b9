import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, setting } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { SettingsPatchSchema, SettingsSchema } from '@/lib/settings/settings-schema';
import { readSettings, updateSettings } from '@/lib/settings/settings-store';

const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
  // Opening and migrating two databases can take a while on a busy machine.
}, 60_000);
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

function database(kind: string) {
  const handle = handles.get(kind);
  if (!handle) throw new Error(`no ${kind} database`);
  return handle.db;
}

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: an empty database reads every setting's default`, async () => {
    const settings = await readSettings(database(kind));
    expect(settings).toMatchObject({ maxAttempts: 3, selfSignUp: true, appealWindowHours: 48, sampleCompetentPercent: 25 });
  });

  test(`${kind}: a changed setting is stored and audited with its old and new value`, async () => {
    const db = database(kind);
    const settings = await updateSettings(db, null, { providerName: 'Ubuntu Skills Academy', maxAttempts: 4 });
    expect(settings.providerName).toBe('Ubuntu Skills Academy');
    expect((await readSettings(db)).maxAttempts).toBe(4);
    const events = await db.select().from(auditEvent).where(eq(auditEvent.type, 'settings.changed'));
    expect(events.map((e) => e.data)).toEqual(
      expect.arrayContaining([{ key: 'providerName', from: '', to: 'Ubuntu Skills Academy' }, { key: 'maxAttempts', from: 3, to: 4 }]),
    );
  });

  test(`${kind}: closed dates are stored in date order, audited once, and an unchanged list writes no event`, async () => {
    const db = database(kind);
    const dates = [
      { date: '2026-12-28', name: 'Year-end shutdown' },
      { date: '2026-11-04', name: 'Local government elections' },
    ];
    const settings = await updateSettings(db, null, SettingsPatchSchema.parse({ closedDates: dates }));
    expect(settings.closedDates.map((d) => d.date)).toEqual(['2026-11-04', '2026-12-28']);
    await updateSettings(db, null, { closedDates: settings.closedDates });
    const events = await db.select().from(auditEvent).where(eq(auditEvent.type, 'settings.changed'));
    expect(events.filter((e) => (e.data as { key: string }).key === 'closedDates')).toHaveLength(1);
  });

  test(`${kind}: a last date can be set and cleared again`, async () => {
    const db = database(kind);
    expect((await updateSettings(db, null, { lastAchievementDate: '2027-06-30' })).lastAchievementDate).toBe('2027-06-30');
    expect((await updateSettings(db, null, { lastAchievementDate: null })).lastAchievementDate).toBeNull();
  });

  test(`${kind}: a stored value that no longer fits falls back to the default`, async () => {
    const db = database(kind);
    await db.insert(setting).values({ key: 'appealWindowHours', value: 'forty-eight' }).onConflictDoNothing();
    expect((await readSettings(db)).appealWindowHours).toBe(48);
  });

  test(`${kind}: audit events cannot be changed or deleted`, async () => {
    const db = database(kind);
    await expect(db.execute(sql`update audit_event set type = 'forged'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_event`)).rejects.toThrow();
  });
}

test('a settings patch holds only what was sent, so saving one form never resets a setting it has no field for', () => {
  expect(SettingsPatchSchema.parse({ providerName: 'Ubuntu Skills Academy' })).toEqual({ providerName: 'Ubuntu Skills Academy' });
  expect(SettingsPatchSchema.parse({ lastEnrolmentDate: null, closedDates: [] })).toEqual({ lastEnrolmentDate: null, closedDates: [] });
});

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: saving some settings leaves the others as they were stored`, async () => {
    const db = database(kind);
    await updateSettings(db, null, SettingsPatchSchema.parse({ witnessLinkDays: 30, logbookRequiredEntries: 8, verificationInterviewRequired: true }));
    await updateSettings(db, null, SettingsPatchSchema.parse({ providerName: 'Kept Settings Academy' }));
    expect(await readSettings(db)).toMatchObject({ providerName: 'Kept Settings Academy', witnessLinkDays: 30, logbookRequiredEntries: 8, verificationInterviewRequired: true });
  });
}

test('a settings patch below the SETA sampling minimum is refused with a clear message', () => {
  const result = SettingsPatchSchema.safeParse({ sampleCompetentPercent: 10 });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toBe('must be at least 25% (the SETA minimum)');
  expect(SettingsPatchSchema.safeParse({ unknownSetting: 1 }).success).toBe(false);
});

test('a closed date must be a real date with a name, and a date may not be listed twice', () => {
  const issues = (value: unknown) => SettingsPatchSchema.safeParse({ closedDates: value }).error?.issues.map((i) => i.message);
  expect(issues([{ date: '2026-02-30', name: 'Shutdown' }])).toEqual(['must be a real date written as YYYY-MM-DD']);
  expect(issues([{ date: '2026-11-04', name: ' ' }])).toEqual(['needs a name, such as "Local government elections"']);
  expect(issues([{ date: '2026-11-04', name: 'A' }, { date: '2026-11-04', name: 'B' }])).toEqual(['must not list a date twice']);
  expect(SettingsPatchSchema.safeParse({ lastEnrolmentDate: '30/06/2026' }).success).toBe(false);
});

test('evidence retention is a whole number of months from 0 (keep for ever, the default) to 600, each refusal saying why', () => {
  const message = (value: unknown) => SettingsPatchSchema.safeParse({ evidenceRetentionMonths: value }).error?.issues[0]?.message;
  expect(SettingsSchema.parse({}).evidenceRetentionMonths).toBe(0);
  expect(SettingsPatchSchema.parse({ evidenceRetentionMonths: 0 }).evidenceRetentionMonths).toBe(0);
  expect(SettingsPatchSchema.parse({ evidenceRetentionMonths: 600 }).evidenceRetentionMonths).toBe(600);
  expect(message(-1)).toBe('cannot be negative (0 keeps files for ever)');
  expect(message(601)).toBe('must be at most 600 months (50 years)');
  expect(message(12.5)).toBe('must be a whole number of months');
});
