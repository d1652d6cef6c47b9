import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

/** Where the embedded database, the generated secret and uploads live. Created on first use. */
export function dataDir(): string {
  const dir = path.resolve(/*turbopackIgnore: true*/ env().dataDir);
  mkdirSync(dir, { recursive: true });
  return dir;
}
