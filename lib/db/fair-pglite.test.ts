import { PGlite } from '@electric-sql/pglite';
import { afterAll, expect, test } from 'vitest';
import { FairPGlite } from '@/lib/db/fair-pglite';

const opened: PGlite[] = [];
afterAll(async () => {
  await Promise.all(opened.map((client) => client.close()));
});

/** Runs twenty queries one after another and says after how many of them a waiting callback got its turn. */
async function turnOfWaitingCallback(client: PGlite): Promise<number> {
  opened.push(client);
  await client.waitReady;
  let done = 0;
  let turn = -1;
  setImmediate(() => {
    turn = done;
  });
  for (let index = 0; index < 20; index += 1) {
    await client.query('select 1');
    done += 1;
  }
  return turn;
}

test('a request with many queries on the embedded database lets waiting work in before its first query, not after its last', async () => {
  expect(await turnOfWaitingCallback(new PGlite())).toBe(-1);
  expect(await turnOfWaitingCallback(new FairPGlite())).toBe(0);
});

test('a transaction on the fair client commits as usual', async () => {
  const client = new FairPGlite();
  opened.push(client);
  await client.exec('create table t (n int)');
  await client.transaction(async (tx) => {
    await tx.query('insert into t values (1)');
    await tx.query('insert into t values (2)');
  });
  expect((await client.query<{ total: number }>('select sum(n)::int as total from t')).rows).toEqual([{ total: 3 }]);
});
