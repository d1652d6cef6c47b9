import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { person } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { profile, user } from '@/lib/db/schema';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { assignAssessor } from '@/lib/users/manage-users';
import { listUsers, USER_PAGE_SIZE } from '@/lib/users/user-list';

const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

/** Many people at once, written straight to the tables: an intake's size without hashing a password for each. */
async function intake(handle: DatabaseHandle, tag: string, count: number): Promise<string[]> {
  const people = Array.from({ length: count }, (_, index) => ({ id: randomUUID(), fullName: `${tag} ${String(index).padStart(3, '0')}` }));
  await handle.db.insert(user).values(people.map((p) => ({ id: p.id, name: p.fullName, email: `${p.id}@intake.example.co.za` })));
  await handle.db.insert(profile).values(people.map((p) => ({ userId: p.id, fullName: p.fullName, role: 'learner' as const })));
  return people.map((p) => p.id);
}

for (const kind of TEST_DATABASE_KINDS) {
  const handleOf = () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    return handle;
  };

  test(`${kind}: a large intake is listed a page at a time in name order, with the total found, and a page past the end is empty`, async () => {
    const handle = handleOf();
    const ids = await intake(handle, 'Pagetest', USER_PAGE_SIZE + 5);
    const first = await listUsers(handle.db, { search: 'pagetest' }, 0);
    expect(first.total).toBe(USER_PAGE_SIZE + 5);
    expect(first.rows.map((row) => row.id)).toEqual(ids.slice(0, USER_PAGE_SIZE));
    const second = await listUsers(handle.db, { search: 'pagetest' }, 1);
    expect(second.rows.map((row) => row.fullName)).toEqual(['Pagetest 050', 'Pagetest 051', 'Pagetest 052', 'Pagetest 053', 'Pagetest 054']);
    expect((await listUsers(handle.db, { search: 'pagetest' }, 2)).rows).toEqual([]);
  });

  test(`${kind}: people are found by role and by any part of their name or e-mail address, with % and _ taken literally, and a learner shows their assessor`, async () => {
    const handle = handleOf();
    const admin = { id: await person(handle, 'Findme Admin', 'admin'), role: 'admin' as const };
    const assessor = await person(handle, 'Findme Assessor', 'assessor', 'REG-F1');
    const learner = await person(handle, 'Findme Learner_One', 'learner');
    await assignAssessor(handle.db, admin, learner, assessor);
    const everyone = await listUsers(handle.db, { search: 'FINDME' }, 0);
    expect(everyone.rows.map((row) => [row.fullName, row.role])).toEqual([
      ['Findme Admin', 'admin'],
      ['Findme Assessor', 'assessor'],
      ['Findme Learner_One', 'learner'],
    ]);
    expect(everyone.rows.find((row) => row.id === learner)?.assessorId).toBe(assessor);
    expect((await listUsers(handle.db, { search: 'findme', role: 'assessor' }, 0)).rows.map((row) => row.id)).toEqual([assessor]);
    expect((await listUsers(handle.db, { search: 'findmelearner_one-' }, 0)).rows.map((row) => row.id)).toEqual([learner]);
    expect((await listUsers(handle.db, { search: 'findme%one' }, 0)).total).toBe(0);
    expect((await listUsers(handle.db, { role: 'admin' }, 0)).rows.map((row) => row.id)).toContain(admin.id);
  });
}
