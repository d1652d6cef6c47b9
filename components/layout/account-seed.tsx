'use client';

import { useLayoutEffect } from 'react';
import { type Me, useAccountStore } from '@/components/layout/account-store';
import type { Role } from '@/lib/db/schema/people';

/**
 * Tells the header who is signed in with the page itself, before it paints: right after setting up
 * the site or signing in, the header must not show the signed-out links until /api/me answers.
 */
export function AccountSeed({ name, role }: { name: string; role: Role }) {
  useLayoutEffect(() => {
    const me: Me = { signedIn: true, name, role };
    useAccountStore.getState().learn(me);
  }, [name, role]);
  return null;
}
