import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [url, selector, out, w] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: Number(w ?? 1280), height: 900 } });
await p.goto('http://localhost:3300' + url); await p.waitForTimeout(500);
const el = p.locator(selector).first();
await el.screenshot({ path: out });
await b.close();
