export const DEFAULT_SERVER_HEAP_MB: number;
/** The heap cap in MB from SERVER_HEAP_MB (default DEFAULT_SERVER_HEAP_MB); throws on a value out of range. */
export function serverHeapMb(environment?: Record<string, string | undefined>): number;
/** The arguments for `node` that start the server on `port`. */
export function serverArgs(port: number | string, environment?: Record<string, string | undefined>): string[];
