import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resetPostgres } from './lib/reset-postgres.mjs';
import { run } from './lib/run.mjs';
import { serverArgs } from './lib/server-command.mjs';

// The browser journeys' server: always a fresh, empty database (a new data folder, or a wiped
// PostgreSQL schema when DATABASE_URL is set), so every run starts from the same place.
const port = process.env.E2E_PORT ?? '3100';
const dataDir = `.data-e2e-${port}`;
rmSync(dataDir, { recursive: true, force: true });

// With an owner role (DATABASE_OWNER_URL) the owner wipes and migrates the database and grants the
// application role its rights; the server then runs as the application role alone, as in production.
const { DATABASE_OWNER_URL: ownerUrl, ...serverEnv } = process.env;
if (process.env.DATABASE_URL) await resetPostgres(ownerUrl || process.env.DATABASE_URL);
if (ownerUrl && !run('node_modules/.bin/tsx', ['scripts/db-migrate.ts'])) process.exit(1);

const server = spawn(process.execPath, serverArgs(port), {
  stdio: 'inherit',
  env: {
    ...serverEnv,
    NEXT_TELEMETRY_DISABLED: '1',
    DATA_DIR: dataDir,
    BETTER_AUTH_URL: `http://localhost:${port}`,
    // The journeys sign in many times a minute from one address; production keeps the default.
    SIGN_IN_LIMIT: process.env.SIGN_IN_LIMIT ?? '200/60',
    // Journeys open witness links from one address too (other journeys give learners testimony).
    WITNESS_LIMIT: process.env.WITNESS_LIMIT ?? '500/600',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
