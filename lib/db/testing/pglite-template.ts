import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '@/lib/db/open-database';

const MIGRATIONS = path.join(process.cwd(), 'lib/db/migrations');
const CACHE = path.join(os.tmpdir(), 'course-pglite-templates');

/** Changes whenever a migration or the embedded engine changes, so a stale template is never used. */
function templateKey(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(process.cwd(), 'node_modules/@electric-sql/pglite/package.json')));
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(entry.name).update(readFileSync(full));
    }
  };
  walk(MIGRATIONS);
  return hash.digest('hex').slice(0, 16);
}

let template: Promise<Blob> | null = null;

/**
 * A migrated, empty embedded database as a data-folder archive. Starting PGlite from it takes about
 * a quarter of the time of creating a cluster and running every migration, which every database
 * test file otherwise pays. Kept on disk between test workers and runs, keyed by the migrations.
 */
export function migratedPgliteTemplate(): Promise<Blob> {
  template ??= loadOrBuild();
  return template;
}

async function loadOrBuild(): Promise<Blob> {
  const file = path.join(CACHE, `${templateKey()}.tar`);
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    const handle = await openDatabase({ kind: 'pglite-memory' });
    await handle.migrate();
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    const archive = await client.dumpDataDir('none');
    await handle.close();
    mkdirSync(CACHE, { recursive: true });
    // Written under a unique name and renamed, so a worker never reads a half-written archive.
    const partial = `${file}.${process.pid}.${Date.now()}`;
    writeFileSync(partial, Buffer.from(await archive.arrayBuffer()));
    renameSync(partial, file);
    return archive;
  }
}
