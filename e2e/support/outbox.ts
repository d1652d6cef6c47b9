import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser } from 'mailparser';

/** Where the journeys' server writes mail, having no mail server (scripts/serve-e2e.mjs sets DATA_DIR). */
const OUTBOX = path.join(`.data-e2e-${process.env.E2E_PORT ?? '3100'}`, 'outbox');

/** The plain text of the newest message to `address` whose subject matches, once the background job has written it. */
export async function messageTo(address: string, subject: RegExp): Promise<{ subject: string; text: string }> {
  let found: { subject: string; text: string } | null = null;
  await expect(async () => {
    const names = (await readdir(OUTBOX).catch(() => [] as string[])).filter((name) => name.endsWith('.eml')).sort().reverse();
    for (const name of names) {
      const mail = await simpleParser(await readFile(path.join(OUTBOX, name)));
      const to = [mail.to ?? []].flat().flatMap((entry) => entry.value.map((value) => value.address));
      if (to.includes(address) && subject.test(mail.subject ?? '')) {
        found = { subject: mail.subject ?? '', text: mail.text ?? '' };
        return;
      }
    }
    throw new Error(`No message to ${address} yet`);
  }).toPass({ timeout: 30_000 });
  return found as unknown as { subject: string; text: string };
}

/** The set-your-password link in a message's text, as a path on this site. */
export function passwordLinkIn(text: string): string {
  const match = /https?:\/\/[^\s]+(\/set-password\/[A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[1]) throw new Error('The message has no set-password link');
  return match[1];
}
