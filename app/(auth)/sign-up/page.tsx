import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { notFound, redirect } from 'next/navigation';
import { SignUpForm } from '@/app/(auth)/sign-up/sign-up-form';
import { getCurrentUser, homeFor } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/client';
import { enrolmentClosedReason } from '@/lib/settings/course-dates';
import { readSettings } from '@/lib/settings/settings-store';

export const metadata: Metadata = { title: 'Create a learner account' };

export default async function SignUpPage() {
  const current = await getCurrentUser();
  if (current) redirect(homeFor(current.role));
  const settings = await readSettings(await getDb());
  if (!settings.selfSignUp) notFound();
  const closed = enrolmentClosedReason(settings, new Date());
  if (closed) {
    return (
      <div className="max-w-lg">
        <h1 className="text-3xl font-bold">Enrolment has closed</h1>
        <p role="status" className="mt-3 rounded-md bg-amber-50 px-4 py-3 text-amber-950">
          {closed}
        </p>
        <p className="mt-3 text-slate-700">
          The lessons stay open to read. Learners who already have an account can still{' '}
          <Link href="/sign-in" className="font-semibold text-brand-700 underline">
            sign in
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-lg">
      <h1 className="text-3xl font-bold">Create a learner account</h1>
      <p className="mt-3 text-slate-700">
        With an account your progress follows you to any device, and you can take the summative assessment. Already have one?{' '}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          Sign in
        </Link>
        .
      </p>
      <div className="mt-6">
        <SignUpForm />
      </div>
    </div>
  );
}
