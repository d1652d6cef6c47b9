/**
 * How every script starts the production server: Node with a cap on the JavaScript heap, then
 * scripts/serve.mjs. Without the cap V8 sizes the heap to the machine and lets garbage pile up to
 * hundreds of megabytes under load before collecting it; the live heap of a busy server is about
 * 100 MB, so the cap costs a little more collecting and keeps the server's memory near its budget.
 * SERVER_HEAP_MB is checked with every other setting by lib/env.ts (`npm start`); the range here is
 * the same, so a script that starts the server without that check still refuses a wrong value.
 */
export const DEFAULT_SERVER_HEAP_MB = 320;

export function serverHeapMb(environment = process.env) {
  const raw = environment.SERVER_HEAP_MB?.trim() ?? '';
  if (raw === '') return DEFAULT_SERVER_HEAP_MB;
  const megabytes = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(megabytes >= 128 && megabytes <= 65_536)) throw new Error(`SERVER_HEAP_MB must be a whole number from 128 to 65536, not ${JSON.stringify(raw)}`);
  return megabytes;
}

/** The arguments for `node` that start the server on `port`. */
export function serverArgs(port, environment = process.env) {
  return [`--max-old-space-size=${serverHeapMb(environment)}`, 'scripts/serve.mjs', '-p', String(port)];
}
