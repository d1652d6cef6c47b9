import { z } from 'zod';
import { SERVER_HEAP_MB } from '@/lib/server/server-heap.mjs';

/**
 * Every setting the server reads from its environment, parsed in one place so a wrong value stops
 * the start with a message naming the variable, instead of failing a request later. The framework's
 * own variables (NODE_ENV, NEXT_PHASE, NEXT_RUNTIME) are not settings and stay where Next.js sets them.
 */

// An empty variable means the same as an unset one, as a shell's `VAR=` does for most programs.
const optional = <T extends z.ZodType>(inner: T) => z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), inner.optional());

const RATE_LIMIT = /^\d+\/\d+$/;
const rateLimit = (example: string) =>
  optional(z.string().trim().regex(RATE_LIMIT, `must be a count and a window in seconds, such as "${example}"`));

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/./.test(value), 'must be a PostgreSQL URL starting with postgres:// or postgresql://');

const httpUrl = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'must be an http:// or https:// address');

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, `must be a whole number from ${min} to ${max}`)
    .transform(Number);

const yesNo = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => ['true', 'false', '1', '0'].includes(value), 'must be true or false')
  .transform((value) => value === 'true' || value === '1');

/** pino's levels, most to least verbose, and `silent`. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const EnvSchema = z
  .object({
    PORT: optional(wholeNumber(1, 65535)),
    DATA_DIR: optional(z.string()),
    DATABASE_URL: optional(postgresUrl),
    DATABASE_OWNER_URL: optional(postgresUrl),
    DATABASE_POOL_SIZE: optional(wholeNumber(1, 1000)),
    BETTER_AUTH_SECRET: optional(z.string().min(32, 'must be at least 32 characters long')),
    BETTER_AUTH_URL: optional(httpUrl),
    SIGN_IN_LIMIT: rateLimit('5/60'),
    WITNESS_LIMIT: rateLimit('20/600'),
    VERIFY_LIMIT: rateLimit('30/60'),
    TRUSTED_PROXY_HOPS: optional(wholeNumber(0, 10)),
    STORAGE: optional(z.enum(['local', 's3'], { error: 'must be "local" or "s3"' })),
    S3_ENDPOINT: optional(httpUrl),
    S3_REGION: optional(z.string().trim()),
    S3_BUCKET: optional(
      z
        .string()
        .trim()
        .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name of 3 to 63 lower-case letters, digits, dots and hyphens'),
    ),
    S3_ACCESS_KEY_ID: optional(z.string()),
    S3_SECRET_ACCESS_KEY: optional(z.string()),
    S3_FORCE_PATH_STYLE: optional(yesNo),
    SMTP_URL: optional(
      z
        .string()
        .trim()
        .refine((value) => URL.canParse(value) && /^smtps?:$/.test(new URL(value).protocol), 'must be an smtp:// or smtps:// address, such as smtp://user:password@mail.example.com:587'),
    ),
    MAIL_FROM: optional(z.string().trim()),
    XAPI_LRS_URL: optional(httpUrl),
    XAPI_LRS_KEY: optional(z.string().trim()),
    XAPI_LRS_SECRET: optional(z.string()),
    MAIL_DIGEST_HOUR: optional(wholeNumber(0, 23)),
    JOB_POLL_MS: optional(wholeNumber(100, 3_600_000)),
    JOBS_DISABLED: optional(yesNo),
    MIGRATE_ON_START: optional(yesNo),
    PDF_WORKERS: optional(wholeNumber(0, 16)),
    SERVER_HEAP_MB: optional(wholeNumber(SERVER_HEAP_MB.min, SERVER_HEAP_MB.max)),
    BACKUP_DIR: optional(z.string().trim()),
    LOG_LEVEL: optional(
      z
        .string()
        .trim()
        .toLowerCase()
        .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })),
    ),
  })
  .superRefine((value, context) => {
    if (value.XAPI_LRS_URL !== undefined) {
      for (const name of ['XAPI_LRS_KEY', 'XAPI_LRS_SECRET'] as const) {
        if (value[name] === undefined) context.addIssue({ code: 'custom', path: [name], message: 'must be set when XAPI_LRS_URL is' });
      }
    }
    if (value.STORAGE !== 's3') return;
    for (const name of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (value[name] === undefined) context.addIssue({ code: 'custom', path: [name], message: 'must be set when STORAGE is s3' });
    }
  });

export const ENV_VARIABLES = Object.keys(EnvSchema.shape) as readonly (keyof z.infer<typeof EnvSchema>)[];

export type S3Settings = { endpoint: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean };

export type Env = {
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  databaseOwnerUrl: string | null;
  databasePoolSize: number;
  betterAuthSecret: string | null;
  betterAuthUrl: string | null;
  signInLimit: string | undefined;
  witnessLimit: string | undefined;
  verifyLimit: string | undefined;
  trustedProxyHops: number;
  storage: { kind: 'local' } | ({ kind: 's3' } & S3Settings);
  /** Null: messages are written to the outbox folder instead of sent. */
  smtpUrl: string | null;
  mailFrom: string;
  /** The provider's learning record store (xAPI 1.0.3), or null to send no statements. */
  lrs: { endpoint: string; key: string; secret: string } | null;
  /** The hour (SAST) after which assessors who asked get their daily digest. */
  mailDigestHour: number;
  jobPollMs: number;
  jobsDisabled: boolean;
  /**
   * False when several servers share one database: each then refuses to start on a schema behind
   * the code instead of migrating concurrently, and `npm run db:migrate` runs once as its own step.
   */
  migrateOnStart: boolean;
  /** Threads that draw record PDFs off the request thread; 0 draws them on it (development, tests). */
  pdfWorkers: number;
  serverHeapMb: number;
  /** Where `npm run backup` makes its backup folders unless told another with --out. */
  backupDir: string;
  /** The least severe log line written (lib/log/logger.ts); `info` writes one line per request. */
  logLevel: LogLevel;
};

/** One or more settings are wrong; the message names each variable and what is wrong with it. */
export class EnvError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The server's settings are not valid:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses the settings from `source` (process.env by default); throws EnvError naming every wrong variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(Object.fromEntries(ENV_VARIABLES.map((name) => [name, source[name]])));
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((issue) => describe(String(issue.path[0] ?? 'settings'), issue.message, source)));
  }
  const value = parsed.data;
  return {
    port: value.PORT ?? 3000,
    dataDir: value.DATA_DIR ?? '.data',
    databaseUrl: value.DATABASE_URL ?? null,
    databaseOwnerUrl: value.DATABASE_OWNER_URL ?? null,
    databasePoolSize: value.DATABASE_POOL_SIZE ?? 10,
    betterAuthSecret: value.BETTER_AUTH_SECRET ?? null,
    betterAuthUrl: value.BETTER_AUTH_URL ?? null,
    signInLimit: value.SIGN_IN_LIMIT,
    witnessLimit: value.WITNESS_LIMIT,
    verifyLimit: value.VERIFY_LIMIT,
    trustedProxyHops: value.TRUSTED_PROXY_HOPS ?? 0,
    storage:
      value.STORAGE === 's3'
        ? {
            kind: 's3',
            endpoint: value.S3_ENDPOINT ?? '',
            region: value.S3_REGION ?? 'us-east-1',
            bucket: value.S3_BUCKET ?? '',
            accessKeyId: value.S3_ACCESS_KEY_ID ?? '',
            secretAccessKey: value.S3_SECRET_ACCESS_KEY ?? '',
            forcePathStyle: value.S3_FORCE_PATH_STYLE ?? true,
          }
        : { kind: 'local' },
    smtpUrl: value.SMTP_URL ?? null,
    mailFrom: value.MAIL_FROM ?? 'Customer care course <no-reply@localhost>',
    lrs: value.XAPI_LRS_URL ? { endpoint: value.XAPI_LRS_URL.replace(/\/+$/, ''), key: value.XAPI_LRS_KEY ?? '', secret: value.XAPI_LRS_SECRET ?? '' } : null,
    mailDigestHour: value.MAIL_DIGEST_HOUR ?? 7,
    jobPollMs: value.JOB_POLL_MS ?? 5000,
    jobsDisabled: value.JOBS_DISABLED ?? false,
    // The embedded database has one server by construction, so it keeps migrating on start.
    migrateOnStart: value.MIGRATE_ON_START ?? true,
    pdfWorkers: value.PDF_WORKERS ?? 1,
    // Read by scripts/lib/server-command.mjs, which starts the server with it (the same default).
    serverHeapMb: value.SERVER_HEAP_MB ?? SERVER_HEAP_MB.default,
    backupDir: value.BACKUP_DIR ?? 'backups',
    logLevel: value.LOG_LEVEL ?? 'info',
  };
}

// Their values may hold passwords, so a message names them without repeating what was set.
const SECRET = new Set(['SMTP_URL', 'XAPI_LRS_SECRET', 'BETTER_AUTH_SECRET', 'S3_SECRET_ACCESS_KEY', 'DATABASE_URL', 'DATABASE_OWNER_URL']);

function describe(name: string, problem: string, source: Record<string, string | undefined>): string {
  const value = source[name];
  if (value === undefined || value.trim() === '' || SECRET.has(name)) return `${name} ${problem}`;
  return `${name} ${problem}, not ${JSON.stringify(value)}`;
}

let cached: { raw: string; env: Env } | null = null;

/**
 * The server's settings, read from process.env when first asked and again only when a variable
 * changed (tests set process.env before the code under test reads it).
 */
export function env(): Env {
  const raw = JSON.stringify(ENV_VARIABLES.map((name) => process.env[name] ?? null));
  if (cached?.raw !== raw) cached = { raw, env: readEnv(process.env) };
  return cached.env;
}
