import path from 'node:path';
import { baseUrl } from '@/lib/auth/create-auth';
import { dataDir } from '@/lib/db/data-dir';
import { env } from '@/lib/env';

export type MailConfig = {
  /** smtp:// or smtps:// URL of the mail server; null writes each message as an .eml file to `outboxDir` instead. */
  smtpUrl: string | null;
  from: string;
  /** The site's address, for links in messages (BETTER_AUTH_URL). */
  baseUrl: string;
  outboxDir: string;
};

/** The mail settings, from the server's checked settings (`lib/env.ts`: a wrong SMTP_URL stops the start). */
export function mailConfigFromEnvironment(): MailConfig {
  const settings = env();
  return {
    smtpUrl: settings.smtpUrl,
    from: settings.mailFrom,
    baseUrl: baseUrl().replace(/\/$/, ''),
    outboxDir: path.join(dataDir(), 'outbox'),
  };
}
