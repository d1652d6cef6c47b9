import { build } from 'esbuild';

/** Where the server looks for the PDF thread's code (lib/record/pdf-renderer.ts); `next build` empties .next, so this runs after it. */
export const PDF_WORKER_FILE = '.next/pdf-worker.mjs';

/**
 * lib/record/pdf-worker.ts and the project code it imports as one ES module; packages stay imports,
 * found in node_modules when the thread starts, as the server finds them.
 */
export async function bundlePdfWorker(outfile = PDF_WORKER_FILE) {
  await build({
    entryPoints: ['lib/record/pdf-worker.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}
