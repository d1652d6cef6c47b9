import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { MailConfig } from '@/lib/mail/mail-config';

export type OutgoingMessage = { to: string; subject: string; text: string; html: string; messageId: string };

/** A file name that sorts by time and names the message, with nothing a path could be built from. */
function outboxName(message: OutgoingMessage, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const id = message.messageId.replace(/[^a-zA-Z0-9-]/g, '').slice(0, 60);
  return `${stamp}_${id}.eml`;
}

/**
 * Hands the message to the mail server at SMTP_URL, or without one writes it as an .eml file in
 * the outbox folder (written under a temporary name and renamed, so a listed file is always whole).
 */
export async function deliver(config: MailConfig, message: OutgoingMessage, now = new Date()): Promise<void> {
  const envelope = { from: config.from, to: message.to, subject: message.subject, text: message.text, html: message.html, messageId: message.messageId };
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    try {
      await transport.sendMail(envelope);
    } finally {
      transport.close();
    }
    return;
  }
  const built = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' }).sendMail(envelope);
  await mkdir(config.outboxDir, { recursive: true });
  const file = path.join(config.outboxDir, outboxName(message, now));
  await writeFile(`${file}.part`, built.message as Buffer);
  await rename(`${file}.part`, file);
}
