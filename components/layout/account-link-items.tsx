import type { ComponentType, ReactNode } from 'react';
import type { Me } from '@/components/layout/account-store';
import { ROLE_LINKS } from '@/components/layout/role-links';

type LinkProps = { href: string; className: string; children: ReactNode };

const linkClass = 'inline-block py-1 text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline';

type Props = {
  me: Me;
  /** The app's client-side link on app pages; a plain anchor on a prerendered lesson. */
  Link: ComponentType<LinkProps>;
  /** The sign-out control: the app's form, or on a lesson a link to the sign-out page. */
  signOut: ReactNode;
};

/** The header's list items for whoever is signed in (or not): the same on app pages and lessons. */
export function AccountLinkItems({ me, Link, signOut }: Props) {
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
      <li>{signOut}</li>
    </>
  );
}

/** A plain anchor with the link props above, for pages without the app's router. */
export function PlainLink({ href, className, children }: LinkProps) {
  return (
    <a href={href} className={className}>
      {children}
    </a>
  );
}

export const ACCOUNT_LINK_CLASS = linkClass;
