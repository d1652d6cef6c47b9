import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadPracticalContent } from '@/lib/portfolio/load-practical-content';

const CODES = new Set(['AC1.1', 'AC1.2', 'AC1.3', 'AC1.4', 'AC2.1', 'AC2.2', 'AC2.3', 'AC2.4', 'AC3.1', 'AC3.2', 'AC3.3', 'AC3.4']);
const SUMMATIVE = new Map([['knowledge' as const, CODES]]);

async function copyOfContent(): Promise<string> {
  const root = path.join(await mkdtemp(path.join(tmpdir(), 'practical-')), 'content');
  await cp(path.resolve('content/practical'), path.join(root, 'practical'), { recursive: true });
  return root;
}

async function edit(root: string, file: string, change: (text: string) => string) {
  const full = path.join(root, 'practical', file);
  await writeFile(full, change(await readFile(full, 'utf8')));
}

test('the course practical content loads and every criterion can reach its rule', async () => {
  const { content, problems } = await loadPracticalContent(path.resolve('content'), CODES, SUMMATIVE);
  expect(problems).toEqual([]);
  expect(content?.rolePlays.length).toBeGreaterThan(0);
});

test('a role-play that claims a criterion it says nothing about, and an unknown code, are named with the file', async () => {
  const root = await copyOfContent();
  await edit(root, 'role-plays.yml', (text) => text.replace('criteria: [AC1.1, AC1.2, AC1.3, AC2.4]', 'criteria: [AC1.1, AC1.2, AC1.3, AC2.4, AC3.3]'));
  await edit(root, 'sufficiency.yml', (text) => text.replace('AC2.2: {', 'AC9.9: {'));
  const { content, problems } = await loadPracticalContent(root, CODES, SUMMATIVE);
  expect(content).toBeNull();
  expect(problems).toEqual(
    expect.arrayContaining([
      { file: 'content/practical/role-plays.yml', message: 'briefs (locked-out-before-payroll) › lookFor: says nothing about AC3.3, which the brief claims' },
      { file: 'content/practical/sufficiency.yml', message: 'unknown assessment criterion "AC9.9"' },
    ]),
  );
});

test('a rule no practical method can meet is refused', async () => {
  const root = await copyOfContent();
  await edit(root, 'sufficiency.yml', (text) => text.replace('AC1.3: { pieces: 3, methods: 2, practical: 2, practicalChannels: 2 }', 'AC1.3: { pieces: 9, methods: 9, practical: 2, practicalChannels: 2 }'));
  const { problems } = await loadPracticalContent(root, CODES, SUMMATIVE);
  expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^AC1\.3: the rule asks for 9 methods but only \d can evidence it/)]);
});
