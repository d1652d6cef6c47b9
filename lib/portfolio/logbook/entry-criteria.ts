import type { LogbookClaims } from '@/lib/portfolio/practical-schemas';

/** The criteria an entry claims (content/practical/logbook.yml): always some, more for what it shows. */
export function entryCriteria(claims: LogbookClaims, shows: { respondedInTime: boolean; escalated: boolean; followedUp: boolean }): string[] {
  const codes = [
    ...claims.always,
    ...(shows.respondedInTime ? claims.whenRespondedInTime : []),
    ...(shows.escalated ? claims.whenEscalated : []),
    ...(shows.followedUp ? claims.whenFollowedUp : []),
  ];
  return [...new Set(codes)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
