/** The arguments for `node` that start the server on `port`. */
export function serverArgs(port: number | string, environment?: Record<string, string | undefined>): string[];
