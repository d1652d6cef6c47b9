import { randomBytes } from 'node:crypto';
import { captureSmtp } from '@/lib/mail/testing/capture-smtp';
import { startLocalS3 } from '@/lib/storage/testing/local-s3';
import {
  evidenceFromAIsServedByB,
  jobsRunOnceAndMailArrivesOnce,
  sessionFromAIsValidOnB,
  signOutOnAEndsSessionOnB,
  signInLimitOnAHoldsOnB,
  verifyLimitOnAHoldsOnB,
} from './lib/two-instances/checks';
import { freePort, freshDatabase, type Instance, seedPeople, startInstance } from './lib/two-instances/instances';

// Two production servers of the one build, set up as the README's "Running several instances"
// says, on a database, an S3 store and a mail server of their own, and five things only a correct
// multi-instance setup gets right. Needs `npm run build` first, and TEST_DATABASE_URL (an owner role
// that may create databases) and TEST_DATABASE_APP_URL (the application's role).
// TWO_INSTANCES_PORTS="3150,3151" picks the servers' ports; by default the system picks free ones.
// TWO_INSTANCES_B_DIR runs B from another checkout's build, to try two builds side by side (they
// work together only when both were built with one NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).

const ownerBase = process.env.TEST_DATABASE_URL;
const appBase = process.env.TEST_DATABASE_APP_URL;
if (!ownerBase || !appBase) {
  console.error('Set TEST_DATABASE_URL (owner role, may create databases) and TEST_DATABASE_APP_URL (application role).');
  process.exit(1);
}

const VERIFY_LIMIT = 3;
const SIGN_IN_LIMIT = 3;
const MAIL_JOBS = 6;

const started = Date.now();
const cleanups: (() => Promise<unknown>)[] = [];
const instances: Instance[] = [];

let cleaning: Promise<void> | null = null;
/** Stops the servers, then the mail and S3 servers, then drops the database: once, however often asked. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error('cleanup:', error));
  })();
  return cleaning;
}

// A stopped run (Ctrl-C, a CI timeout) must not leave servers or a database behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const instance of instances) instance.process.kill('SIGTERM');
    void cleanUp().finally(() => process.exit(1));
  });
}

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const at = Date.now();
  const result = await run();
  console.log(`  ✓ ${name} (${((Date.now() - at) / 1000).toFixed(1)} s)`);
  return result;
}

let failed = false;
try {
  const database = await freshDatabase(ownerBase, appBase);
  cleanups.unshift(database.drop);
  await seedPeople(database.ownerUrl);
  const s3 = await startLocalS3('two-instances');
  cleanups.unshift(s3.close);
  // Each message waits a second before the mail server takes it, so a worker sending one is busy
  // long enough for the other server's worker to claim the next job.
  const smtp = await captureSmtp({ acceptAfterMs: 1_000 });
  cleanups.unshift(smtp.close);

  const [portA, portB] = process.env.TWO_INSTANCES_PORTS ? process.env.TWO_INSTANCES_PORTS.split(',').map(Number) : [await freePort(), await freePort()];
  // The README's settings, the same on both servers but for the address each answers on.
  const shared = {
    DATABASE_URL: database.appUrl,
    MIGRATE_ON_START: 'false',
    BETTER_AUTH_SECRET: randomBytes(32).toString('hex'),
    STORAGE: 's3',
    S3_ENDPOINT: s3.settings.endpoint,
    S3_BUCKET: s3.settings.bucket,
    S3_ACCESS_KEY_ID: s3.settings.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.settings.secretAccessKey,
    SMTP_URL: smtp.url,
    // Small limits and a quick worker, so the proof is quick.
    VERIFY_LIMIT: `${VERIFY_LIMIT}/60`,
    SIGN_IN_LIMIT: `${SIGN_IN_LIMIT}/60`,
    JOB_POLL_MS: '200',
    // One line per request from two servers would bury the proof's own lines; problems still show.
    LOG_LEVEL: 'warn',
  };
  const servers = await step('two servers answer their health checks', async () => {
    const launched = await Promise.allSettled([
      startInstance('a', portA ?? 0, { ...shared, BETTER_AUTH_URL: `http://localhost:${portA}` }),
      startInstance('b', portB ?? 0, { ...shared, BETTER_AUTH_URL: `http://localhost:${portB}` }, process.env.TWO_INSTANCES_B_DIR || undefined),
    ]);
    const running = launched.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    instances.push(...running);
    cleanups.unshift(async () => Promise.all(running.map((server) => server.stop())));
    for (const outcome of launched) if (outcome.status === 'rejected') throw outcome.reason;
    return running;
  });
  const [a, b] = servers as [Instance, Instance];

  const learner = await step('a session cookie from signing in on A, with the form B drew, is valid on B', () => sessionFromAIsValidOnB(a, b));
  await step('evidence uploaded through A is downloaded byte-identical through B', () => evidenceFromAIsServedByB(learner, a, b, s3.settings));
  await step('the look-up limit reached on A holds on B', () => verifyLimitOnAHoldsOnB(a, b, VERIFY_LIMIT));
  await step('the sign-in limit reached on A holds on B', () => signInLimitOnAHoldsOnB(a, b, SIGN_IN_LIMIT));
  await step('mail jobs queued through A run once each, on both workers, and each message arrives once', () =>
    jobsRunOnceAndMailArrivesOnce(learner, a, b, database.ownerUrl, smtp.received, MAIL_JOBS),
  );
  await step('signing out on A ends the session on B at once', () => signOutOnAEndsSessionOnB(learner, a, b));
} catch (error) {
  failed = true;
  console.error(`\n✗ two instances: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
} finally {
  await cleanUp();
}
console.log(`two instances: ${failed ? 'failed' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failed ? 1 : 0);
