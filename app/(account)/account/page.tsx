import { eq } from 'drizzle-orm';
import type { Metadata } from 'next';
import { IdentityForm, PasswordForm, ProfileForm } from '@/app/(account)/account/account-forms';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { profile } from '@/lib/db/schema';
import { maskIdentity } from '@/lib/identity/mask';
import { MailForm } from '@/app/(account)/account/mail-form';
import { OPTIONAL_BY_ROLE, readMailPreferences } from '@/lib/mail/mail-preferences';

export const metadata: Metadata = { title: 'Your account' };

const ROLE_NAMES = { learner: 'Learner', assessor: 'Assessor', moderator: 'Moderator', admin: 'Administrator' } as const;

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requirePermission('account:manage', { self: true }, '/account');
  const [row] = await (await getDb()).select().from(profile).where(eq(profile.userId, current.id));
  const masked =
    row?.identityKind === 'sa-id' && row.idNumber
      ? maskIdentity({ kind: 'sa-id', idNumber: row.idNumber })
      : row?.identityKind === 'passport' && row.passportNumber && row.passportCountry
        ? maskIdentity({ kind: 'passport', passportNumber: row.passportNumber, country: row.passportCountry })
        : null;
  const signs = can(current, 'registration-number:keep', { relationship: 'self' });
  const keepsIdentity = can(current, 'identity:keep', { relationship: 'self' });
  const exportsOwnData = current.role === 'learner' && can(current, 'personal-data:export', { relationship: 'self' });
  const mail = await readMailPreferences(await getDb(), current.id);
  const optionalMail = OPTIONAL_BY_ROLE[current.role];
  return (
    <div className="max-w-2xl space-y-10">
      <header>
        <h1 className="text-3xl font-bold">Your account</h1>
        <dl className="mt-4 grid grid-cols-[8rem_1fr] gap-y-1 text-slate-800">
          <dt className="font-semibold">Signed in as</dt>
          <dd>{current.email}</dd>
          <dt className="font-semibold">Role</dt>
          <dd>{ROLE_NAMES[current.role]}</dd>
          {keepsIdentity ? (
            <>
              <dt className="font-semibold">Identity</dt>
              <dd>
                {masked ? (
                  <>
                    <span aria-hidden="true">{masked.text}</span>
                    <span className="sr-only">{masked.label}</span>
                  </>
                ) : (
                  'Not given yet: add it below before you submit your assessment.'
                )}
              </dd>
            </>
          ) : null}
          {signs && !current.registrationNumber ? (
            <>
              <dt className="font-semibold">Signing</dt>
              <dd className="font-semibold text-amber-900">Add your SETA registration number below before you sign anything.</dd>
            </>
          ) : null}
        </dl>
      </header>
      <section aria-labelledby="profile-heading" className="space-y-4">
        <h2 id="profile-heading" className="text-xl font-bold">
          Profile
        </h2>
        <ProfileForm fullName={current.fullName} registrationNumber={current.registrationNumber} signs={signs} />
      </section>
      {keepsIdentity ? (
        <section aria-labelledby="identity-heading" className="space-y-4">
          <h2 id="identity-heading" className="text-xl font-bold">
            Identity document
          </h2>
          <p className="text-slate-700">Your record of learning must show your ID or passport number. Enter it again to change it.</p>
          <IdentityForm currentKind={current.identityKind} />
        </section>
      ) : null}
      <section aria-labelledby="mail-heading" className="space-y-4">
        <h2 id="mail-heading" className="text-xl font-bold">
          E-mail
        </h2>
        <p className="text-slate-700">We e-mail you at {current.email}. Your own results, and links you ask us to send, always go out.</p>
        {optionalMail.length > 0 ? <MailForm optional={optionalMail} optedOut={mail.optedOut} offersDigest={current.role === 'assessor'} dailyDigest={mail.dailyDigest} /> : null}
      </section>
      <section aria-labelledby="password-heading" className="space-y-4">
        <h2 id="password-heading" className="text-xl font-bold">
          Change password
        </h2>
        <PasswordForm changed={(await searchParams).password === 'changed'} />
      </section>
      {exportsOwnData ? (
        <section aria-labelledby="data-heading" className="space-y-4">
          <h2 id="data-heading" className="text-xl font-bold">
            Your data
          </h2>
          <p className="text-slate-700">
            Download everything this course holds about you as one ZIP archive: your profile, progress, quiz answers, assessment attempts, uploaded files and
            recordings, judgements, your records of learning and the audit events about you. To have your data removed, ask your training provider: records of
            learning that are final must be kept, and they will tell you what stays.
          </p>
          <p>
            <a href="/api/account/data-export" download className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 font-semibold text-brand-800">
              Download your data (ZIP)
            </a>
          </p>
        </section>
      ) : null}
    </div>
  );
}
