import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { parse } from 'yaml';
import { z } from 'zod';
import { type DbOrTx, writeAudit } from '@/lib/audit/write-audit';
import { hashLinkToken } from '@/lib/auth/link-token';
import type { Db } from '@/lib/db/open-database';
import { passwordLink, profile, user } from '@/lib/db/schema';
import { formatSastTime } from '@/lib/format/sast';
import type { Addressed } from '@/lib/mail/compose-notice';
import type { Notice } from '@/lib/mail/notices';
import { readSettings } from '@/lib/settings/settings-store';
import { findUsableLink, issuePasswordLinks, passwordLinkPath } from '@/lib/users/password-links';

type PasswordLinkNotice = Extract<Notice, { type: 'password-link' }>;
type PasswordResetNotice = Extract<Notice, { type: 'password-reset' }>;

const CourseHeadingSchema = z.object({ title: z.string().min(1), unitStandard: z.object({ id: z.number() }) });
let heading: Promise<string> | null = null;

/** Messages about a person's own sign-in go whatever their e-mail choices are, so they say so. */
const ACCOUNT_FOOTER = 'This message is about signing in to your account, so it is sent whatever e-mails you have chosen.';

/** The course's name as course.yml gives it; only the heading is read, not the whole compiled course. */
function courseHeading(): Promise<string> {
  if (!heading) {
    heading = readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), 'content', 'course.yml'), 'utf8').then((text) => {
      const course = CourseHeadingSchema.parse(parse(text));
      return `the course “${course.title}” (SAQA unit standard ${course.unitStandard.id})`;
    });
    // A failed read is tried again with the next message rather than remembered.
    heading.catch(() => {
      heading = null;
    });
  }
  return heading;
}

async function providerOf(db: DbOrTx): Promise<string> {
  return (await readSettings(db)).providerName || 'Your training provider';
}

/**
 * A link someone made for this person (an invitation, or a reset an administrator made), if it can
 * still be used when the message goes: one used, replaced by a newer link or expired is not sent.
 */
export async function composePasswordLink(db: DbOrTx, notice: PasswordLinkNotice, base: string, now = new Date()): Promise<Addressed | null> {
  if (!notice.token) return null;
  const link = await findUsableLink(db, notice.token, now);
  if (!link || link.userId !== notice.to || link.purpose !== notice.purpose) return null;
  const [row] = await db.select({ expiresAt: passwordLink.expiresAt }).from(passwordLink).where(eq(passwordLink.tokenHash, hashLinkToken(notice.token)));
  if (!row) return null;
  const provider = await providerOf(db);
  const url = `${base}${passwordLinkPath(notice.token)}`;
  const greeting = `Hello ${link.fullName},`;
  if (notice.purpose === 'invitation') {
    return {
      to: link.email,
      body: {
        subject: 'You are enrolled: set your password to start',
        greeting,
        paragraphs: [
          `${provider} has enrolled you in ${await courseHeading()}. You sign in with this e-mail address, ${link.email}, and a password you choose.`,
          `The link below works once and expires on ${formatSastTime(row.expiresAt)} (South African time). If it has expired, use “Forgot your password?” on the sign-in page to get a new one.`,
        ],
        link: { label: 'Set your password to start', url },
        footer: ACCOUNT_FOOTER,
      },
    };
  }
  return {
    to: link.email,
    body: {
      subject: 'A link to set a new password',
      greeting,
      paragraphs: [
        `An administrator at ${provider} made a link for you to set a new password for your account (${link.email}).`,
        `The link works once and expires at ${formatSastTime(row.expiresAt)} (South African time). Setting a new password signs you out on every device. If you did not expect this, ask your administrator.`,
      ],
      link: { label: 'Choose a new password', url },
      footer: ACCOUNT_FOOTER,
    },
  };
}

/**
 * A reset someone asked for by address. The lookup happens here, not when it was asked for, so
 * the answer on the page and the work behind it are the same for every address. The link is made
 * now, just before the message goes: a job run again after its message was delivered never gets
 * this far (sendNoticeJob stops it), so the delivered link is never replaced by a resend, and its
 * token exists only in the message.
 */
export async function composePasswordReset(db: Db, notice: PasswordResetNotice, base: string, now = new Date()): Promise<Addressed | null> {
  const [person] = await db
    .select({ id: user.id, email: user.email, name: user.name, fullName: profile.fullName })
    .from(user)
    .leftJoin(profile, eq(profile.userId, user.id))
    .where(eq(sql`lower(${user.email})`, notice.email.trim().toLowerCase()));
  if (!person) return null;
  const issued = await db.transaction(async (tx) => {
    const [link] = await issuePasswordLinks(tx, [person.id], 'reset', null, now);
    await writeAudit(tx, null, { type: 'user', id: person.id }, { type: 'auth.password_link_issued', data: { purpose: 'reset', byAdmin: false } });
    return link;
  });
  if (!issued) return null;
  return {
    to: person.email,
    body: {
      subject: 'Set a new password',
      greeting: `Hello ${person.fullName ?? person.name},`,
      paragraphs: [
        `Someone, probably you, asked for a link to set a new password for your account (${person.email}).`,
        `The link works once, for an hour: until ${formatSastTime(issued.expiresAt)} (South African time). Setting a new password signs you out on every device.`,
        'If you did not ask for this, ignore this e-mail: your password stays as it is.',
      ],
      link: { label: 'Choose a new password', url: `${base}${passwordLinkPath(issued.token)}` },
      footer: ACCOUNT_FOOTER,
    },
  };
}
