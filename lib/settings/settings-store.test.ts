import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { auditEvent, setting } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { SettingsPatchSchema } from '@/lib/settings/settings-schema';
import { readSettings, updateSettings } from '@/lib/settings/settings-store';

const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
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

test('a settings patch below the SETA sampling minimum is refused with a clear message', () => {
  const result = SettingsPatchSchema.safeParse({ sampleCompetentPercent: 10 });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toBe('must be at least 25% (the SETA minimum)');
  expect(SettingsPatchSchema.safeParse({ unknownSetting: 1 }).success).toBe(false);
});
