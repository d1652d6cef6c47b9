import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

/** Lighthouse's mobile performance score (0–100) for each URL, with Debian's Chromium. */
export async function lighthouseScores(urls) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
  const scores = {};
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
      scores[url] = Math.round((result?.lhr.categories.performance.score ?? 0) * 100);
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}
