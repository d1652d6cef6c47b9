import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [url, out, w, full] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: Number(w ?? 1280), height: 900 } });
await p.goto('http://localhost:3300' + url); await p.waitForTimeout(500);
await p.screenshot({ path: out, fullPage: full === 'full' });
await b.close();
