import { authorizeRequest } from '@/lib/auth/require-permission';
import { jsonError } from '@/lib/http/json-responses';
import { LEARNER_CSV_TEMPLATE } from '@/lib/import/learner-rows';

/** A starting file for an import: the columns the import reads, with two example learners. */
export async function GET() {
  const access = await authorizeRequest('users:manage', null, { signIn: 'Sign in as an administrator to download the template.', notFound: 'There is no such page.' });
  if (!access.ok) return jsonError(access.status, access.message);
  // The byte-order mark tells spreadsheet programs the file is UTF-8, so names with accents open intact.
  return new Response(`\uFEFF${LEARNER_CSV_TEMPLATE}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="learners-template.csv"', 'Cache-Control': 'private, no-store' },
  });
}
