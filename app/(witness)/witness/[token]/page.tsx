import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { TestimonyForm } from '@/components/witness/testimony-form';
import { WitnessRefusalView } from '@/components/witness/witness-refusal';
import { authorizeWitness } from '@/lib/auth/witness-actor';
import { getCourseContent } from '@/lib/content/course-content';
import { getDb } from '@/lib/db/client';
import { formatSastTime } from '@/lib/format/sast';
import { getPracticalContent } from '@/lib/portfolio/practical-content';
import { openWitnessLink } from '@/lib/portfolio/witness/open-witness-link';
import { WITNESS_REFUSAL_HEADER } from '@/lib/portfolio/witness/witness-gate';

// The token is in the address: the page tells browsers not to pass it on and search engines not to keep it.
export const metadata: Metadata = { title: 'Witness testimony', referrer: 'no-referrer', robots: { index: false, follow: false } };

export default async function WitnessPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if ((await headers()).get(WITNESS_REFUSAL_HEADER) === 'too-many') return <WitnessRefusalView refusal="too-many" />;
  const db = await getDb();
  const access = await authorizeWitness(db, token);
  const opened = access.ok ? await openWitnessLink(db, token) : access;
  if (!opened.ok) {
    if (opened.refusal === 'unknown') notFound();
    return <WitnessRefusalView refusal={opened.refusal} />;
  }
  const { page } = opened;
  const [{ course, outcomes }, { witness }] = await Promise.all([getCourseContent(), getPracticalContent()]);
  const texts = new Map(outcomes.outcomes.flatMap((outcome) => outcome.criteria.map((criterion) => [criterion.code, criterion.text] as const)));
  const criteria = Object.entries(witness.criteria).map(([code, { prompt }]) => ({ code, prompt, text: texts.get(code) ?? '' }));
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Witness testimony for {page.learnerName}</h1>
        <p className="text-lg">
          {page.learnerName} asked you, {page.witnessName} ({page.witnessRole}, {page.organisation}), to say what you have seen them do with customers at work,
          as evidence for the course &ldquo;{course.title}&rdquo; (SAQA unit standard {course.unitStandard.id}).
        </p>
        <p className="text-slate-700">{witness.introduction}</p>
        <p className="text-slate-700">
          You need no account. This link works once, until {formatSastTime(page.expiresAt)}: once you sign, it stops working.
        </p>
      </header>
      <TestimonyForm
        token={token}
        invited={{ name: page.witnessName, role: page.witnessRole, organisation: page.organisation }}
        criteria={criteria}
        logbook={page.logbook.map((entry) => ({ id: entry.id, reference: entry.reference, logged: formatSastTime(entry.loggedAt, 'date'), description: entry.description }))}
        declaration={witness.declaration}
      />
    </div>
  );
}
