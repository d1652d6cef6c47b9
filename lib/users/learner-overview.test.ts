import { afterAll, beforeAll, expect, test } from 'vitest';
import { person } from '@/lib/assessment/testing/fixtures';
import type { DatabaseHandle } from '@/lib/db/open-database';
import { openTestDatabase, TEST_DATABASE_KINDS } from '@/lib/db/testing/test-databases';
import { assignedLearnerCount, learnerSummaries } from '@/lib/users/learner-overview';
import { assignAssessor } from '@/lib/users/manage-users';

const handles = new Map<string, DatabaseHandle>();
beforeAll(async () => {
  for (const kind of TEST_DATABASE_KINDS) handles.set(kind, await openTestDatabase(kind));
});
afterAll(async () => {
  for (const handle of handles.values()) await handle.close();
});

for (const kind of TEST_DATABASE_KINDS) {
  test(`${kind}: an assessor's learners come in name order, a page at a time, namesakes never repeated or lost across pages, and nobody else's learner is listed`, async () => {
    const handle = handles.get(kind);
    if (!handle) throw new Error('no database');
    const admin = { id: await person(handle, 'Admin Person', 'admin'), role: 'admin' as const };
    const assessor = await person(handle, 'Thandi Assessor', 'assessor', 'REG-1');
    const other = await person(handle, 'Other Assessor', 'assessor', 'REG-2');
    const names = ['Zanele Dube', 'Ayanda Khumalo', 'Mpho Nkosi', 'Ayanda Khumalo', 'Lerato Mokoena'];
    const ids: string[] = [];
    for (const name of names) {
      const id = await person(handle, name, 'learner');
      await assignAssessor(handle.db, admin, id, assessor);
      ids.push(id);
    }
    const elsewhere = await person(handle, 'Bongani Other', 'learner');
    await assignAssessor(handle.db, admin, elsewhere, other);

    const scope = { assessorId: assessor };
    const first = await learnerSummaries(handle.db, scope, { limit: 3, offset: 0 });
    const second = await learnerSummaries(handle.db, scope, { limit: 3, offset: 3 });
    const namesakes = ids.filter((_, index) => names[index] === 'Ayanda Khumalo');
    expect(first.map((row) => row.fullName)).toEqual(['Ayanda Khumalo', 'Ayanda Khumalo', 'Lerato Mokoena']);
    const oneByOne = [0, 1].map((offset) => learnerSummaries(handle.db, scope, { limit: 1, offset }));
    expect(new Set((await Promise.all(oneByOne)).flat().map((row) => row.learnerId))).toEqual(new Set(namesakes));
    expect(second.map((row) => row.fullName)).toEqual(['Mpho Nkosi', 'Zanele Dube']);
    expect([...first, ...second].every((row) => row.assessorName === 'Thandi Assessor')).toBe(true);
    expect(await assignedLearnerCount(handle.db, assessor)).toBe(5);
  });
}
