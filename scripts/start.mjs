import { spawn } from 'node:child_process';
import { buildIsCurrent } from './lib/build-state.mjs';
import { run } from './lib/run.mjs';

// `npm start` on a fresh clone: build when the sources changed since the last build, then serve.
if (!buildIsCurrent()) {
  console.log('Building the course (first start, or the sources changed)…');
  if (!run(process.execPath, ['scripts/build.mjs'])) process.exit(1);
}
const port = process.env.PORT ?? '3000';
// Start next's own binary: `npx next start` leaves an orphaned server behind when killed.
const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
