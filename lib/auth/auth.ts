import 'server-only';
import { type Auth, createAuth } from '@/lib/auth/create-auth';
import { authSecret } from '@/lib/auth/secret';
import { getDb } from '@/lib/db/client';

const globalCache = globalThis as typeof globalThis & { auth?: Promise<Auth> };

/** Created on first use, never at build time. */
export function getAuth(): Promise<Auth> {
  globalCache.auth ??= getDb().then((db) => createAuth(db, authSecret()));
  return globalCache.auth;
}
