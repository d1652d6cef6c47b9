import { sql } from 'drizzle-orm';
import { afterEach, expect, test } from 'vitest';
import { MIGRATE_OFF_ADVICE, migrateIfPending, migrationsPending } from '@/lib/db/migration-state';
import { type DatabaseHandle, openDatabase } from '@/lib/db/open-database';
import { openTestDatabase, TEST_APP_ROLE, type TestDatabase } from '@/lib/db/testing/test-databases';

let handles: (DatabaseHandle | TestDatabase)[] = [];
afterEach(async () => {
  for (const handle of handles) await handle.close();
  handles = [];
});

test('pglite: an empty database has migrations pending, a migrated one none, and migrating again changes nothing', async () => {
  const handle = await openDatabase({ kind: 'pglite-memory' });
  handles.push(handle);
  expect(await migrationsPending(handle)).toBe(true);
  await migrateIfPending(handle);
  expect(await migrationsPending(handle)).toBe(false);
  await migrateIfPending(handle);
  const applied = (await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as unknown as { rows: { n: number }[] };
  expect(applied.rows[0]?.n).toBeGreaterThan(0);
});

test('pglite, MIGRATE_ON_START=false: pending migrations stop the server with the way to migrate, and nothing is applied', async () => {
  const handle = await openDatabase({ kind: 'pglite-memory' });
  handles.push(handle);
  await expect(migrateIfPending(handle, { migrate: false })).rejects.toThrow(MIGRATE_OFF_ADVICE);
  expect(await migrationsPending(handle)).toBe(true);
  await migrateIfPending(handle);
  // Once migrated by the separate step, a server that may not migrate starts.
  await expect(migrateIfPending(handle, { migrate: false })).resolves.toBeUndefined();
});

test.skipIf(!TEST_APP_ROLE)('postgres, application role: a schema behind the code stops the server with the way to migrate as the owner', async () => {
  const database = await openTestDatabase('postgres');
  handles.push(database);
  expect(await migrationsPending(database)).toBe(false);
  await migrateIfPending(database);
  // The newest migration forgotten: the application role sees it is missing but may not apply it.
  await database.owner.execute(sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`);
  expect(await migrationsPending(database)).toBe(true);
  await expect(migrateIfPending(database)).rejects.toThrow(
    'The database needs migrations that the application role may not apply. Run `npm run db:migrate` with DATABASE_OWNER_URL set to the owner role (and DATABASE_URL to the application role), then start again.',
  );
});
