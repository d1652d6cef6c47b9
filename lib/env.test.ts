import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ENV_VARIABLES, EnvError, env, readEnv } from '@/lib/env';

const S3 = { STORAGE: 's3', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'course-evidence', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' };

function problemsOf(source: Record<string, string>): string[] {
  try {
    readEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return [...error.problems];
    throw error;
  }
  return [];
}

test('with nothing set every setting has its documented default', () => {
  expect(readEnv({})).toEqual({
    port: 3000,
    dataDir: '.data',
    databaseUrl: null,
    databaseOwnerUrl: null,
    databasePoolSize: 10,
    betterAuthSecret: null,
    betterAuthUrl: null,
    signInLimit: undefined,
    witnessLimit: undefined,
    verifyLimit: undefined,
    trustedProxyHops: 0,
    storage: { kind: 'local' },
    smtpUrl: null,
    mailFrom: 'Customer care course <no-reply@localhost>',
    lrs: null,
    mailDigestHour: 7,
    jobPollMs: 5000,
    jobsDisabled: false,
    migrateOnStart: true,
    pdfWorkers: 1,
    serverHeapMb: 320,
    backupDir: 'backups',
    logLevel: 'info',
  });
});

test('an empty variable counts as unset', () => {
  expect(readEnv({ TRUSTED_PROXY_HOPS: '', DATABASE_URL: ' ', STORAGE: '' })).toMatchObject({ trustedProxyHops: 0, databaseUrl: null, storage: { kind: 'local' } });
});

test('good values are read as the server uses them', () => {
  const settings = readEnv({
    PORT: '8080',
    DATA_DIR: '/srv/course',
    DATABASE_URL: 'postgres://app:pw@db:5432/course',
    DATABASE_OWNER_URL: 'postgresql://owner:pw@db:5432/course',
    DATABASE_POOL_SIZE: '25',
    BETTER_AUTH_SECRET: 'x'.repeat(32),
    BETTER_AUTH_URL: 'https://course.example.co.za',
    SIGN_IN_LIMIT: '3/30',
    WITNESS_LIMIT: '10/300',
    VERIFY_LIMIT: '60/60',
    TRUSTED_PROXY_HOPS: '2',
    ...S3,
    S3_REGION: 'af-south-1',
    S3_FORCE_PATH_STYLE: 'false',
    SMTP_URL: 'smtp://user:pw@mail.example.co.za:587',
    MAIL_FROM: 'Acme Training <training@acme.co.za>',
    XAPI_LRS_URL: 'https://lrs.example.co.za/xapi/',
    XAPI_LRS_KEY: 'course',
    XAPI_LRS_SECRET: 'lrs-secret',
    MAIL_DIGEST_HOUR: '6',
    JOB_POLL_MS: '2000',
    JOBS_DISABLED: '1',
    MIGRATE_ON_START: 'false',
    BACKUP_DIR: '/srv/backups',
    LOG_LEVEL: 'WARN',
    PDF_WORKERS: '3',
    SERVER_HEAP_MB: '1024',
  });
  expect(settings).toEqual({
    port: 8080,
    dataDir: '/srv/course',
    databaseUrl: 'postgres://app:pw@db:5432/course',
    databaseOwnerUrl: 'postgresql://owner:pw@db:5432/course',
    databasePoolSize: 25,
    betterAuthSecret: 'x'.repeat(32),
    betterAuthUrl: 'https://course.example.co.za',
    signInLimit: '3/30',
    witnessLimit: '10/300',
    verifyLimit: '60/60',
    trustedProxyHops: 2,
    storage: { kind: 's3', endpoint: 'http://127.0.0.1:9000', region: 'af-south-1', bucket: 'course-evidence', accessKeyId: 'key', secretAccessKey: 'secret', forcePathStyle: false },
    smtpUrl: 'smtp://user:pw@mail.example.co.za:587',
    mailFrom: 'Acme Training <training@acme.co.za>',
    lrs: { endpoint: 'https://lrs.example.co.za/xapi', key: 'course', secret: 'lrs-secret' },
    mailDigestHour: 6,
    jobPollMs: 2000,
    jobsDisabled: true,
    migrateOnStart: false,
    pdfWorkers: 3,
    serverHeapMb: 1024,
    backupDir: '/srv/backups',
    logLevel: 'warn',
  });
});

test('S3 defaults to region us-east-1 and path-style addresses', () => {
  expect(readEnv(S3).storage).toMatchObject({ kind: 's3', region: 'us-east-1', forcePathStyle: true });
});

test.each([
  ['PORT', 'eighty', 'PORT must be a whole number from 1 to 65535, not "eighty"'],
  ['SMTP_URL', 'https://mail.example.co.za', 'SMTP_URL must be an smtp:// or smtps:// address, such as smtp://user:password@mail.example.com:587'],
  ['MAIL_DIGEST_HOUR', '24', 'MAIL_DIGEST_HOUR must be a whole number from 0 to 23, not "24"'],
  ['JOB_POLL_MS', '10', 'JOB_POLL_MS must be a whole number from 100 to 3600000, not "10"'],
  ['PORT', '70000', 'PORT must be a whole number from 1 to 65535, not "70000"'],
  ['DATABASE_URL', 'mysql://db/course', 'DATABASE_URL must be a PostgreSQL URL starting with postgres:// or postgresql://'],
  ['DATABASE_OWNER_URL', 'course', 'DATABASE_OWNER_URL must be a PostgreSQL URL starting with postgres:// or postgresql://'],
  ['DATABASE_POOL_SIZE', '0', 'DATABASE_POOL_SIZE must be a whole number from 1 to 1000, not "0"'],
  ['DATABASE_POOL_SIZE', '2.5', 'DATABASE_POOL_SIZE must be a whole number from 1 to 1000, not "2.5"'],
  ['BETTER_AUTH_SECRET', 'short', 'BETTER_AUTH_SECRET must be at least 32 characters long'],
  ['BETTER_AUTH_URL', 'course.example.co.za', 'BETTER_AUTH_URL must be an http:// or https:// address, not "course.example.co.za"'],
  ['SIGN_IN_LIMIT', 'five', 'SIGN_IN_LIMIT must be a count and a window in seconds, such as "5/60", not "five"'],
  ['WITNESS_LIMIT', '20 per 600', 'WITNESS_LIMIT must be a count and a window in seconds, such as "20/600", not "20 per 600"'],
  ['VERIFY_LIMIT', '30/', 'VERIFY_LIMIT must be a count and a window in seconds, such as "30/60", not "30/"'],
  ['TRUSTED_PROXY_HOPS', 'yes', 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "yes"'],
  ['TRUSTED_PROXY_HOPS', '11', 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "11"'],
  ['STORAGE', 'disk', 'STORAGE must be "local" or "s3", not "disk"'],
  ['PDF_WORKERS', '17', 'PDF_WORKERS must be a whole number from 0 to 16, not "17"'],
  ['SERVER_HEAP_MB', '64', 'SERVER_HEAP_MB must be a whole number from 128 to 65536, not "64"'],
  ['LOG_LEVEL', 'verbose', 'LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent, not "verbose"'],
])('%s=%s is refused: %s', (name, value, message) => {
  expect(problemsOf({ [name]: value })).toEqual([message]);
});

test.each([
  ['S3_ENDPOINT', 'minio:9000', 'S3_ENDPOINT must be an http:// or https:// address, not "minio:9000"'],
  ['S3_BUCKET', 'Course_Evidence', 'S3_BUCKET must be a bucket name of 3 to 63 lower-case letters, digits, dots and hyphens, not "Course_Evidence"'],
  ['S3_FORCE_PATH_STYLE', 'maybe', 'S3_FORCE_PATH_STYLE must be true or false, not "maybe"'],
])('with STORAGE=s3, %s=%s is refused: %s', (name, value, message) => {
  expect(problemsOf({ ...S3, [name]: value })).toEqual([message]);
});

test('STORAGE=s3 names every S3 setting that is missing', () => {
  expect(problemsOf({ STORAGE: 's3', S3_ENDPOINT: 'http://127.0.0.1:9000' })).toEqual([
    'S3_BUCKET must be set when STORAGE is s3',
    'S3_ACCESS_KEY_ID must be set when STORAGE is s3',
    'S3_SECRET_ACCESS_KEY must be set when STORAGE is s3',
  ]);
});

test('XAPI_LRS_URL without its key and secret names both, and a store address that is not a web address is refused', () => {
  expect(problemsOf({ XAPI_LRS_URL: 'https://lrs.example.co.za/xapi' })).toEqual(['XAPI_LRS_KEY must be set when XAPI_LRS_URL is', 'XAPI_LRS_SECRET must be set when XAPI_LRS_URL is']);
  expect(problemsOf({ XAPI_LRS_URL: 'lrs.example.co.za', XAPI_LRS_KEY: 'k', XAPI_LRS_SECRET: 's' })).toEqual(['XAPI_LRS_URL must be an http:// or https:// address, not "lrs.example.co.za"']);
});

test('every wrong variable is named at once, and secrets are never repeated in the message', () => {
  const error = (() => {
    try {
      readEnv({ PORT: 'x', BETTER_AUTH_SECRET: 'hunter2', DATABASE_URL: 'mysql://user:topsecret@db' });
    } catch (caught) {
      return caught;
    }
  })();
  expect(error).toBeInstanceOf(EnvError);
  const message = String((error as Error).message);
  expect(message).toMatch(/^The server's settings are not valid:/);
  expect(message).toMatch(/PORT/);
  expect(message).toMatch(/BETTER_AUTH_SECRET/);
  expect(message).toMatch(/DATABASE_URL/);
  expect(message).not.toMatch(/hunter2|topsecret/);
});

test('env() reads process.env again when a setting changed', () => {
  const before = process.env.TRUSTED_PROXY_HOPS;
  try {
    process.env.TRUSTED_PROXY_HOPS = '1';
    expect(env().trustedProxyHops).toBe(1);
    process.env.TRUSTED_PROXY_HOPS = '3';
    expect(env().trustedProxyHops).toBe(3);
  } finally {
    if (before === undefined) delete process.env.TRUSTED_PROXY_HOPS;
    else process.env.TRUSTED_PROXY_HOPS = before;
  }
});

test('the settings table in README.md documents every variable the server reads', () => {
  const readme = readFileSync('README.md', 'utf8');
  const undocumented = ENV_VARIABLES.filter((name) => !readme.includes(`| \`${name}\` |`));
  expect(undocumented).toEqual([]);
});
