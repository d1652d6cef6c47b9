import { createHash, randomUUID } from 'node:crypto';
import { and, eq, isNull, lt } from 'drizzle-orm';
import { type Actor, writeAudit, writeAuditMany } from '@/lib/audit/write-audit';
import { COURSE_ID, courseVersion } from '@/lib/content/course-version';
import type { Db } from '@/lib/db/open-database';
import { enrolment, learnerImport, profile, user } from '@/lib/db/schema';
import { type ImportLookups, importLookups } from '@/lib/import/import-lookups';
import { type LearnerPreview, previewLearners, type ValidLearner } from '@/lib/import/learner-rows';
import { CsvError, type ParsedCsv, parseCsv } from '@/lib/import/parse-csv';
import { enqueueJobs } from '@/lib/jobs/enqueue-job';
import { MAIL_JOB } from '@/lib/mail/notices';
import { enrolmentClosedReason } from '@/lib/settings/course-dates';
import { readSettings } from '@/lib/settings/settings-store';
import { issuePasswordLinks, passwordLinkPath } from '@/lib/users/password-links';

/** A spreadsheet of a few thousand learners is well under this; a larger upload is not a learner list. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

const UPLOAD_KEPT_MS = 24 * 60 * 60 * 1000;

export class ImportRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRuleError';
  }
}

/** Keeps an uploaded file for its preview and import; the import writes exactly this content. */
export async function saveImportUpload(db: Pick<Db, 'insert' | 'delete'>, adminId: string, fileName: string, content: string, now = new Date()): Promise<string> {
  if (Buffer.byteLength(content, 'utf8') > MAX_IMPORT_BYTES) throw new ImportRuleError('The file is larger than 2 MB. Split it into smaller files and import each.');
  const parsed = readCsv(content);
  const rowCount = 'problem' in parsed ? 0 : parsed.rows.length;
  // An upload left unimported holds ID numbers for nothing: it is kept for a day, long enough to correct and retry.
  await db.delete(learnerImport).where(and(isNull(learnerImport.importedAt), lt(learnerImport.createdAt, new Date(now.getTime() - UPLOAD_KEPT_MS))));
  const id = randomUUID();
  const sha256 = createHash('sha256').update(content, 'utf8').digest('hex');
  await db.insert(learnerImport).values({ id, fileName: fileName.slice(0, 200) || 'learners.csv', sha256, content, rowCount, createdBy: adminId });
  return id;
}

type StoredImport = typeof learnerImport.$inferSelect;

/** The file as rows, or why it cannot be read as CSV at all (shown in the preview like any other problem). */
function readCsv(content: string): ParsedCsv | { problem: string } {
  try {
    return parseCsv(content);
  } catch (error) {
    if (error instanceof CsvError) return { problem: error.message };
    throw error;
  }
}

function previewOf(parsed: ParsedCsv | { problem: string }, lookups: ImportLookups | null): LearnerPreview {
  if ('problem' in parsed || !lookups) {
    return { fileProblems: ['problem' in parsed ? parsed.problem : 'The file cannot be read.'], unknownColumns: [], rows: [], validCount: 0, invalidCount: 0, importable: false };
  }
  return previewLearners(parsed, lookups);
}

async function storedImport(db: Pick<Db, 'select'>, importId: string, adminId: string): Promise<StoredImport> {
  const [row] = await db.select().from(learnerImport).where(and(eq(learnerImport.id, importId), eq(learnerImport.createdBy, adminId)));
  if (!row) throw new ImportRuleError('There is no such upload. Upload the file again.');
  return row;
}

/** Every row's result, checked against the database as it is now; nothing is written. */
export async function previewImport(db: Pick<Db, 'select'>, importId: string, adminId: string): Promise<{ upload: StoredImport; preview: LearnerPreview }> {
  const upload = await storedImport(db, importId, adminId);
  const parsed = readCsv(upload.content);
  return { upload, preview: previewOf(parsed, 'problem' in parsed ? null : await importLookups(db, parsed)) };
}

export type InvitationLink = { fullName: string; email: string; url: string };
export type ImportOutcome = { learners: number; invitations: 'mailed' | 'handed-out'; links: InvitationLink[]; expiresAt: Date | null };

/**
 * Imports a previewed file, all or nothing: in one transaction the file is checked again (an account
 * may have appeared since the preview), every learner gets an account without a password, an
 * enrolment in their cohort with their assessor, and a single-use invitation link; the links are
 * mailed when mail is set up, otherwise returned once for the administrator to hand out.
 */
export async function runImport(db: Db, admin: NonNullable<Actor>, importId: string, mail: { configured: boolean; baseUrl: string }): Promise<ImportOutcome> {
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(learnerImport).where(and(eq(learnerImport.id, importId), eq(learnerImport.createdBy, admin.id))).for('update');
    if (!locked) throw new ImportRuleError('There is no such upload. Upload the file again.');
    if (locked.importedAt) throw new ImportRuleError('This file has already been imported. Upload a new file to import more learners.');
    const closed = enrolmentClosedReason(await readSettings(tx), new Date());
    if (closed) throw new ImportRuleError(closed);
    const parsed = readCsv(locked.content);
    const preview = previewOf(parsed, 'problem' in parsed ? null : await importLookups(tx, parsed));
    if (!preview.importable) {
      throw new ImportRuleError(preview.fileProblems[0] ?? `${preview.invalidCount} row${preview.invalidCount === 1 ? '' : 's'} cannot be imported. Nothing was imported: correct the file and upload it again.`);
    }
    const learners = preview.rows.map((row) => row.learner).filter((learner): learner is ValidLearner => learner !== null);
    const now = new Date();
    const created = learners.map((learner) => ({ learner, userId: randomUUID(), enrolmentId: randomUUID() }));
    const version = courseVersion();
    for (let start = 0; start < created.length; start += 500) {
      const slice = created.slice(start, start + 500);
      await tx.insert(user).values(slice.map(({ learner, userId }) => ({ id: userId, name: learner.fullName, email: learner.email, emailVerified: false, createdAt: now, updatedAt: now })));
      await tx.insert(profile).values(
        slice.map(({ learner, userId }) => ({
          userId,
          role: 'learner' as const,
          fullName: learner.fullName,
          identityKind: learner.identity.identityKind,
          idNumber: learner.identity.identityKind === 'sa-id' ? learner.identity.idNumber : null,
          passportNumber: learner.identity.identityKind === 'passport' ? learner.identity.passportNumber : null,
          passportCountry: learner.identity.identityKind === 'passport' ? learner.identity.passportCountry : null,
        })),
      );
      await tx.insert(enrolment).values(slice.map(({ learner, userId, enrolmentId }) => ({ id: enrolmentId, learnerId: userId, courseId: COURSE_ID, courseVersion: version, cohortId: learner.cohortId, assessorId: learner.assessorId })));
    }
    const links = await issuePasswordLinks(tx, created.map((entry) => entry.userId), 'invitation', admin.id, now);
    const tokenOf = new Map(links.map((link) => [link.userId, link.token]));
    if (mail.configured) {
      await enqueueJobs(tx, created.map(({ userId }) => ({ kind: MAIL_JOB, payload: { type: 'password-link', to: userId, token: tokenOf.get(userId), purpose: 'invitation' } })));
    }
    await writeAuditMany(
      tx,
      admin,
      created.map(({ learner, userId }) => ({ subject: { type: 'user' as const, id: userId }, event: { type: 'user.invited' as const, data: { email: learner.email, importId, cohortId: learner.cohortId, assessorId: learner.assessorId } } })),
    );
    const invitations = mail.configured ? 'mailed' : 'handed-out';
    await writeAudit(tx, admin, null, { type: 'learners.imported', data: { importId, fileName: locked.fileName, sha256: locked.sha256, learners: created.length, invitations } });
    // The file holds ID numbers: once imported they live in the learners' profiles, so the copy is not kept.
    await tx.update(learnerImport).set({ importedAt: now, content: '' }).where(and(eq(learnerImport.id, importId), isNull(learnerImport.importedAt)));
    return {
      learners: created.length,
      invitations,
      expiresAt: links[0]?.expiresAt ?? null,
      links: mail.configured ? [] : created.map(({ learner, userId }) => ({ fullName: learner.fullName, email: learner.email, url: `${mail.baseUrl}${passwordLinkPath(tokenOf.get(userId) ?? '')}` })),
    };
  });
}
