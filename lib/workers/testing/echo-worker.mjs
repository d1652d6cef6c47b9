// Test double for the pool: sleeps, echoes, throws or kills its own thread on request.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', async ({ id, input }) => {
  if (input.crash) process.exit(1);
  if (input.hang) return;
  await new Promise((resolve) => setTimeout(resolve, input.sleepMs ?? 0));
  if (input.fail) parentPort.postMessage({ id, error: input.fail });
  else parentPort.postMessage({ id, output: { value: input.value, threadId: (await import('node:worker_threads')).threadId } });
});
