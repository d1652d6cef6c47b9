/**
 * Opens and migrates the database when the server starts, so a locked data folder or a failed
 * migration stops the server at once with a clear message instead of on the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { openDatabaseAtBoot } = await import('@/lib/db/boot');
  await openDatabaseAtBoot();
}
