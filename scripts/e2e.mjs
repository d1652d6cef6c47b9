import { buildIsCurrent } from './lib/build-state.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { run } from './lib/run.mjs';

ensureChromium();
if (!buildIsCurrent() && !run(process.execPath, ['scripts/build.mjs'])) process.exit(1);
process.exit(run('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)]) ? 0 : 1);
