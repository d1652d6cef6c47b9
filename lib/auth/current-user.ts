import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getAuth } from '@/lib/auth/auth';
import { readSessionProfile } from '@/lib/auth/session-profile';
import { getDb } from '@/lib/db/client';
import type { Role } from '@/lib/db/schema/people';

export type CurrentUser = {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  registrationNumber: string | null;
  identityKind: 'sa-id' | 'passport' | null;
};

/** The signed-in person with their profile, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const requestHeaders = await headers();
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const db = await getDb();
  const row = await readSessionProfile(db, session.user.id, session.session.token);
  if (!row) return null;
  return {
    id: session.user.id,
    email: session.user.email,
    fullName: row.fullName,
    role: row.role,
    registrationNumber: row.registrationNumber,
    identityKind: row.identityKind,
  };
});

export function homeFor(role: Role): string {
  switch (role) {
    case 'learner':
      return '/learn';
    case 'assessor':
      return '/assess';
    case 'moderator':
      return '/moderate';
    case 'admin':
      return '/admin/users';
  }
}
