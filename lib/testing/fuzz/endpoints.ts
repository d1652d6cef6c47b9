import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Endpoint = {
  /** `app/...` file and export, e.g. `app/api/progress/route.ts PUT`. */
  name: string;
  kind: 'action' | 'route';
  file: string;
  exportName: string;
  /** Route segments in brackets, e.g. `submissionId` for `[submissionId]`. */
  params: string[];
  /** Field names and literals the file and the lib modules it imports mention, for payload keys. */
  vocabulary: string[];
  handler: (...args: unknown[]) => Promise<unknown>;
};

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
// Route segment config Next reads from a route file: values, not endpoints.
const ROUTE_CONFIG = new Set(['dynamic', 'dynamicParams', 'revalidate', 'fetchCache', 'runtime', 'preferredRegion', 'maxDuration']);

function filesNamed(dir: string, names: Set<string>): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(full, names);
    return names.has(entry.name) ? [full] : [];
  });
}

const LITERAL = /'([A-Za-z][\w.[\]-]{0,40})'/g;
const KEY = /^\s*([A-Za-z]\w{0,40})\s*:/gm;
const LIB_IMPORT = /from '@\/(lib\/[^']+)'/g;

function vocabularyOf(root: string, file: string): string[] {
  const words = new Set<string>();
  const read = (source: string) => {
    for (const match of source.matchAll(LITERAL)) words.add(match[1] ?? '');
    for (const match of source.matchAll(KEY)) words.add(match[1] ?? '');
  };
  const source = readFileSync(file, 'utf8');
  read(source);
  for (const match of source.matchAll(LIB_IMPORT)) {
    const imported = path.join(root, `${match[1]}.ts`);
    if (existsSync(imported)) read(readFileSync(imported, 'utf8'));
  }
  words.delete('');
  return [...words].sort();
}

/** Every server action and route handler under app/, found by file name, so a new one cannot be missed. */
export async function findEndpoints(root: string): Promise<{ endpoints: Endpoint[]; unknownExports: string[] }> {
  const files = filesNamed(path.join(root, 'app'), new Set(['actions.ts', 'route.ts'])).sort();
  const endpoints: Endpoint[] = [];
  const unknownExports: string[] = [];
  for (const file of files) {
    const relative = path.relative(root, file);
    const kind = path.basename(file) === 'route.ts' ? 'route' : 'action';
    const params = [...relative.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1] ?? '');
    const vocabulary = vocabularyOf(root, file);
    const module: Record<string, unknown> = await import(/* @vite-ignore */ file);
    for (const [exportName, value] of Object.entries(module)) {
      if (kind === 'route' && ROUTE_CONFIG.has(exportName)) continue;
      const handles = typeof value === 'function' && (kind === 'action' || HTTP_METHODS.has(exportName));
      if (!handles) {
        unknownExports.push(`${relative} ${exportName}`);
        continue;
      }
      endpoints.push({ name: `${relative} ${exportName}`, kind, file: relative, exportName, params, vocabulary, handler: value as Endpoint['handler'] });
    }
  }
  return { endpoints, unknownExports };
}
