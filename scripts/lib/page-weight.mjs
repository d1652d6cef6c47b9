import { readingOrder } from './reading-order.mjs';

/**
 * Page weight as Chromium receives it: every response's encoded (gzip) bytes, read from the DevTools
 * protocol, and what the service worker fetches over the network on the page's behalf (its own
 * precache and the lessons it keeps), read from the worker's requests. A response the worker gave
 * the page is not counted twice: the page's copy crossed no network.
 */

const CODE_TYPES = new Set(['Document', 'Stylesheet', 'Script']);
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

function workerType(url) {
  const { pathname } = new URL(url);
  if (pathname.endsWith('.js')) return 'Script';
  if (pathname.endsWith('.css')) return 'Stylesheet';
  return /\.(png|svg|webmanifest|json)$/.test(pathname) ? 'Other' : 'Document';
}

async function recorder(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  const types = new Map();
  let entries = [];
  session.on('Network.responseReceived', (event) =>
    types.set(event.requestId, { type: event.type, url: event.response.url, fromWorker: event.response.fromServiceWorker === true }),
  );
  session.on('Network.loadingFinished', (event) => {
    const info = types.get(event.requestId);
    if (info?.fromWorker) return;
    entries.push({ bytes: event.encodedDataLength, type: info?.type ?? 'Other', url: info?.url ?? '' });
  });
  page.context().on('requestfinished', (request) => {
    if (!request.serviceWorker()) return;
    void request.sizes().then((sizes) => entries.push({ bytes: sizes.responseBodySize + sizes.responseHeadersSize, type: workerType(request.url()), url: request.url() }));
  });
  return {
    take() {
      const taken = entries;
      entries = [];
      return taken;
    },
  };
}

function summarise(entries) {
  const total = entries.reduce((sum, e) => sum + e.bytes, 0);
  const code = entries.filter((e) => CODE_TYPES.has(e.type)).reduce((sum, e) => sum + e.bytes, 0);
  return { total, code };
}

async function settle(page) {
  await page.waitForLoadState('networkidle');
  // A first visit also starts the service worker, which fetches its own kit and keeps the lesson.
  await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return;
    await navigator.serviceWorker.ready;
    for (let tries = 0; tries < 50 && !(await caches.match(location.pathname)); tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  });
  await page.waitForTimeout(500);
}

export async function measurePageWeights(browser, baseUrl) {
  // Each lesson's client navigation is measured by its "Next lesson" link, so the walk follows the reading order.
  const slugs = readingOrder();
  const lessons = [];
  for (const [index, slug] of slugs.entries()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const record = await recorder(page);
    await page.goto(`${baseUrl}/lessons/${slug}`);
    await settle(page);
    const first = summarise(record.take());
    let clientNavigationKb = null;
    if (index < slugs.length - 1) {
      await page.getByRole('link', { name: /Next lesson/ }).click();
      await page.waitForURL(`**/lessons/${slugs[index + 1]}`);
      await settle(page);
      clientNavigationKb = kb(summarise(record.take()).total);
    }
    lessons.push({ slug, firstVisitKb: kb(first.total), codeKb: kb(first.code), clientNavigationKb });
    await context.close();
  }

  // The whole course as one learner walks it: home, then every lesson by its "Next lesson" link.
  const context = await browser.newContext();
  const page = await context.newPage();
  const record = await recorder(page);
  await page.goto(`${baseUrl}/`);
  await settle(page);
  await page.getByRole('link', { name: /Start the course/ }).click();
  await page.waitForURL(`**/lessons/${slugs[0]}`);
  await settle(page);
  for (let step = 1; step < slugs.length; step += 1) {
    await page.getByRole('link', { name: /Next lesson/ }).click();
    await page.waitForURL(`**/lessons/${slugs[step]}`);
    await settle(page);
  }
  const whole = summarise(record.take());
  await context.close();

  return {
    lessons,
    maxLessonFirstVisitKb: Math.max(...lessons.map((l) => l.firstVisitKb)),
    maxLessonCodeKb: Math.max(...lessons.map((l) => l.codeKb)),
    maxClientNavigationKb: Math.max(...lessons.map((l) => l.clientNavigationKb ?? 0)),
    wholeCourseKb: kb(whole.total),
  };
}
