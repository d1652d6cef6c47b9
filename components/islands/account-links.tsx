import { lazy, Suspense, useEffect } from 'react';
import { isMe, useAccountStore } from '@/components/layout/account-store';
import { ACCOUNT_LINK_CLASS, AccountLinkItems, PlainLink } from '@/components/layout/account-link-items';

// Only signed-in visitors download the sync code.
const ProgressSync = lazy(() => import('@/components/progress/progress-sync').then((module) => ({ default: module.ProgressSync })));

/**
 * The signed-in part of a prerendered lesson's header: the same links the app's header shows, read
 * from /api/me after load so the lesson itself stays one cacheable file. Signing out goes through
 * the sign-out page, since a prerendered page cannot carry the app's sign-out form.
 */
export function AccountLinks() {
  const me = useAccountStore((state) => state.me);
  useEffect(() => {
    let live = true;
    fetch('/api/me', { cache: 'no-store' })
      .then((response) => response.json())
      .then((body: unknown) => {
        if (live && isMe(body)) useAccountStore.getState().answer(body);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  if (me === null) return null;
  return (
    <>
      <AccountLinkItems
        me={me}
        Link={PlainLink}
        signOut={
          <a href="/sign-out" className={ACCOUNT_LINK_CLASS}>
            Sign out
          </a>
        }
      />
      {me.signedIn ? (
        <Suspense fallback={null}>
          <ProgressSync />
        </Suspense>
      ) : null}
    </>
  );
}
