// Draws the installable app's PNG icons from public/icon.svg with the test browser. The PNGs are
// kept in the repository (a phone's home screen wants PNG); run this again after changing the SVG.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM } from './lib/chromium.mjs';

const svg = readFileSync('public/icon.svg', 'utf8');
// A maskable icon is cropped to a circle by some phones: full-bleed colour, the mark inside the middle 70%.
const maskable = svg
  .replace('rx="96" ', '')
  .replace(/(<path[\s\S]*)<\/svg>/, '<g transform="translate(77 77) scale(0.7)">$1</g></svg>');

const icons = [
  { file: 'public/icons/icon-192.png', size: 192, markup: svg },
  { file: 'public/icons/icon-512.png', size: 512, markup: svg },
  { file: 'public/icons/icon-maskable-512.png', size: 512, markup: maskable },
  { file: 'public/icons/apple-touch-icon.png', size: 180, markup: maskable },
];

const browser = await chromium.launch({ executablePath: CHROMIUM });
for (const { file, size, markup } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${markup.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: file, omitBackground: true });
  await page.close();
  console.log(`Wrote ${file}`);
}
await browser.close();
