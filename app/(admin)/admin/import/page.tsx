import type { Metadata } from 'next';
import { AppLink as Link } from '@/components/ui/app-link';
import { requirePermission } from '@/lib/auth/require-permission';
import { uploadProblemMessage } from '@/lib/import/upload-problems';

export const metadata: Metadata = { title: 'Import learners' };

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('users:manage', null, '/admin/import');
  const problem = uploadProblemMessage((await searchParams).problem);
  return (
    <div className="max-w-3xl space-y-8">
      <header>
        <h1 className="text-3xl font-bold">Import learners</h1>
        <p className="mt-3 text-slate-700">
          Bring a whole intake in from a spreadsheet. You will see every row&rsquo;s result before anything is saved, and the import saves every learner
          or none. Each learner then gets a single-use link to set their own password.
        </p>
      </header>
      <section aria-labelledby="file-heading" className="space-y-3">
        <h2 id="file-heading" className="text-xl font-bold">
          The file
        </h2>
        <p>
          A CSV file (UTF-8, comma or semicolon separated, as a spreadsheet saves it), one learner per row, with these columns: <strong>full name</strong>,{' '}
          <strong>e-mail</strong>, and either <strong>ID number</strong> (South African ID) or <strong>passport number</strong> with{' '}
          <strong>passport country</strong>; optionally <strong>cohort</strong> (the name of a cohort that exists) and <strong>assessor</strong> (the
          assessor&rsquo;s e-mail address).
        </p>
        <p>
          <a href="/api/admin/imports/template" className="font-semibold text-brand-700 underline" download>
            Download a template file
          </a>{' '}
          · <Link href="/admin/cohorts" className="text-brand-700 underline">Create cohorts first</Link>
        </p>
      </section>
      <form method="post" action="/api/admin/imports" encType="multipart/form-data" className="space-y-4 rounded-md border border-slate-300 p-4">
        {problem ? (
          <p role="alert" className="rounded-md bg-red-50 px-4 py-3 font-semibold text-red-900">
            {problem}
          </p>
        ) : null}
        <div className="space-y-1">
          <label htmlFor="import-file" className="block font-semibold">
            Learner file (CSV, at most 2 MB)
          </label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" required aria-invalid={problem ? true : undefined} className="block min-h-11 w-full max-w-full" />
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
          Upload and check
        </button>
      </form>
    </div>
  );
}
