import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Lighthouse's mobile performance score (0–100) and Total Blocking Time (ms) for each URL, with
 * Debian's Chromium: the median of `runs` runs, the URLs taken in turn in each round so that a
 * page and the one it is compared with share the machine's state.
 */
export async function lighthouseMedians(urls, runs = 3) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
  const samples = new Map(urls.map((url) => [url, { score: [], tbt: [] }]));
  try {
    for (let round = 0; round < runs; round += 1) {
      for (const url of urls) {
        const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
        const sample = samples.get(url);
        sample.score.push(Math.round((result?.lhr.categories.performance.score ?? 0) * 100));
        sample.tbt.push(Math.round(result?.lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN));
      }
    }
  } finally {
    await chrome.kill();
  }
  return Object.fromEntries([...samples].map(([url, sample]) => [url, { score: median(sample.score), tbtMs: median(sample.tbt) }]));
}

/** The mobile performance score alone, one run per URL. */
export async function lighthouseScores(urls) {
  const medians = await lighthouseMedians(urls, 1);
  return Object.fromEntries(Object.entries(medians).map(([url, { score }]) => [url, score]));
}
