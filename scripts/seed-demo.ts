import { eq } from 'drizzle-orm';
import { dataDir } from '@/lib/db/data-dir';
import { openDatabase, targetFromEnvironment } from '@/lib/db/open-database';
import { user } from '@/lib/db/schema';
import type { Role } from '@/lib/db/schema/people';
import { syncProgress } from '@/lib/progress/progress-store-db';
import { updateSettings } from '@/lib/settings/settings-store';
import { createAccount } from '@/lib/users/create-account';
import { assignAssessor } from '@/lib/users/manage-users';

// Demo people for a provider's first look; synthetic ID numbers from the course brief, never real ones.
export const DEMO_PASSWORD = 'demo-password-114052';
const people: { key: string; email: string; fullName: string; role: Role; registrationNumber?: string; idNumber?: string }[] = [
  { key: 'admin', email: 'admin@demo.example.co.za', fullName: 'Nomvula Khumalo', role: 'admin' },
  { key: 'assessor', email: 'assessor@demo.example.co.za', fullName: 'Thandi Nkosi', role: 'assessor', registrationNumber: 'MICT/ASS/2024/0117' },
  { key: 'moderator', email: 'moderator@demo.example.co.za', fullName: 'Pieter van der Merwe', role: 'moderator', registrationNumber: 'MICT/MOD/2023/0042' },
  { key: 'learner', email: 'learner@demo.example.co.za', fullName: 'Lerato Mokoena', role: 'learner', idNumber: '8001015009087' },
];

const handle = await openDatabase(targetFromEnvironment(dataDir()));
try {
  await handle.migrate();
  const ids: Record<string, string> = {};
  for (const person of people) {
    const [existing] = await handle.db.select({ id: user.id }).from(user).where(eq(user.email, person.email));
    ids[person.key] =
      existing?.id ??
      (await createAccount(
        handle.db,
        {
          email: person.email,
          password: DEMO_PASSWORD,
          fullName: person.fullName,
          role: person.role,
          registrationNumber: person.registrationNumber ?? null,
          identity: person.idNumber ? { identityKind: 'sa-id', idNumber: person.idNumber } : undefined,
        },
        null,
        'user.created',
      ));
  }
  const admin = { id: ids.admin ?? '', role: 'admin' as const };
  await updateSettings(handle.db, admin, { providerName: 'Ubuntu Skills Academy (demo)', accreditationNumber: 'MICT/ACC/0000' });
  await assignAssessor(handle.db, admin, ids.learner ?? '', ids.assessor ?? '');
  const day = (n: number) => new Date(Date.UTC(2026, 2, 2 + n, 7, 30)).toISOString();
  await syncProgress(handle.db, ids.learner ?? '', {
    lessons: {
      '01-welcome-and-assessment': { openedAt: day(0), completedAt: day(0) },
      '02-customer-relationships-and-slas': { openedAt: day(1), completedAt: day(1) },
      '03-priorities-and-the-sla-clock': { openedAt: day(2), completedAt: null },
    },
    answers: {},
  });
  console.log('\nDemo sign-ins (password for all: %s)', DEMO_PASSWORD);
  for (const person of people) console.log(`  ${person.role.padEnd(10)} ${person.email}  (${person.fullName})`);
} finally {
  await handle.close();
}
