import { formatSastTime } from '@/lib/format/sast';

/** "removed on 3 March 2027": shown where a link to a file past the provider's retention period would be. */
export function removedOn(removedAt: Date): string {
  return `removed on ${formatSastTime(removedAt, 'longDate')}`;
}

/**
 * What a download of a removed file answers (with 410 Gone): the bytes are gone on purpose, and the
 * sealed record still proves what the file was, so nobody should report it as a fault.
 */
export function removedFileMessage(removedAt: Date): string {
  return `This file was ${removedOn(removedAt)} under the provider's retention policy; the record keeps its name and fingerprint.`;
}
