import { eq } from 'drizzle-orm';
import { type Actor, type DbOrTx, writeAudit } from '@/lib/audit/write-audit';
import type { Db } from '@/lib/db/open-database';
import { setting } from '@/lib/db/schema';
import { SETTING_KEYS, SETTING_SCHEMAS, type Settings, type SettingsPatch, SettingsSchema } from '@/lib/settings/settings-schema';

export async function readSettings(db: DbOrTx): Promise<Settings> {
  const rows = await db.select().from(setting);
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    const key = SETTING_KEYS.find((candidate) => candidate === row.key);
    if (!key) continue;
    const parsed = SETTING_SCHEMAS[key].safeParse(row.value);
    if (parsed.success) stored[key] = parsed.data;
  }
  return SettingsSchema.parse(stored);
}

/** Applies an already-validated patch; each changed key is stored and audited in one transaction. */
export async function updateSettings(db: Db, actor: Actor, patch: SettingsPatch): Promise<Settings> {
  return db.transaction(async (tx) => {
    const current = await readSettings(tx);
    for (const key of SETTING_KEYS) {
      const next = patch[key];
      // Lists (closed dates) compare by content, so saving an unchanged form writes no event.
      if (next === undefined || JSON.stringify(next) === JSON.stringify(current[key])) continue;
      const existing = await tx.select({ key: setting.key }).from(setting).where(eq(setting.key, key));
      if (next === null) {
        // "No value" (an unset last date) is the default, so the row goes and the default reads back.
        await tx.delete(setting).where(eq(setting.key, key));
      } else if (existing.length > 0) {
        await tx.update(setting).set({ value: next, updatedAt: new Date(), updatedBy: actor?.id ?? null }).where(eq(setting.key, key));
      } else {
        await tx.insert(setting).values({ key, value: next, updatedBy: actor?.id ?? null });
      }
      await writeAudit(tx, actor, { type: 'setting', id: key }, { type: 'settings.changed', data: { key, from: current[key], to: next } });
    }
    return readSettings(tx);
  });
}
