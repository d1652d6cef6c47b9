import pg from 'pg';
import { expect, test } from 'vitest';
import { openTestDatabase } from '@/lib/db/testing/test-databases';

const twoRoles = Boolean(process.env.TEST_DATABASE_URL && process.env.TEST_DATABASE_APP_URL);

test.skipIf(!twoRoles)('postgres, two roles: a test database is dropped even while an application-role session outlives its pool', async () => {
  const handle = await openTestDatabase('postgres');
  const { rows } = (await handle.owner.execute('select current_database() as name')) as unknown as { rows: { name: string }[] };
  const name = rows[0]?.name ?? '';
  const url = new URL(process.env.TEST_DATABASE_APP_URL ?? '');
  url.pathname = `/${name}`;
  // A session the test forgot to close: the owner may not end it, the drop must still succeed.
  const straggler = new pg.Client({ connectionString: url.toString() });
  straggler.on('error', () => {});
  await straggler.connect();
  await handle.close();
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  const left = await admin.query('select 1 from pg_database where datname = $1', [name]);
  await admin.end();
  await straggler.end().catch(() => {});
  expect(left.rowCount).toBe(0);
}, 30_000);
