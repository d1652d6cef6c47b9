import type { Metadata } from 'next';
import { VerifyEvidence } from '@/components/record/verify-evidence';
import { AppLink as Link } from '@/components/ui/app-link';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { baseUrl } from '@/lib/auth/create-auth';
import { getDb } from '@/lib/db/client';
import { lookUpCountry } from '@/lib/identity/countries';
import { maskIdentity } from '@/lib/identity/mask';
import { formatSast, judgementLabel } from '@/lib/record/format-record';
import { VERIFY_REFUSAL_HEADER } from '@/lib/record/verify-gate';
import { verifyRecord } from '@/lib/record/verify-record';
import { unitStandardLine } from '@/lib/content/registration-status';

export const metadata: Metadata = { title: 'Verify a record of learning', robots: { index: false } };

function countryCode(name: string | null): string {
  const found = name ? lookUpCountry(name) : null;
  return found?.ok ? found.code : '??';
}

/** A malformed escape (a lone "%") is no code at all, not a server error. */
function decodedOrNull(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  // The proxy counts look-ups per client and, over the limit, answers 429 and says how long to wait.
  const wait = Number((await headers()).get(VERIFY_REFUSAL_HEADER) ?? 0);
  if (wait > 0) {
    return (
      <article className="max-w-2xl">
        <h1 className="text-3xl font-bold">Too many look-ups</h1>
        <p className="mt-3">
          {`This connection has checked many records in a short time. Wait ${wait} second${wait === 1 ? '' : 's'}, then try again.`}
        </p>
      </article>
    );
  }
  const typed = decodedOrNull(code);
  if (typed === null) notFound();
  const result = await verifyRecord(await getDb(), typed, baseUrl());
  // 404, so a wrong code is not mistaken for a record; not-found.tsx beside this page says so.
  if (!result.found) notFound();
  const record = result.record;
  const identity = record?.candidate.identityNumber
    ? maskIdentity(
        record.candidate.identityLabel === 'ID number'
          ? { kind: 'sa-id', idNumber: record.candidate.identityNumber }
          : { kind: 'passport', passportNumber: record.candidate.identityNumber, country: countryCode(record.candidate.passportCountry) },
      )
    : null;
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">Record of learning {result.code}</h1>
      {!result.intact ? (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-4 font-bold text-red-900">
          Warning: the stored record no longer matches its signed fingerprint. It has been altered since it was signed and must not be relied on.
          Contact the training provider.
        </p>
      ) : result.supersededByCode ? (
        <p className="rounded-md border-2 border-amber-700 bg-amber-50 p-4 font-semibold">
          {result.supersededBecause === 'later-attempt' ? 'A later attempt\u2019s final record replaces this one' : 'This version was superseded by a corrected record'}: verify{' '}
          <Link href={`/verify/${result.supersededByCode}`} className="underline">
            {result.supersededByCode}
          </Link>{' '}
          instead.
        </p>
      ) : (
        <p className="rounded-md border-2 border-emerald-700 bg-emerald-50 p-4 font-semibold">
          Genuine: this is a final record, unchanged since it was signed. Compare the details below with the printout.
        </p>
      )}
      {record ? (
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
          <dt className="font-semibold">Status</dt>
          <dd>{result.supersededByCode ? 'Superseded' : 'Final'} (version {result.version})</dd>
          <dt className="font-semibold">Candidate</dt>
          <dd>{record.candidate.name}</dd>
          <dt className="font-semibold">{record.candidate.identityLabel ?? 'Identity'}</dt>
          <dd>
            {identity ? (
              <>
                <span aria-hidden="true">{identity.text}</span>
                <span className="sr-only">{identity.label}</span>
              </>
            ) : (
              'Not given'
            )}
          </dd>
          <dt className="font-semibold">Unit standard</dt>
          <dd>
            {unitStandardLine(record.unitStandard)}
          </dd>
          <dt className="font-semibold">Provider</dt>
          <dd>
            {record.provider.name || '—'} {record.provider.accreditationNumber ? `(${record.provider.accreditationNumber})` : ''}
          </dd>
          <dt className="font-semibold">Assessor</dt>
          <dd>
            {record.assessor.name}, registration {record.assessor.registrationNumber}
          </dd>
          <dt className="font-semibold">Moderator</dt>
          <dd>
            {record.moderator.name}, registration {record.moderator.registrationNumber}
          </dd>
          {record.outcomes.map((outcome) => (
            <div key={outcome.code} className="contents">
              <dt className="font-semibold">{outcome.code}</dt>
              <dd>{outcome.result ? judgementLabel(outcome.result) : '—'}</dd>
            </div>
          ))}
          <dt className="font-semibold">Overall result</dt>
          <dd className="font-bold">{record.overall ? judgementLabel(record.overall) : '—'}</dd>
          <dt className="font-semibold">Submitted</dt>
          <dd>{record.dates.submitted ? formatSast(record.dates.submitted) : '—'}</dd>
          <dt className="font-semibold">Assessed</dt>
          <dd>{record.dates.assessed ? formatSast(record.dates.assessed) : '—'}</dd>
          <dt className="font-semibold">Moderated</dt>
          <dd>{record.dates.moderated ? formatSast(record.dates.moderated) : '—'}</dd>
          <dt className="font-semibold">Snapshot sha256</dt>
          <dd className="break-all font-mono text-sm">{result.sha256}</dd>
        </dl>
      ) : (
        <p>The stored record cannot be read.</p>
      )}
      {record ? <VerifyEvidence record={record} /> : null}
    </article>
  );
}
