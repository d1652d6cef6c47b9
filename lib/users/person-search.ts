import { ilike, or, type SQL } from 'drizzle-orm';
import { containsPattern } from '@/lib/db/contains-pattern';
import { profile, user } from '@/lib/db/schema';

/** People whose full name or e-mail address contains the words, in any case; undefined when there are no words. */
export function nameOrEmailContains(words: string | undefined): SQL | undefined {
  const search = words?.trim();
  if (!search) return undefined;
  const pattern = containsPattern(search);
  return or(ilike(profile.fullName, pattern), ilike(user.email, pattern));
}
