import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AppLink as Link } from '@/components/ui/app-link';
import { PrintButton } from '@/components/ui/print-button';
import { requirePermission } from '@/lib/auth/require-permission';
import { CHANNEL_LABELS } from '@/lib/portfolio/channel-labels';
import { getPracticalContent } from '@/lib/portfolio/practical-content';

export const metadata: Metadata = { title: "The customer's script" };

/** For whoever plays the customer: printed, or shown on their own screen. */
export default async function CustomerScriptPage({ params }: { params: Promise<{ briefId: string }> }) {
  const { briefId } = await params;
  await requirePermission('role-play:read', null, `/portfolio/role-plays/${encodeURIComponent(briefId)}/customer-script`);
  const brief = (await getPracticalContent()).rolePlays.find((candidate) => candidate.id === briefId);
  if (!brief) notFound();
  return (
    <article className="max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/portfolio/role-plays" className="text-brand-700 underline underline-offset-2">
          Role-plays
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">Customer&rsquo;s script</span>
      </nav>
      <header className="space-y-2">
        <p className="font-semibold text-slate-700">Role-play: {brief.title}</p>
        <h1 className="text-3xl font-bold">The customer&rsquo;s script</h1>
        <p className="text-slate-700">
          For the person playing the customer. Read it before you start and keep it to yourself: the learner plays the service-desk agent and
          finds out what you need by asking. {CHANNEL_LABELS[brief.channel]}, about {brief.minutes} minutes.
        </p>
      </header>
      <section aria-labelledby="script-heading" className="rounded-lg border-2 border-slate-400 p-5">
        <h2 id="script-heading" className="text-xl font-bold">
          Who you are and how you behave
        </h2>
        <p className="mt-2 text-lg leading-relaxed">{brief.customerScript}</p>
      </section>
      <p className="no-print">
        <PrintButton label="Print the script" />
      </p>
    </article>
  );
}
