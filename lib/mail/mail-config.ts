import path from 'node:path';
import { z } from 'zod';
import { baseUrl } from '@/lib/auth/create-auth';
import { dataDir } from '@/lib/db/data-dir';

export type MailConfig = {
  /** smtp:// or smtps:// URL of the mail server; null writes each message as an .eml file to `outboxDir` instead. */
  smtpUrl: string | null;
  from: string;
  /** The site's address, for links in messages (BETTER_AUTH_URL). */
  baseUrl: string;
  outboxDir: string;
};

const SmtpUrlSchema = z.url({ protocol: /^smtps?$/, error: 'SMTP_URL must be an smtp:// or smtps:// URL, such as smtp://user:password@mail.example.com:587' });

/** The mail settings from the environment, checked once per use so a wrong SMTP_URL says what is wrong. */
export function mailConfigFromEnvironment(): MailConfig {
  const raw = process.env.SMTP_URL?.trim() || null;
  const smtpUrl = raw === null ? null : SmtpUrlSchema.parse(raw);
  return {
    smtpUrl,
    from: process.env.MAIL_FROM?.trim() || 'Customer care course <no-reply@localhost>',
    baseUrl: baseUrl().replace(/\/$/, ''),
    outboxDir: path.join(dataDir(), 'outbox'),
  };
}
