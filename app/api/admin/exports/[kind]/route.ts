import { z } from 'zod';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorizeRequest } from '@/lib/auth/require-permission';
import { getCourseContent } from '@/lib/content/course-content';
import { getDb } from '@/lib/db/client';
import type { Db } from '@/lib/db/open-database';
import { type CsvCell, toCsv } from '@/lib/export/csv';
import { moderationCells, moderationRows } from '@/lib/export/moderation-export';
import { resultCells, resultRows } from '@/lib/export/results-export';
import { jsonError } from '@/lib/http/json-responses';
import { RecordIdSchema } from '@/lib/forms/storable-text';

const QuerySchema = z.object({
  kind: z.enum(['results', 'moderation'], { error: 'Ask for the results or the moderation export.' }),
  format: z.enum(['csv', 'json'], { error: 'Ask for format=csv or format=json.' }).default('csv'),
  cohort: RecordIdSchema.optional(),
});

/**
 * Results per learner and criterion, or moderation findings per batch, for a provider's reporting:
 * CSV that spreadsheets open correctly (formula-looking cells neutralised, dates as yyyy-mm-dd) or
 * the same rows as JSON. Every export is audited: it carries personal information out of the system.
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const access = await authorizeRequest('users:manage', null, { signIn: 'Sign in as an administrator to export.', notFound: 'There is no such export.' });
  if (!access.ok) return jsonError(access.status, access.message);
  const url = new URL(request.url);
  const parsed = QuerySchema.safeParse({ kind: (await params).kind, format: url.searchParams.get('format') ?? undefined, cohort: url.searchParams.get('cohort') || undefined });
  if (!parsed.success) return jsonError(400, parsed.error.issues[0]?.message ?? 'Check the address of the export.');
  const { kind, format } = parsed.data;
  const cohortId = parsed.data.cohort ?? null;
  const db = await getDb();
  const table = kind === 'results' ? await resultsTable(db, cohortId) : await moderationTable(db, cohortId);
  const { rows } = table;
  await writeAudit(db, { id: access.user.id, role: access.user.role }, null, { type: 'data.exported', data: { kind, format, cohortId, rows: rows.length } });
  const stamp = new Date().toISOString().slice(0, 10);
  const headers = { 'Cache-Control': 'private, no-store', 'Content-Disposition': `attachment; filename="${kind}-${stamp}.${format}"` };
  if (format === 'json') return Response.json({ kind, exportedAt: new Date().toISOString(), cohortId, rows }, { headers });
  // The byte-order mark makes spreadsheet programs read the file as UTF-8, so accented names survive.
  return new Response(`\uFEFF${toCsv(table.cells())}`, { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
}

type Table = { rows: readonly object[]; cells: () => CsvCell[][] };

async function resultsTable(db: Db, cohortId: string | null): Promise<Table> {
  const rows = await resultRows(db, (await getCourseContent()).outcomes, cohortId);
  return { rows, cells: () => resultCells(rows) };
}

async function moderationTable(db: Db, cohortId: string | null): Promise<Table> {
  const rows = await moderationRows(db, cohortId);
  return { rows, cells: () => moderationCells(rows) };
}
