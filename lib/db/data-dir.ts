import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Where the embedded database, the generated secret and uploads live. Created on first use. */
export function dataDir(): string {
  const dir = path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? '.data');
  mkdirSync(dir, { recursive: true });
  return dir;
}
