'use client';

import { AppLink as Link } from '@/components/ui/app-link';
import { usePathname } from 'next/navigation';
import { lazy, Suspense, useEffect } from 'react';
import { isMe, useAccountStore } from '@/components/layout/account-store';
import { SignOutButton } from '@/components/layout/sign-out-button';
import { AccountLinkItems } from '@/components/layout/account-link-items';

// Only signed-in visitors download the sync code.
const ProgressSync = lazy(() => import('@/components/progress/progress-sync').then((module) => ({ default: module.ProgressSync })));


/**
 * The signed-in part of the header, read after load so lesson pages stay static and cacheable.
 * Signed-in areas and the sign-out button say who it is at once (see account-seed.tsx); /api/me
 * answers for every other page.
 */
export function AccountNav() {
  const me = useAccountStore((state) => state.me);
  const pathname = usePathname();
  // Read again after each navigation: signing in or out happens on another page of this same layout.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not an input
  useEffect(() => {
    let live = true;
    const learnedBefore = useAccountStore.getState().learned;
    fetch('/api/me', { cache: 'no-store' })
      .then((response) => response.json())
      .then((body: unknown) => {
        const { learned, answer } = useAccountStore.getState();
        if (live && isMe(body) && learned === learnedBefore) answer(body);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [pathname]);
  if (me === null) return null;
  return (
    <>
      <AccountLinkItems me={me} Link={Link} signOut={<SignOutButton />} />
      {me.signedIn ? (
        <Suspense fallback={null}>
          <ProgressSync />
        </Suspense>
      ) : null}
    </>
  );
}
