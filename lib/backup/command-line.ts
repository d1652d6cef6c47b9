import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { DatabaseLocation } from '@/lib/backup/create-backup';
import { BackupError } from '@/lib/backup/manifest';
import { roleOfUrl } from '@/lib/db/grant-app-role';
import type { Env } from '@/lib/env';

export const BACKUP_USAGE = 'npm run backup [-- --out <folder>]';
export const RESTORE_USAGE = 'npm run restore -- <backup folder> [--force]';

/** Wrong arguments; the message says what is wrong and how the command is used. */
export class UsageError extends Error {
  constructor(problem: string, usage: string) {
    super(`${problem}\nUsage: ${usage}`);
    this.name = 'UsageError';
  }
}

const folder = (what: string) => z.string().trim().min(1, `${what} must name a folder`);

function parse<T>(argv: string[], usage: string, options: Parameters<typeof parseArgs>[0], schema: z.ZodType<T>): T {
  let parsed: { values: unknown; positionals: string[] };
  try {
    parsed = parseArgs({ ...options, args: argv, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), usage);
  }
  const checked = schema.safeParse({ ...(parsed.values as object), positionals: parsed.positionals });
  if (!checked.success) throw new UsageError(checked.error.issues.map((issue) => issue.message).join('; '), usage);
  return checked.data;
}

export function parseBackupArguments(argv: string[]): { out: string | null } {
  const schema = z.object({ out: folder('--out').optional() }).transform((value) => ({ out: value.out ?? null }));
  return parse(argv, BACKUP_USAGE, { options: { out: { type: 'string' } }, allowPositionals: false }, schema);
}

export function parseRestoreArguments(argv: string[]): { folder: string; force: boolean } {
  const schema = z
    .object({
      force: z.boolean().optional(),
      positionals: z.array(z.string()).length(1, 'name exactly one backup folder to restore (one made by `npm run backup`)'),
    })
    .transform((value) => ({ folder: value.positionals[0] ?? '', force: value.force ?? false }))
    .refine((value) => value.folder.trim() !== '', 'the backup folder must not be empty');
  return parse(argv, RESTORE_USAGE, { options: { force: { type: 'boolean' } }, allowPositionals: true }, schema);
}

/**
 * The database the settings point at, for the backup and restore: PostgreSQL as the owner role when
 * DATABASE_OWNER_URL is set (it owns every object, so it can dump and recreate them all), and the
 * application role to grant its rights to after a restore.
 */
export function databaseFromSettings(settings: Env, dataDir: string): { database: DatabaseLocation; appRole: string | null } {
  if (!settings.databaseUrl) {
    if (settings.databaseOwnerUrl) throw new BackupError('DATABASE_OWNER_URL is set but DATABASE_URL is not: set DATABASE_URL to the application role of the same database.');
    return { database: { kind: 'pglite', dataDir }, appRole: null };
  }
  const url = settings.databaseOwnerUrl ?? settings.databaseUrl;
  return { database: { kind: 'postgres', url }, appRole: settings.databaseOwnerUrl ? roleOfUrl(settings.databaseUrl) : null };
}
