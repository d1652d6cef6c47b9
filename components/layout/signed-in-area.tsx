import 'server-only';
import type { ReactNode } from 'react';
import { AccountSeed } from '@/components/layout/account-seed';
import { getCurrentUser } from '@/lib/auth/current-user';

/**
 * The layout of every area that needs a signed-in person: those pages are rendered per request
 * anyway, so they hand the header the person (read once per request) instead of leaving it to ask.
 */
export async function SignedInArea({ children }: { children: ReactNode }) {
  const current = await getCurrentUser();
  return (
    <>
      {current ? <AccountSeed name={current.fullName} role={current.role} /> : null}
      {children}
    </>
  );
}
