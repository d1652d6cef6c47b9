import { betterAuth } from 'better-auth';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-length';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import type { Db } from '@/lib/db/open-database';
import { env } from '@/lib/env';
import { account, session, user, verification } from '@/lib/db/schema/auth';


export { MIN_PASSWORD_LENGTH };

export function baseUrl(): string {
  const settings = env();
  return settings.betterAuthUrl ?? `http://localhost:${settings.port}`;
}

/**
 * Email-and-password authentication on the app's own database. Every call goes through the
 * app's server actions (which validate, rate limit and audit), so the library's HTTP routes are not mounted.
 */
export function createAuth(db: Db, secret: string) {
  const url = baseUrl();
  return betterAuth({
    database: drizzleAdapter(db, { provider: 'pg', schema: { user, session, account, verification } }),
    secret,
    baseURL: url,
    emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: 128, autoSignIn: false },
    // A signed cookie caches the session for a minute, sparing the library's database reads on
    // every request. It is not trusted alone: getCurrentUser reads the profile through the
    // session's own row, so a session signed out, revoked or expired is refused at once.
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60, cookieCache: { enabled: true, maxAge: 60 } },
    telemetry: { enabled: false },
    advanced: { useSecureCookies: url.startsWith('https://'), cookiePrefix: 'course' },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
