import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DataRightForm } from '@/app/(admin)/admin/learners/[learnerId]/data-right-form';
import { AppLink as Link } from '@/components/ui/app-link';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { isRecordId } from '@/lib/forms/storable-text';
import { formatSastTime } from '@/lib/format/sast';
import { learnerStanding } from '@/lib/privacy/learner-standing';
import { readSettings } from '@/lib/settings/settings-store';

export const metadata: Metadata = { title: 'A learner’s data' };

export default async function LearnerDataPage({ params }: { params: Promise<{ learnerId: string }> }) {
  const { learnerId } = await params;
  await requirePermission('users:manage', null, `/admin/learners/${learnerId}`);
  if (!isRecordId(learnerId)) notFound();
  const db = await getDb();
  const standing = await learnerStanding(db, learnerId);
  if (!standing) notFound();
  const { evidenceRetentionMonths } = (await readSettings(db)) as { evidenceRetentionMonths?: number };
  const retention = evidenceRetentionMonths
    ? `Evidence files are removed ${evidenceRetentionMonths} months after a record becomes final (see Settings); the record keeps each file's name and fingerprint.`
    : 'Evidence files are kept until you set a retention period in Settings; the record keeps each file’s name and fingerprint either way.';
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href="/admin/learners" className="text-brand-700 underline">
            Learners
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{standing.fullName}</h1>
        <p className="text-slate-700">{standing.anonymised ? 'Anonymised: this account cannot sign in and holds no contact details.' : standing.email}</p>
        <p className="text-slate-700">
          {standing.attempts} assessment attempt{standing.attempts === 1 ? '' : 's'};{' '}
          {standing.finalRecords.length > 0
            ? `final record ${standing.finalRecords.map((record) => `${record.verificationCode} (signed ${formatSastTime(record.createdAt)})`).join(', ')}.`
            : 'no final record.'}
        </p>
      </header>

      <section aria-labelledby="copy-heading" className="space-y-3">
        <h2 id="copy-heading" className="text-xl font-bold">
          A copy of their data
        </h2>
        <p className="text-slate-700">
          When a learner asks for their information in writing, download it here: one ZIP archive with their profile, progress, knowledge checks, attempts and answers,
          uploaded files, recordings, judgements, moderation decisions, sealed records and the audit events about them. Learners can download the same archive from
          their account page. Each download is recorded in the audit trail.
        </p>
        <p>
          <a href={`/api/admin/learners/${standing.id}/data-export`} download className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 font-semibold text-brand-800">
            Download {standing.anonymised ? 'what is kept' : `${standing.fullName}’s data`} (ZIP)
          </a>
        </p>
      </section>

      <section aria-labelledby="remove-heading" className="space-y-3">
        <h2 id="remove-heading" className="text-xl font-bold">
          {standing.right === 'erase' ? 'Erase this learner' : standing.right === 'anonymise' ? 'Anonymise this learner' : 'Nothing more to remove'}
        </h2>
        {standing.right === 'erase' ? (
          <>
            <p className="text-slate-700">
              {standing.fullName} has no final record and no attempt in a moderation sample, so nothing about them has to be kept. Erasing deletes their account,
              profile and ID number, progress, knowledge checks, attempts and answers, evidence and recordings (the files go at the next storage sweep), logbook,
              witness invitations and testimonies, and any judgements of their work.
            </p>
            <p className="text-slate-700">
              Kept: the audit trail, which cannot be changed without breaking its chain. Its events name the learner by account number only, except the event that
              created the account, which holds the e-mail address it was created with; a new event records the erasure.
            </p>
            <DataRightForm learnerId={standing.id} fullName={standing.fullName} right="erase" />
          </>
        ) : null}
        {standing.right === 'anonymise' ? (
          <>
            <p className="text-slate-700">
              {standing.finalRecords.length > 0
                ? `${standing.fullName} has a final record of learning. The provider must keep learner achievement records for the SETA and QCTO, so the learner cannot be erased: they can be anonymised.`
                : `An attempt by ${standing.fullName} is in a moderation sample, which is part of the provider's quality record, so the learner cannot be erased: they can be anonymised.`}
            </p>
            <p className="text-slate-700">
              Removed: their e-mail address, password and every session (they can no longer sign in), the name and ID or passport number on their account,
              lesson progress and knowledge checks, e-mail choices, password links, attempts never submitted, and witnesses’ contact details.
            </p>
            <p className="text-slate-700">
              Kept, and why: each sealed record exactly as it was signed, with the name and ID number on it, because that is the record the provider must keep and
              anyone may verify; the assessed attempts, judgements, moderation decisions and practical evidence behind it, because a moderator or the SETA may need to
              see how the decision was reached; and the audit trail. {retention}
            </p>
            <DataRightForm learnerId={standing.id} fullName={standing.fullName} right="anonymise" />
          </>
        ) : null}
        {standing.right === 'none' ? <p className="text-slate-700">This learner is already anonymised; only what must be kept remains. {retention}</p> : null}
      </section>
    </div>
  );
}
