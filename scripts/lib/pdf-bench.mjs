import { percentiles } from './load-bench.mjs';

const LESSON = '/lessons/03-priorities-and-the-sla-clock';

async function timedGet(url, cookie) {
  const started = performance.now();
  const response = await fetch(url, { headers: cookie ? { Cookie: cookie } : {} });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`);
  return performance.now() - started;
}

async function sequentially(count, task) {
  const samples = [];
  for (let index = 0; index < count; index += 1) samples.push(await task());
  return samples;
}

/**
 * What PDFs cost everyone else: a lesson's time at idle and while ten record PDFs are being drawn
 * (a learner's record in progress, drawn afresh each time), and a final record's PDF once kept.
 */
export async function measurePdfLoad(baseUrl, { drawnCookie, finalCookie }) {
  const lesson = () => timedGet(`${baseUrl}${LESSON}`);
  await lesson();
  const idle = await sequentially(40, lesson);

  let drawing = true;
  let drawn = 0;
  const drawers = Array.from({ length: 10 }, async () => {
    while (drawing) {
      await timedGet(`${baseUrl}/record/pdf`, drawnCookie);
      drawn += 1;
    }
  });
  // Let the ten requests reach the PDF threads before timing the lessons beside them.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const busy = await sequentially(40, lesson);
  drawing = false;
  await Promise.all(drawers);

  let cachedFinalPdfMs = null;
  if (finalCookie) {
    await timedGet(`${baseUrl}/record/pdf`, finalCookie);
    cachedFinalPdfMs = percentiles(await sequentially(40, () => timedGet(`${baseUrl}/record/pdf`, finalCookie)));
  }
  return { lessonIdleMs: percentiles(idle), lessonWhilePdfsMs: percentiles(busy), pdfsDrawnMeanwhile: drawn, cachedFinalPdfMs };
}
