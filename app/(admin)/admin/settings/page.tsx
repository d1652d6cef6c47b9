import type { Metadata } from 'next';
import { SettingsForm } from '@/app/(admin)/admin/settings/settings-form';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { readSettings } from '@/lib/settings/settings-store';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('settings:manage', null, '/admin/settings');
  const settings = await readSettings(await getDb());
  const welcome = (await searchParams).welcome === '1';
  return (
    <div className="max-w-2xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold">Settings</h1>
        {welcome ? (
          <p className="mt-3 rounded-md bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">
            The administrator account is ready. Start with the provider&apos;s name and accreditation number, then create your assessors and moderators on the Users page.
          </p>
        ) : null}
      </header>
      <SettingsForm settings={settings} />
    </div>
  );
}
