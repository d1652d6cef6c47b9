import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/app/(auth)/sign-in/sign-in-form';
import { getCurrentUser, homeFor } from '@/lib/auth/current-user';
import { safeNextPath } from '@/lib/auth/safe-next';
import { getDb } from '@/lib/db/client';
import { readSettings } from '@/lib/settings/settings-store';
import { adminExists } from '@/lib/users/first-admin';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await getCurrentUser();
  if (current) redirect(homeFor(current.role));
  const db = await getDb();
  if (!(await adminExists(db))) redirect('/setup');
  const settings = await readSettings(db);
  const params = await searchParams;
  const next = safeNextPath(params.next);
  const registered = params.registered === '1';
  const passwordSet = params.password === 'set';
  return (
    <div className="max-w-lg">
      <h1 className="text-3xl font-bold">Sign in</h1>
      {passwordSet ? (
        <p role="status" className="mt-3 rounded-md bg-emerald-50 px-4 py-3 text-emerald-900">
          Your password is set. Sign in with it now.
        </p>
      ) : registered ? (
        <p role="status" className="mt-3 rounded-md bg-emerald-50 px-4 py-3 text-emerald-900">
          Thank you. If this e-mail address was new, your account is ready: sign in below with the password you chose. If the address already had an
          account, sign in with that account&rsquo;s password.
        </p>
      ) : (
        <p className="mt-3 text-slate-700">Sign in to keep your progress on every device, take the assessment and see your record of learning.</p>
      )}
      <div className="mt-6">
        <SignInForm next={next} />
      </div>
      <p className="mt-4">
        <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
          Forgot your password?
        </Link>
      </p>
      {settings.selfSignUp ? (
        <p className="mt-6">
          New learner?{' '}
          <Link href="/sign-up" className="font-semibold text-brand-700 underline">
            Create an account
          </Link>
        </p>
      ) : (
        <p className="mt-6 text-slate-700">Accounts are created by your training provider. Ask them for your sign-in details.</p>
      )}
    </div>
  );
}
