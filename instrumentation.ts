import type { Instrumentation } from 'next';

/**
 * Opens and migrates the database as the server prepares, so a locked data folder or a failed
 * migration stops it with a clear message. Next.js does this only after it listens, so `npm start`
 * refuses a folder another process holds before starting the server at all.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // Every setting is parsed first, so a wrong one stops the server with a message naming it.
  const { env } = await import('@/lib/env');
  try {
    env();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  // The process's logger is made now, with LOG_LEVEL, before scripts/serve.mjs logs its first request.
  const { log } = await import('@/lib/log/logger');
  log();
  const { openDatabaseAtBoot } = await import('@/lib/db/boot');
  await openDatabaseAtBoot();
}

/** Errors no page, route or action handled go to the structured log with their request's id. */
export async function onRequestError(...args: Parameters<Instrumentation.onRequestError>) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('@/lib/log/request-error');
  logRequestError(...args);
}
