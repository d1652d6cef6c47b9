'use client';

import { AppLink as Link } from '@/components/ui/app-link';
import { usePathname } from 'next/navigation';
import { lazy, Suspense, useEffect, useState } from 'react';
import { SignOutButton } from '@/components/layout/sign-out-button';
import type { Role } from '@/lib/db/schema/people';

// Only signed-in visitors download the sync code.
const ProgressSync = lazy(() => import('@/components/progress/progress-sync').then((module) => ({ default: module.ProgressSync })));

type Me = { signedIn: false; setupRequired: boolean } | { signedIn: true; name: string; role: Role };

const ROLE_LINKS: Record<Role, { href: string; label: string }[]> = {
  learner: [
    { href: '/learn', label: 'My learning' },
    { href: '/assessment', label: 'Assessment' },
    { href: '/portfolio', label: 'Portfolio' },
    { href: '/record', label: 'My record' },
  ],
  assessor: [{ href: '/assess', label: 'My queue' }],
  moderator: [{ href: '/moderate', label: 'Moderation' }],
  admin: [
    { href: '/admin/users', label: 'Users' },
    { href: '/admin/settings', label: 'Settings' },
    { href: '/admin/audit', label: 'Audit trail' },
    { href: '/moderate', label: 'Moderation' },
  ],
};

function isMe(value: unknown): value is Me {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'signedIn') === 'boolean';
}

/** The signed-in part of the header, read after load so lesson pages stay static and cacheable. */
export function AccountNav() {
  const [me, setMe] = useState<Me | null>(null);
  const pathname = usePathname();
  // Read again after each navigation: signing in or out happens on another page of this same layout.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not an input
  useEffect(() => {
    let live = true;
    fetch('/api/me', { cache: 'no-store' })
      .then((response) => response.json())
      .then((body: unknown) => {
        if (live && isMe(body)) setMe(body);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [pathname]);
  const linkClass = 'inline-block py-1 text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline';
  if (me === null) return null;
  if (!me.signedIn) {
    return (
      <>
        {me.setupRequired ? (
          <li>
            <Link href="/setup" className={`${linkClass} font-semibold text-brand-700`}>
              Set up this site
            </Link>
          </li>
        ) : null}
        <li>
          <Link href="/sign-in" className={linkClass}>
            Sign in
          </Link>
        </li>
      </>
    );
  }
  return (
    <>
      {ROLE_LINKS[me.role].map((link) => (
        <li key={link.href}>
          <Link href={link.href} className={linkClass}>
            {link.label}
          </Link>
        </li>
      ))}
      <li>
        <Link href="/account" className={linkClass}>
          Account<span className="sr-only"> ({me.name}, {me.role})</span>
        </Link>
      </li>
      <li>
        <SignOutButton />
      </li>
      <Suspense fallback={null}>
        <ProgressSync />
      </Suspense>
    </>
  );
}
