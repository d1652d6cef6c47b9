import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { SetupForm } from '@/app/(auth)/setup/setup-form';
import { getDb } from '@/lib/db/client';
import { adminExists } from '@/lib/users/first-admin';

export const metadata: Metadata = { title: 'Create the administrator' };

/** Shown once, on an empty database; afterwards the page does not exist. */
export default async function SetupPage() {
  await connection();
  if (await adminExists(await getDb())) notFound();
  return (
    <div className="max-w-lg">
      <h1 className="text-3xl font-bold">Create the administrator</h1>
      <p className="mt-3 text-slate-700">
        This site has no administrator yet. The first account you create here manages users, roles, assessor assignments and the
        provider&apos;s settings. This page disappears once the administrator exists.
      </p>
      <div className="mt-6">
        <SetupForm />
      </div>
    </div>
  );
}
