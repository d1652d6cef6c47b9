import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const NAME = /^[\w-]+\.eml$/;

export type OutboxEntry = { name: string; size: number; savedAt: Date };

/** The messages written to the outbox folder (when no SMTP_URL is set), newest first. */
export async function listOutbox(dir: string, limit = 200): Promise<OutboxEntry[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const emails = names.filter((name) => NAME.test(name)).sort().reverse().slice(0, limit);
  return Promise.all(
    emails.map(async (name) => {
      const info = await stat(path.join(dir, name));
      return { name, size: info.size, savedAt: info.mtime };
    }),
  );
}

/** One message's raw text, or null for a name that is not a message in the folder (never a path elsewhere). */
export async function readOutboxMessage(dir: string, name: string): Promise<string | null> {
  if (!NAME.test(name)) return null;
  return readFile(path.join(dir, name), 'utf8').catch(() => null);
}
