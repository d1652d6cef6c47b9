import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { PERMISSIONS } from '@/lib/auth/permissions';

/** The calls that reach `authorize`: pages and actions, route handlers, and the witness link. */
const POLICY_CALL = /\b(requirePermission|authorizeRequest|authorizeWitness|authorize)\(/;

/** Entry points that are open to everyone on purpose, each with the reason. Keep this list short. */
const PUBLIC: Record<string, string> = {
  'app/(public)/page.tsx': 'the home page: the course introduction, the same for everyone',
  'app/(public)/glossary/page.tsx': 'course content, public so anyone may read before enrolling',
  'app/(public)/modules/[moduleId]/page.tsx': 'course content, public',
  'app/(public)/outline/page.tsx': 'course content, public',
  'app/(public)/practice-record/page.tsx': 'a practice tool that keeps everything in the browser',
  'app/(public)/verify/page.tsx': 'anyone holding a record may check its verification code',
  'app/(public)/verify/[code]/page.tsx': 'the verification code is the credential; rate limited, identity masked',
  'app/(auth)/setup/page.tsx': 'first run only: refuses once an administrator exists',
  'app/(auth)/setup/actions.ts': 'first run only: creates the first administrator while none exists',
  'app/(auth)/sign-in/page.tsx': 'the way in: must be reachable signed out',
  'app/(auth)/sign-in/actions.ts': 'the way in: rate limited, checks the password itself',
  'app/(auth)/sign-up/page.tsx': 'self sign-up, open only when the provider allows it',
  'app/(auth)/sign-up/actions.ts': 'self sign-up, open only when the provider allows it',
  'app/(auth)/forgot-password/page.tsx': 'for people who cannot sign in: a form asking for an address, nothing personal',
  'app/(auth)/forgot-password/actions.ts': 'rate limited; queues an e-mail and answers the same whether or not the address has an account',
  'app/(auth)/set-password/[token]/page.tsx': 'the single-use link in the address is the credential; names only the person it was made for',
  'app/(auth)/set-password/[token]/actions.ts': 'rate limited; the single-use link is checked and used up in the transaction that sets the password',
  'app/(auth)/sign-out/page.tsx': 'a page with a sign-out button, nothing personal',
  'app/(auth)/sign-out/actions.ts': 'ends the caller’s own session, whoever they are',
  'app/(witness)/witness/thank-you/page.tsx': 'a fixed thank-you note after a witness signs; names no one',
  'app/api/calendar/route.ts': 'the provider’s closed dates, public and the same for everyone',
  'app/api/me/route.ts': 'says only whether the caller is signed in, and as whom',
  'app/api/health/route.ts': 'for load balancers and monitors: says only whether the database and file store answer, and the version',
};

function entryPoints(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entryPoints(full);
    return ['page.tsx', 'route.ts', 'actions.ts'].includes(entry.name) ? [full.split(path.sep).join('/')] : [];
  });
}

/** Each exported function of a route or actions file, with its body up to the next export. */
function exportedFunctions(source: string): { name: string; body: string }[] {
  const parts = source.split(/(?=^export async function )/m).slice(1);
  return parts.map((part) => ({ name: /^export async function (\w+)/.exec(part)?.[1] ?? '?', body: part }));
}

const files = entryPoints('app');

test('the scan finds the app’s pages, route handlers and server actions', () => {
  expect(files.length).toBeGreaterThan(60);
  expect(files).toContain('app/(admin)/admin/users/actions.ts');
  expect(files).toContain('app/api/submissions/[submissionId]/answers/route.ts');
});

for (const file of files) {
  if (file in PUBLIC) continue;
  test(`${file} asks the policy entry point`, () => {
    const source = readFileSync(file, 'utf8');
    if (file.endsWith('page.tsx')) {
      expect(POLICY_CALL.test(source), 'the page never calls requirePermission/authorize').toBe(true);
      return;
    }
    const exported = exportedFunctions(source);
    expect(exported.length, 'no exported handler found').toBeGreaterThan(0);
    for (const { name, body } of exported) expect(POLICY_CALL.test(body), `${name} never calls the policy`).toBe(true);
  });
}

test('every public entry point on the allow-list still exists and gives its reason', () => {
  for (const [file, reason] of Object.entries(PUBLIC)) {
    expect(files, file).toContain(file);
    expect(reason.length, file).toBeGreaterThan(10);
  }
});

test('no permission string is unused: each is asked for somewhere in app/, components/ or lib/', () => {
  const sources = [...entryPoints('app'), ...sourceFiles('components'), ...sourceFiles('lib')]
    .filter((file) => !file.endsWith('.test.ts') && file !== 'lib/auth/permissions.ts')
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  for (const permission of PERMISSIONS) expect(sources.includes(`'${permission}'`), permission).toBe(true);
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full.split(path.sep).join('/')] : [];
  });
}
