import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SetPasswordForm } from '@/app/(auth)/set-password/[token]/set-password-form';
import { AppLink as Link } from '@/components/ui/app-link';
import { getDb } from '@/lib/db/client';
import { findUsableLink, LINK_UNUSABLE } from '@/lib/users/password-links';

// The token is in the address: browsers must not pass it on, nor search engines keep it
// (next.config.ts sends the same policy as a header).
export const metadata: Metadata = { title: 'Set your password', referrer: 'no-referrer', robots: { index: false, follow: false } };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  // Rendered for every request, never kept: a link used a moment ago must not still show its form.
  await connection();
  const { token } = await params;
  const link = await findUsableLink(await getDb(), token);
  if (!link) {
    return (
      <div className="max-w-lg">
        <h1 className="text-3xl font-bold">This link cannot be used</h1>
        <p role="status" className="mt-3 rounded-md bg-amber-50 px-4 py-3 text-amber-950">
          {LINK_UNUSABLE}
        </p>
        <p className="mt-6">
          <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
            Ask for a new link
          </Link>
        </p>
      </div>
    );
  }
  const invitation = link.purpose === 'invitation';
  return (
    <div className="max-w-lg">
      <h1 className="text-3xl font-bold">{invitation ? 'Welcome' : 'Choose a new password'}</h1>
      <p className="mt-3 text-lg">
        Set a password for <span className="font-semibold">{link.fullName}</span> <span className="break-all">({link.email})</span>.
      </p>
      <p className="mt-3 text-slate-700">
        {invitation
          ? 'Choose a password to finish setting up your account. You then sign in with your e-mail address and this password.'
          : 'Choose a new password. Once it is set you are signed out on every device, and you sign in again with the new password.'}{' '}
        This link works once.
      </p>
      <div className="mt-6">
        <SetPasswordForm token={token} email={link.email} submitLabel={invitation ? 'Set my password' : 'Set my new password'} />
      </div>
    </div>
  );
}
