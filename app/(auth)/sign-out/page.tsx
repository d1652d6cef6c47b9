import type { Metadata } from 'next';
import { SignOutButton } from '@/components/layout/sign-out-button';

export const metadata: Metadata = { title: 'Sign out' };

export default function SignOutPage() {
  return (
    <div className="max-w-lg">
      <h1 className="text-3xl font-bold">Sign out</h1>
      <p className="mt-3 text-slate-700">Your progress is saved to your account. Signing out removes it from this browser.</p>
      <div className="mt-6">
        <SignOutButton />
      </div>
    </div>
  );
}
