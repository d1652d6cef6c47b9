import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import seedFingerprints from '@/lib/content/seed-fingerprints.json';
import { COPIED_RUN_LENGTH, wordRunFingerprints } from '@/lib/content/word-runs';

const seedHashes = new Set<string>(seedFingerprints);

async function contentFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? contentFiles(path.join(dir, entry.name)) : Promise.resolve([path.join(dir, entry.name)]))),
  );
  return nested.flat().filter((file) => /\.(mdx|ya?ml|md)$/.test(file));
}

test('the fingerprint fixture holds hashes of the source excerpts, not their text', () => {
  expect(seedHashes.size).toBeGreaterThan(1000);
  expect(seedFingerprints.every((hash) => /^[0-9a-f]{16}$/.test(hash))).toBe(true);
});

test('a copied sentence is caught even with changed case, punctuation, apostrophes and markup', () => {
  const source = new Set(wordRunFingerprints("The service desk keeps ownership of every customer's ticket until it is closed.").map((r) => r.hash));
  const disguised = wordRunFingerprints('Remember: THE service-desk keeps <Term id="ownership">ownership</Term> of every customers ticket, until it is closed!');
  expect(disguised.filter((run) => source.has(run.hash)).length).toBeGreaterThan(0);
  const reworded = wordRunFingerprints('Until a ticket closes, the desk stays responsible for it and for the customer.');
  expect(reworded.filter((run) => source.has(run.hash))).toEqual([]);
});

test(`no run of ${COPIED_RUN_LENGTH} consecutive words from the source excerpts appears in content/`, async () => {
  // The unit standard's registered title is a name the course must quote exactly, not copied prose.
  const course = await readFile(path.resolve('content/course.yml'), 'utf8');
  const title = /^ {2}title: (.+)$/m.exec(course)?.[1] ?? '';
  const allowed = new Set(wordRunFingerprints(title).map((run) => run.hash));
  const found: string[] = [];
  for (const file of await contentFiles(path.resolve('content'))) {
    const text = await readFile(file, 'utf8');
    for (const run of wordRunFingerprints(text)) {
      if (seedHashes.has(run.hash) && !allowed.has(run.hash)) found.push(`${path.relative(process.cwd(), file)}: "${run.words.join(' ')}"`);
    }
  }
  expect(found).toEqual([]);
});
