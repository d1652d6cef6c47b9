import type { Metadata } from 'next';
import { BriefSummary } from '@/components/role-play/brief-summary';
import { KeptRecordings } from '@/components/role-play/kept-recordings';
import { AppLink as Link } from '@/components/ui/app-link';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { getPracticalContent } from '@/lib/portfolio/practical-content';
import { briefCriteria } from '@/lib/portfolio/role-play/brief-criteria';
import { listOwnRecordings } from '@/lib/portfolio/role-play/list-own-recordings';

export const metadata: Metadata = { title: 'Role-plays' };

export default async function RolePlaysPage() {
  const learner = await requirePermission('recording:keep', { self: true }, '/portfolio/role-plays');
  const [{ rolePlays }, recordings] = await Promise.all([getPracticalContent(), listOwnRecordings(await getDb(), learner.id)]);
  const briefs = await Promise.all(rolePlays.map(async (brief) => ({ brief, criteria: await briefCriteria(brief) })));
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/learn" className="text-brand-700 underline underline-offset-2">
          My learning
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">Role-plays</span>
      </nav>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Role-plays</h1>
        <p className="text-lg text-slate-700">
          In each role-play you are the service-desk agent. A colleague, a fellow learner or your assessor plays the customer from the
          customer&rsquo;s script. Record the role-play in your browser or upload a recording from your phone, and keep the take you want
          assessed: it counts as evidence for the criteria listed.
        </p>
      </header>
      {briefs.map(({ brief, criteria }) => (
        <section key={brief.id} aria-labelledby={`brief-${brief.id}`} className="space-y-4 rounded-lg border border-slate-200 p-4">
          <h2 id={`brief-${brief.id}`} className="text-2xl font-bold">
            {brief.title}
          </h2>
          <BriefSummary channel={brief.channel} minutes={brief.minutes} criteria={criteria} />
          <div>
            <h3 className="font-bold">Your brief</h3>
            <p className="mt-1">{brief.learnerBrief}</p>
          </div>
          <p className="flex flex-wrap gap-x-6 gap-y-2">
            {/* A full page load: only the recorder page may use the microphone (Permissions-Policy), and a client navigation keeps the old page's policy. */}
            <a href={`/portfolio/role-plays/${brief.id}`} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
              Record or upload<span className="sr-only"> for {brief.title}</span>
            </a>
            <Link href={`/portfolio/role-plays/${brief.id}/customer-script`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
              The customer&rsquo;s script, to print or show<span className="sr-only"> for {brief.title}</span>
            </Link>
          </p>
          <div>
            <h3 className="font-bold">Your recordings</h3>
            <div className="mt-2">
              <KeptRecordings recordings={recordings.filter((item) => item.briefId === brief.id)} title={brief.title} />
            </div>
          </div>
        </section>
      ))}
    </div>
  );
}
