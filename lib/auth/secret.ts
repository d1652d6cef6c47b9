import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/lib/db/data-dir';
import { env } from '@/lib/env';

/** BETTER_AUTH_SECRET, or a secret generated once into the data folder so sessions survive restarts. */
export function authSecret(): string {
  // lib/env.ts has already refused a secret shorter than 32 characters.
  const fromEnvironment = env().betterAuthSecret;
  if (fromEnvironment) return fromEnvironment;
  const file = path.join(dataDir(), 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
