import type { Metadata } from 'next';
import { ForgotPasswordForm } from '@/app/(auth)/forgot-password/forgot-password-form';
import { AppLink as Link } from '@/components/ui/app-link';

export const metadata: Metadata = { title: 'Forgot your password?' };

export default function ForgotPasswordPage() {
  return (
    <div className="max-w-lg">
      <h1 className="text-3xl font-bold">Forgot your password?</h1>
      <p className="mt-3 text-slate-700">
        Enter the e-mail address you sign in with. We send it a link to set a new password: the link works once, for an hour.
      </p>
      <div className="mt-6">
        <ForgotPasswordForm />
      </div>
      <p className="mt-6">
        Remembered it?{' '}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
