'use client';

import { useMemo } from 'react';
import { toCsv } from '@/lib/export/csv';
import type { InvitationLink } from '@/lib/import/import-learners';

const SHOWN = 20;

/**
 * The invitation links, shown this once (only their hashes are kept): the first few on the page and
 * every one in a file to download, for an administrator without a mail server to hand out.
 */
export function InvitationLinks({ links, expiresAt }: { links: InvitationLink[]; expiresAt: string | null }) {
  const download = useMemo(() => {
    const csv = toCsv([['Full name', 'E-mail', 'Set-your-password link'], ...links.map((link) => [link.fullName, link.email, link.url])]);
    return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`;
  }, [links]);
  const expires = expiresAt ? new Date(expiresAt).toLocaleDateString('en-ZA', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Africa/Johannesburg' }) : null;
  return (
    <section aria-labelledby="links-heading" className="space-y-3">
      <h2 id="links-heading" className="text-xl font-bold">
        Invitation links
      </h2>
      <p>
        Each link works once{expires ? ` until ${expires}` : ''}. This is the only time they are shown: download them now.
      </p>
      <a href={download} download="invitation-links.csv" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
        Download all {links.length} links (CSV)
      </a>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
          <caption className="sr-only">The first {Math.min(SHOWN, links.length)} invitation links</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4">Learner</th>
              <th scope="col" className="py-2">Link</th>
            </tr>
          </thead>
          <tbody>
            {links.slice(0, SHOWN).map((link) => (
              <tr key={link.url} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {link.fullName}
                  <span className="block text-slate-700">{link.email}</span>
                </th>
                <td className="break-all py-2 font-mono">{link.url}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {links.length > SHOWN ? <p>The other {links.length - SHOWN} are in the file.</p> : null}
    </section>
  );
}
