import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { wordRunFingerprints } from '@/lib/content/word-runs';

// Run once when the source excerpts change: the project keeps only hashes of their 8-word runs,
// never their sentences.
const seedsDir = path.resolve(process.argv[2] ?? '../shared/seeds');
const hashes = new Set<string>();
for (const name of (await readdir(seedsDir)).sort()) {
  const text = await readFile(path.join(seedsDir, name), 'utf8');
  for (const run of wordRunFingerprints(text)) hashes.add(run.hash);
}
const out = path.resolve('lib/content/seed-fingerprints.json');
await writeFile(out, `${JSON.stringify([...hashes].sort())}\n`);
console.log(`Wrote ${hashes.size} fingerprints to ${path.relative(process.cwd(), out)}`);
