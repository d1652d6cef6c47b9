import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { InvitationForm } from '@/components/witness/invitation-form';
import { RevokeInvitationForm } from '@/components/witness/revoke-invitation-form';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { formatSastTime } from '@/lib/format/sast';
import { type InvitationState, INVITATION_STATE_LABELS } from '@/lib/portfolio/witness/invitation-state';
import { listWitnessInvitations } from '@/lib/portfolio/witness/list-invitations';
import { readSettings } from '@/lib/settings/settings-store';

export const metadata: Metadata = { title: 'Workplace witnesses' };

const STATE_STYLES: Record<InvitationState, string> = {
  waiting: 'bg-amber-100 text-amber-950',
  used: 'bg-emerald-100 text-emerald-950',
  expired: 'bg-slate-200 text-slate-900',
  revoked: 'bg-slate-200 text-slate-900',
};

export default async function WitnessesPage() {
  const learner = await requirePermission('witness-invitation:issue', { self: true }, '/portfolio/witnesses');
  const db = await getDb();
  const [invitations, settings] = await Promise.all([listWitnessInvitations(db, learner.id), readSettings(db)]);
  return (
    <div className="space-y-10">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/portfolio" className="text-brand-700 underline underline-offset-2">
          My portfolio
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">Workplace witnesses</span>
      </nav>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Workplace witnesses</h1>
        <p className="text-lg text-slate-700">
          A supervisor or colleague who has seen you help customers at work can describe what they saw. Their signed testimony is practical evidence in your portfolio.
        </p>
        <p className="text-slate-700">
          Create a link for each witness and send it to them yourself, by e-mail or chat. They need no account. Each link works once and expires after {settings.witnessLinkDays} days.
        </p>
      </header>

      <section aria-labelledby="ask-heading" className="space-y-4">
        <h2 id="ask-heading" className="text-2xl font-bold">
          Ask a witness
        </h2>
        <InvitationForm linkDays={settings.witnessLinkDays} />
      </section>

      <section aria-labelledby="links-heading" className="space-y-4">
        <h2 id="links-heading" className="text-2xl font-bold">
          Your witness links
        </h2>
        {invitations.length === 0 ? (
          <p className="text-slate-700">You have not asked a witness yet.</p>
        ) : (
          <ul className="space-y-4">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="space-y-2 rounded-lg border border-slate-300 p-4" aria-labelledby={`invitation-${invitation.id}`}>
                <h3 id={`invitation-${invitation.id}`} className="text-lg font-semibold">
                  {invitation.witnessName}
                  <span className="font-normal text-slate-700">
                    , {invitation.witnessRole}, {invitation.organisation}
                  </span>
                </h3>
                <p>
                  <span className={`inline-block rounded px-2 py-1 text-sm font-semibold ${STATE_STYLES[invitation.state]}`}>{INVITATION_STATE_LABELS[invitation.state]}</span>
                </p>
                <p className="text-sm text-slate-700">
                  Contact: {invitation.contact}. Created {formatSastTime(invitation.issuedAt, 'medium')}
                  {invitation.state === 'waiting' || invitation.state === 'expired' ? `; ${invitation.state === 'waiting' ? 'expires' : 'expired'} ${formatSastTime(invitation.expiresAt, 'medium')}` : ''}.
                </p>
                {invitation.testimonyId ? (
                  <p>
                    <Link href={`/evidence/witness/${invitation.testimonyId}`} className="font-semibold text-brand-800 underline">
                      Read the testimony of {invitation.witnessName}
                    </Link>
                  </p>
                ) : null}
                {invitation.state === 'waiting' ? <RevokeInvitationForm invitationId={invitation.id} witnessName={invitation.witnessName} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
