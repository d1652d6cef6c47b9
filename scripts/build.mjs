import { recordBuild } from './lib/build-state.mjs';
import { bundlePdfWorker } from './lib/bundle-pdf-worker.mjs';
import { run } from './lib/run.mjs';

// The content check runs first so a broken lesson fails with a clear message, not a build trace.
if (!run('node_modules/.bin/tsx', ['scripts/content-check.ts'])) process.exit(1);
if (!run(process.execPath, ['node_modules/next/dist/bin/next', 'build'])) process.exit(1);
await bundlePdfWorker();
// The lessons are prerendered from the build's stylesheet, so they follow it.
if (!run('node_modules/.bin/tsx', ['scripts/build-lessons.ts'])) process.exit(1);
recordBuild();
