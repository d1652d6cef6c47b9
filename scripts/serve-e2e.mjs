import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resetPostgres } from './lib/reset-postgres.mjs';

// The browser journeys' server: always a fresh, empty database (a new data folder, or a wiped
// PostgreSQL schema when DATABASE_URL is set), so every run starts from the same place.
const port = process.env.E2E_PORT ?? '3100';
const dataDir = `.data-e2e-${port}`;
rmSync(dataDir, { recursive: true, force: true });

if (process.env.DATABASE_URL) await resetPostgres(process.env.DATABASE_URL);

const server = spawn(process.execPath, ['scripts/serve.mjs', '-p', port], {
  stdio: 'inherit',
  env: {
    ...process.env,
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
