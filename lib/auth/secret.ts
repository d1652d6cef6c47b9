import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/lib/db/data-dir';

/** BETTER_AUTH_SECRET, or a secret generated once into the data folder so sessions survive restarts. */
export function authSecret(): string {
  const fromEnvironment = process.env.BETTER_AUTH_SECRET;
  if (fromEnvironment && fromEnvironment.length >= 32) return fromEnvironment;
  if (fromEnvironment) throw new Error('BETTER_AUTH_SECRET must be at least 32 characters long');
  const file = path.join(dataDir(), 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
