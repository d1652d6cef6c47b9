import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EvidenceMatrix } from '@/components/portfolio/evidence-matrix';
import { AppLink as Link } from '@/components/ui/app-link';
import { PrintButton } from '@/components/ui/print-button';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { buildEvidenceMatrix } from '@/lib/portfolio/evidence-matrix';
import { getJudgementRules } from '@/lib/portfolio/practical-content';
import { readPortfolio } from '@/lib/portfolio/read-portfolio';

export const metadata: Metadata = { title: 'My portfolio' };

const ADD_EVIDENCE = [
  { href: '/portfolio/role-plays', label: 'Role-plays', hint: 'Record or upload a role-play of a customer conversation.' },
  { href: '/portfolio/witnesses', label: 'Workplace witnesses', hint: 'Ask a supervisor or colleague who saw your work to confirm it.' },
  { href: '/portfolio/logbook', label: 'Ticket logbook', hint: 'Log the tickets you handled and what the SLA made of them.' },
] as const;

export default async function PortfolioPage() {
  const learner = await requirePermission('portfolio:keep', { self: true }, '/portfolio');
  const [db, rules] = await Promise.all([getDb(), getJudgementRules()]);
  const portfolio = await readPortfolio(db, { id: learner.id, role: learner.role }, learner.id);
  if (!portfolio) notFound();
  const matrix = buildEvidenceMatrix(portfolio.pieces, rules.criteria, rules.sufficiency, new Date());
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">My portfolio</h1>
        <p className="text-lg text-slate-700">
          Every piece of evidence you have, by assessment criterion. Your assessor can sign a criterion as met only when its evidence meets the rule shown beside it:
          enough pieces, from more than one method, some of them practical.
        </p>
        <p className="text-slate-700">
          {portfolio.attempt
            ? `Your answers in attempt ${portfolio.attempt.number} count beside your workplace and practical evidence.`
            : 'Your assessment answers count as evidence once you submit an attempt.'}{' '}
          Your assessor records observations of your work and verification interviews.
        </p>
      </header>
      <section aria-labelledby="add-heading" className="no-print space-y-3">
        <h2 id="add-heading" className="text-2xl font-bold">
          Add evidence
        </h2>
        <ul className="grid gap-3 sm:grid-cols-3">
          {ADD_EVIDENCE.map((entry) => (
            <li key={entry.href} className="rounded-lg border border-slate-300 p-4">
              <Link href={entry.href} className="font-semibold text-brand-700 underline underline-offset-2">
                {entry.label}
              </Link>
              <p className="mt-1 text-sm text-slate-700">{entry.hint}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="matrix-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="matrix-heading" className="text-2xl font-bold">
            Evidence matrix
          </h2>
          <div className="no-print">
            <PrintButton label="Print my portfolio" />
          </div>
        </div>
        <EvidenceMatrix matrix={matrix} caption={`Evidence of ${portfolio.learnerName}, by criterion and method`} submissionHref={(id) => `/assessment/${id}`} />
      </section>
    </div>
  );
}
