import { log } from '@/lib/log/logger';
import { canonicalJson, sha256Hex } from '@/lib/record/canonical-json';
import type { RecordPdfRenderer } from '@/lib/record/pdf-renderer';
import type { RecordOfLearning } from '@/lib/record/record-schema';
import type { RenderedFileCache } from '@/lib/storage/rendered-file-cache';

/**
 * A final or superseded record never changes (its snapshot is sealed), so its PDF is drawn once and
 * kept, named by the hash of the drawing code and of everything the record shows. A record still in
 * progress changes with every judgement and is drawn each time.
 */
export function cachedPdfName(record: RecordOfLearning, codeId: string | null): string | null {
  if (codeId === null || (record.status !== 'final' && record.status !== 'superseded')) return null;
  return `record-pdf/${sha256Hex(`${codeId}\n${canonicalJson(record)}`)}.pdf`;
}

export type RecordPdf = { bytes: Uint8Array; cached: boolean };

/**
 * The record's PDF, from the cache when it was drawn before. A cache that cannot be read or written
 * costs a drawing, never the download: `onCacheError` hears of it.
 */
export async function recordPdf(
  record: RecordOfLearning,
  deps: { renderer: RecordPdfRenderer; cache: RenderedFileCache; onCacheError?: (error: unknown) => void },
): Promise<RecordPdf> {
  const name = cachedPdfName(record, deps.renderer.codeId);
  const report = deps.onCacheError ?? ((error: unknown) => log().warn({ err: error }, 'The record PDF cache failed; the PDF was drawn instead.'));
  if (name !== null) {
    const kept = await deps.cache.read(name).catch((error: unknown) => {
      report(error);
      return null;
    });
    if (kept !== null) return { bytes: kept, cached: true };
  }
  const bytes = await deps.renderer.render(record);
  if (name !== null) await deps.cache.write(name, bytes).catch(report);
  return { bytes, cached: false };
}
