/** The default and the allowed range of SERVER_HEAP_MB, in MB. */
export const SERVER_HEAP_MB: { readonly default: number; readonly min: number; readonly max: number };
/** The heap cap in MB from SERVER_HEAP_MB (default SERVER_HEAP_MB.default); throws on a value out of range. */
export function serverHeapMb(environment?: Record<string, string | undefined>): number;
