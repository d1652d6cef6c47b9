import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ImportForm } from '@/app/(admin)/admin/import/[importId]/import-form';
import { PreviewTable } from '@/app/(admin)/admin/import/[importId]/preview-table';
import { AppLink as Link } from '@/components/ui/app-link';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { isRecordId } from '@/lib/forms/storable-text';
import { ImportRuleError, previewImport } from '@/lib/import/import-learners';

export const metadata: Metadata = { title: 'Check the import' };

/** Valid rows shown before "show all": the rows with problems are always shown in full. */
const VALID_SHOWN = 100;

export default async function ImportPreviewPage({ params, searchParams }: { params: Promise<{ importId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requirePermission('users:manage', null, '/admin/import');
  const { importId } = await params;
  if (!isRecordId(importId)) notFound();
  const showAll = (await searchParams).all === '1';
  let found: Awaited<ReturnType<typeof previewImport>>;
  try {
    found = await previewImport(await getDb(), importId, admin.id);
  } catch (error) {
    if (error instanceof ImportRuleError) notFound();
    throw error;
  }
  const { upload, preview } = found;
  const withProblems = preview.rows.filter((row) => row.problems.length > 0);
  const valid = preview.rows.filter((row) => row.problems.length === 0);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">Check the import</h1>
        <p className="mt-3 text-slate-700">
          {upload.importedAt
            ? `${upload.fileName}: imported.`
            : `${upload.fileName}: ${preview.rows.length} row${preview.rows.length === 1 ? '' : 's'}. Nothing has been saved yet.`}
        </p>
      </header>
      {upload.importedAt ? null : (
        <section aria-labelledby="result-heading" className="space-y-3">
          <h2 id="result-heading" className="text-xl font-bold">
            Result
          </h2>
          <ul className="flex flex-wrap gap-3" aria-label="Counts">
            <li className="rounded-md bg-emerald-50 px-3 py-1 text-emerald-900">
              Ready: <strong>{preview.validCount}</strong>
            </li>
            <li className="rounded-md bg-red-50 px-3 py-1 text-red-900">
              With problems: <strong>{preview.invalidCount}</strong>
            </li>
          </ul>
          {preview.fileProblems.map((problem) => (
            <p key={problem} role="alert" className="rounded-md bg-red-50 px-4 py-3 font-semibold text-red-900">
              {problem}
            </p>
          ))}
          {preview.unknownColumns.length > 0 ? <p>These columns are not used and will be ignored: {preview.unknownColumns.join(', ')}.</p> : null}
          {preview.importable ? null : (
            <p className="rounded-md bg-amber-50 px-4 py-3 text-amber-950">
              Nothing can be imported until every row is ready: the import saves all the learners or none. Correct the rows below in your spreadsheet,
              then <Link href="/admin/import" className="font-semibold text-brand-700 underline">upload the file again</Link>.
            </p>
          )}
        </section>
      )}
      {/* Outside the section above, in a slot of its own, so the import's result (and its links) stays on screen when the page is refreshed after it. */}
      {upload.importedAt || preview.importable ? <ImportForm importId={importId} count={preview.validCount} imported={Boolean(upload.importedAt)} /> : null}
      {withProblems.length > 0 ? <PreviewTable id="problem-rows" title={`Rows with problems (${withProblems.length})`} rows={withProblems} /> : null}
      {valid.length > 0 ? (
        <>
          <PreviewTable id="ready-rows" title={`Rows ready to import (${valid.length})`} rows={showAll ? valid : valid.slice(0, VALID_SHOWN)} />
          {!showAll && valid.length > VALID_SHOWN ? (
            <Link href={`/admin/import/${importId}?all=1#ready-rows`} className="text-brand-700 underline">
              Show all {valid.length} ready rows
            </Link>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
