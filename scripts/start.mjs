import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { acquireFolderLock, DatabaseInUseError } from '../lib/db/pglite-lock.mjs';
import { buildIsCurrent } from './lib/build-state.mjs';
import { run } from './lib/run.mjs';
import { serverArgs } from './lib/server-command.mjs';

// Every setting is checked first (lib/env.ts), so a wrong one stops the start before anything else.
if (!run('node_modules/.bin/tsx', ['scripts/env-check.ts'])) process.exit(1);

// The embedded database's lock is taken first, before building and long before the server
// listens: a second start on a folder another server holds stops here with the lock's message and
// never accepts a connection. The server takes the lock over from this process when it opens the
// database. PostgreSQL needs no lock.
if (!process.env.DATABASE_URL) {
  const folder = path.resolve(process.env.DATA_DIR ?? '.data');
  mkdirSync(folder, { recursive: true });
  try {
    acquireFolderLock(folder);
  } catch (error) {
    if (!(error instanceof DatabaseInUseError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

// `npm start` on a fresh clone: build when the sources changed since the last build, then serve.
if (!buildIsCurrent()) {
  console.log('Building the course (first start, or the sources changed)…');
  if (!run(process.execPath, ['scripts/build.mjs'])) process.exit(1);
}
// With two PostgreSQL roles the owner applies the migrations and grants the application role its
// rights here, as a step of its own; the server is never given the owner's URL. With
// MIGRATE_ON_START=false (several servers on one database) the deployment runs that step once
// itself, so starting a server never migrates concurrently with another.
const { DATABASE_OWNER_URL: ownerUrl, ...serverEnv } = process.env;
const migrateOnStart = !/^(false|0)$/i.test(process.env.MIGRATE_ON_START?.trim() ?? '');
if (ownerUrl && migrateOnStart && !run('node_modules/.bin/tsx', ['scripts/db-migrate.ts'])) process.exit(1);
const port = process.env.PORT ?? '3000';
// The app's own server (scripts/serve.mjs: Next.js plus the client's socket address for rate
// limits), started with node directly: `npx` leaves an orphaned server behind when killed.
const server = spawn(process.execPath, serverArgs(port), {
  stdio: 'inherit',
  env: { ...serverEnv, NEXT_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
