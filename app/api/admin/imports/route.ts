import { baseUrl } from '@/lib/auth/create-auth';
import { authorizeRequest } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import { jsonError } from '@/lib/http/json-responses';
import { sameOriginRefusal } from '@/lib/http/request-guard';
import { MAX_IMPORT_BYTES, saveImportUpload } from '@/lib/import/import-learners';
import type { UploadProblem } from '@/lib/import/upload-problems';

const back = (to: string) => new Response(null, { status: 303, headers: { Location: `${baseUrl().replace(/\/$/, '')}${to}` } });
const problem = (code: UploadProblem) => back(`/admin/import?problem=${code}`);

/**
 * A learner file posted by the import page's form (multipart field "file"): kept for its preview,
 * then the browser is sent to the preview. A file the server cannot read goes back with the reason;
 * a file it can read always reaches the preview, which names each row's problems.
 */
export async function POST(request: Request) {
  const access = await authorizeRequest('users:manage', null, { signIn: 'Your session has ended. Sign in again to import.', notFound: 'There is no such page.' });
  if (!access.ok) return jsonError(access.status, access.message);
  if (sameOriginRefusal(request, baseUrl())) return problem('cross-site');
  if (Number(request.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) return problem('too-large');
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return problem('no-file');
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return problem('no-file');
  if (file.size > MAX_IMPORT_BYTES) return problem('too-large');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return problem('not-utf8');
  }
  if (Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES) return problem('too-large');
  const importId = await saveImportUpload(await getDb(), access.user.id, file.name, text);
  return back(`/admin/import/${importId}`);
}
