/**
 * The cap on the server's JavaScript heap (SERVER_HEAP_MB). Without it V8 sizes the heap to the
 * machine and lets garbage pile up to hundreds of megabytes under load before collecting it; the
 * live heap of a busy server is about 100 MB, so the cap costs a little more collecting and keeps
 * the server's memory near its budget. One definition for lib/env.ts, which checks every setting at
 * start-up, and for the scripts that start the server, which must read it before that check can run.
 */
export const SERVER_HEAP_MB = { default: 320, min: 128, max: 65_536 };

/** The heap cap in MB from SERVER_HEAP_MB; throws on a value out of range, naming the variable. */
export function serverHeapMb(environment = process.env) {
  const raw = environment.SERVER_HEAP_MB?.trim() ?? '';
  if (raw === '') return SERVER_HEAP_MB.default;
  const megabytes = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(megabytes >= SERVER_HEAP_MB.min && megabytes <= SERVER_HEAP_MB.max)) {
    throw new Error(`SERVER_HEAP_MB must be a whole number from ${SERVER_HEAP_MB.min} to ${SERVER_HEAP_MB.max}, not ${JSON.stringify(raw)}`);
  }
  return megabytes;
}
