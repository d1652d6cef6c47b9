import { lazy, Suspense, useEffect } from 'react';
import { isMe, useAccountStore } from '@/components/layout/account-store';
import { ROLE_LINKS } from '@/components/layout/role-links';

// Only signed-in visitors download the sync code.
const ProgressSync = lazy(() => import('@/components/progress/progress-sync').then((module) => ({ default: module.ProgressSync })));

const linkClass = 'inline-block py-1 text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline';

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
  if (!me.signedIn) {
    return (
      <>
        {me.setupRequired ? (
          <li>
            <a href="/setup" className={`${linkClass} font-semibold text-brand-700`}>
              Set up this site
            </a>
          </li>
        ) : null}
        <li>
          <a href="/sign-in" className={linkClass}>
            Sign in
          </a>
        </li>
      </>
    );
  }
  return (
    <>
      {ROLE_LINKS[me.role].map((link) => (
        <li key={link.href}>
          <a href={link.href} className={linkClass}>
            {link.label}
          </a>
        </li>
      ))}
      <li>
        <a href="/account" className={linkClass}>
          Account<span className="sr-only"> ({me.name}, {me.role})</span>
        </a>
      </li>
      <li>
        <a href="/sign-out" className={linkClass}>
          Sign out
        </a>
      </li>
      <Suspense fallback={null}>
        <ProgressSync />
      </Suspense>
    </>
  );
}
