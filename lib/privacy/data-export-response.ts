import { writeAudit } from '@/lib/audit/write-audit';
import { jsonError } from '@/lib/http/json-responses';
import type { Actor } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/open-database';
import { learnerDataArchive } from '@/lib/privacy/data-archive';
import { collectLearnerData } from '@/lib/privacy/learner-data';
import { readSettings } from '@/lib/settings/settings-store';
import type { ObjectStore } from '@/lib/storage/object-store';

/**
 * A learner's whole data as a ZIP download, for them or for an administrator answering their
 * request. The export is audited before the first byte goes: it carries everything about a person.
 */
export async function personalDataResponse(db: Db, store: ObjectStore, actor: Actor, learnerId: string, now = new Date()): Promise<Response> {
  const data = await collectLearnerData(db, learnerId);
  const [person] = data.sections.profile as { role?: string }[];
  if (person?.role !== 'learner') return jsonError(404, 'There is no such learner.');
  const providerName = (await readSettings(db)).providerName || 'your training provider';
  await writeAudit(db, actor, { type: 'user', id: learnerId }, { type: 'personal_data.exported', data: { byAdmin: actor.id !== learnerId, files: data.files.length, records: data.records.length } });
  const archive = learnerDataArchive(data, store, { exportedAt: now, providerName });
  return new Response(archive, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="your-data-${now.toISOString().slice(0, 10)}.zip"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
