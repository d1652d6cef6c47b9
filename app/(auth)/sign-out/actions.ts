'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { writeAudit } from '@/lib/audit/write-audit';
import { getAuth } from '@/lib/auth/auth';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/client';

export async function signOutAction(): Promise<void> {
  const current = await getCurrentUser();
  if (current) {
    await writeAudit(await getDb(), { id: current.id, role: current.role }, { type: 'user', id: current.id }, { type: 'auth.signed_out', data: {} });
    const auth = await getAuth();
    await auth.api.signOut({ headers: await headers() });
  }
  redirect('/?signed-out=1');
}
