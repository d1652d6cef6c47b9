import { serverHeapMb } from '../../lib/server/server-heap.mjs';

/**
 * How every script starts the production server: Node with the heap cap of SERVER_HEAP_MB
 * (lib/server/server-heap.mjs), then scripts/serve.mjs.
 */
export function serverArgs(port, environment = process.env) {
  return [`--max-old-space-size=${serverHeapMb(environment)}`, 'scripts/serve.mjs', '-p', String(port)];
}
