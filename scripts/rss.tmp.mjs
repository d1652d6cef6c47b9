import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium.mjs';
import { signIn, concurrently } from './lib/load-bench.mjs';
import { startServer, stopServer, residentMemoryMb } from './lib/server.mjs';
const [dataDir, workers] = process.argv.slice(2);
const seed = JSON.parse(readFileSync(`${dataDir}/bench-seed.json`, 'utf8'));
const env = { DATA_DIR: dataDir, SIGN_IN_LIMIT: '1000/60', BETTER_AUTH_URL: 'http://localhost:3201', PDF_WORKERS: workers };
const server = await startServer(3201, env);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const mem = async (label) => console.log(label, await residentMemoryMb(server.pid), 'MB');
try {
  await mem('started');
  const cookie = await signIn(browser, 'http://localhost:3201', seed.assessorEmail, seed.password);
  const lcookie = await signIn(browser, 'http://localhost:3201', seed.learners[0].email, seed.password);
  await concurrently([cookie], 40, (c) => fetch('http://localhost:3201/assess', { headers: { Cookie: c } }));
  await concurrently([cookie], 20, (c) => fetch('http://localhost:3201/lessons/03-priorities-and-the-sla-clock', { headers: { Cookie: c } }));
  await mem('after queue+lessons');
  await concurrently([lcookie, lcookie, lcookie], 10, (c) => fetch('http://localhost:3201/record/pdf', { headers: { Cookie: c } }));
  await mem('after 30 PDFs');
  await new Promise(r => setTimeout(r, 5000));
  await mem('5 s later');
} finally { await browser.close(); await stopServer(server); }
