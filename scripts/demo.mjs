import { spawn } from 'node:child_process';
import { buildIsCurrent } from './lib/build-state.mjs';
import { run } from './lib/run.mjs';
import { serverArgs } from './lib/server-command.mjs';

// `npm run demo`: the app on its own demo data folder with one person in each role.
const env = { DATA_DIR: process.env.DATA_DIR ?? '.data-demo' };
if (!buildIsCurrent() && !run(process.execPath, ['scripts/build.mjs'])) process.exit(1);
if (!run('node_modules/.bin/tsx', ['scripts/seed-demo.ts'], env)) process.exit(1);
const port = process.env.PORT ?? '3000';
console.log(`\nOpen http://localhost:${port} and sign in with one of the accounts above.\n`);
const server = spawn(process.execPath, serverArgs(port), {
  stdio: 'inherit',
  env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
