import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { requirePermission } from '@/lib/auth/require-permission';
import { formatSastTime } from '@/lib/format/sast';
import { mailConfigFromEnvironment } from '@/lib/mail/mail-config';
import { listOutbox, readOutboxMessage } from '@/lib/mail/outbox';

export const metadata: Metadata = { title: 'Mail outbox' };

type Props = { searchParams: Promise<{ message?: string }> };

export default async function OutboxPage({ searchParams }: Props) {
  await requirePermission('jobs:manage', null, '/admin/outbox');
  const config = mailConfigFromEnvironment();
  const asked = (await searchParams).message;
  const opened = asked ? await readOutboxMessage(config.outboxDir, asked) : null;
  const messages = await listOutbox(config.outboxDir);
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Mail outbox</h1>
        <p className="max-w-3xl text-slate-700">
          {config.smtpUrl
            ? 'A mail server is set (SMTP_URL), so new messages are sent through it. Messages kept here are from before it was set.'
            : 'No mail server is set (SMTP_URL), so every message is kept here as an .eml file instead of being sent. Set SMTP_URL to send them.'}
        </p>
      </header>
      {asked ? (
        <section aria-labelledby="message-heading" className="space-y-2">
          <h2 id="message-heading" className="text-xl font-bold">
            {opened === null ? 'No such message' : asked}
          </h2>
          {opened === null ? null : <pre className="max-h-[32rem] overflow-auto rounded-md border border-slate-300 bg-slate-50 p-3 text-xs whitespace-pre-wrap">{opened}</pre>}
          <Link href="/admin/outbox" className="font-semibold text-brand-700 underline">
            Back to the list
          </Link>
        </section>
      ) : null}
      {messages.length === 0 ? (
        <p className="text-slate-700">The outbox is empty.</p>
      ) : (
        <ul className="space-y-1">
          {messages.map((message) => (
            <li key={message.name}>
              <Link href={`/admin/outbox?message=${encodeURIComponent(message.name)}`} className="text-brand-700 underline">
                {message.name}
              </Link>{' '}
              <span className="text-sm text-slate-600">
                {formatSastTime(message.savedAt)}, {Math.ceil(message.size / 1024)} KB
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
