import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { proseOf, readability } from '@/lib/content/readability';

// Word count and Flesch reading ease of every lesson (aim: 50 or more).
const dir = path.resolve('content/lessons');
console.log('| lesson | words | Flesch reading ease |\n|---|---|---|');
for (const slug of readdirSync(dir).sort()) {
  const result = readability(proseOf(readFileSync(path.join(dir, slug, 'index.mdx'), 'utf8')));
  console.log(`| ${slug} | ${result.words} | ${result.fleschReadingEase} |`);
}
