import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { renderRecordPdf } from '@/lib/record/record-pdf';
import type { RecordOfLearning } from '@/lib/record/record-schema';
import { finalRecord, inProgressRecord, notYetCompetentRecord } from '@/lib/record/sample-records';

const workDir = mkdtempSync(path.join(tmpdir(), 'record-pdf-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The PDF's text as poppler reads it: pages are separated by form feeds. */
function pdfText(pdf: Buffer): string {
  const result = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout;
}

function pages(pdf: Buffer): string[] {
  return pdfText(pdf)
    .split('\f')
    .filter((page) => page.trim() !== '');
}

function popplerOn(pdf: Buffer, tool: 'pdfinfo' | 'pdfimages', args: string[] = []): string {
  const file = path.join(workDir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const result = spawnSync(tool, [...args, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
  return result.stdout;
}

const rendered = new Map<RecordOfLearning, Promise<Buffer>>();
function pdfOf(record: RecordOfLearning): Promise<Buffer> {
  const known = rendered.get(record) ?? renderRecordPdf(record);
  rendered.set(record, known);
  return known;
}

test('renderRecordPdf produces an A4 PDF document', async () => {
  const pdf = await pdfOf(finalRecord);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(popplerOn(pdf, 'pdfinfo')).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
});

test('the final record PDF shows the candidate, assessor, moderator, result and verification code', async () => {
  const text = pdfText(await pdfOf(finalRecord));
  for (const expected of [
    "Candidate's name",
    'Lerato Mokoena',
    'ID number',
    '8001015009087',
    "Assessor's name",
    'Thandi Nkosi',
    'Assessor registration number',
    'MICT/ASS/2024/0117',
    "Moderator's name",
    'Pieter van der Merwe',
    'Moderator registration number',
    'MICT/MOD/2023/0042',
    'Ubuntu Skills Academy',
    'MICT/ACC/1234',
    'US 114052',
    'Legacy unit standard',
    '30 June 2023',
    'pre-2009 NQF level 5',
    'Competent',
    'K7P2-9XQM-4TD8',
    finalRecord.verification?.sha256 ?? 'missing',
    '3 March 2026, 16:30',
  ]) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain('Not Yet Competent');
});

test('the PDF lists every activity, evidence file hash and assessment criterion', async () => {
  const text = pdfText(await pdfOf(finalRecord));
  for (const activity of finalRecord.activities) expect(text).toContain(activity.title);
  for (const file of finalRecord.evidence) expect(text).toContain(file.sha256);
  const criteria = finalRecord.outcomes.flatMap((outcome) => outcome.criteria.map((criterion) => criterion.code));
  expect(criteria).toHaveLength(12);
  for (const code of criteria) expect(text).toMatch(new RegExp(`${code.replace('.', '\\.')} \\S`));
});

/** The evidence section's text: one line per criterion ("AC1.1 - Rule met (needs …): methods with dates"), then the pieces. */
function evidenceSection(text: string): { criteria: Map<string, string>; pieces: string } {
  const start = text.indexOf('Evidence per criterion');
  const end = text.indexOf('Overall result', start);
  if (start < 0 || end < 0) throw new Error('no evidence section before the overall result');
  const section = text.slice(start, end).replace(/Page \d+ of \d+|Record of learning - .*|Verification code .*|NOT FINAL - .*|Ubuntu Skills Academy - .*/g, ' ');
  const split = section.indexOf('The pieces of evidence');
  const criteria = new Map<string, string>();
  for (const match of section.slice(0, split).matchAll(/(AC\d+\.\d+) - ([\s\S]*?)(?=AC\d+\.\d+ - |$)/g)) criteria.set(match[1] ?? '', (match[2] ?? '').replace(/\s+/g, ' '));
  return { criteria, pieces: section.slice(split).replace(/\s+/g, ' ') };
}

test('the PDF lists under each criterion the methods of its evidence with their dates, and each piece with who attested it', async () => {
  const { criteria: lines, pieces } = evidenceSection(pdfText(await pdfOf(finalRecord)));
  const criteria = finalRecord.outcomes.flatMap((outcome) => outcome.criteria);
  expect([...lines.keys()]).toEqual(criteria.map((criterion) => criterion.code));
  for (const criterion of criteria) {
    const line = lines.get(criterion.code) ?? '';
    expect(line).toMatch(/^Rule met \(needs \d+ pieces? of evidence/);
    for (const piece of criterion.evidence?.pieces ?? []) expect(line).toContain(piece.methodLabel);
  }
  // AC2.1 rests on the logbook as well; AC1.1 does not claim it.
  expect(lines.get('AC2.1')).toContain('Logbook entry (12 February 2026), Observation (18 February 2026), Witness testimony (24 February 2026), Knowledge test (2 March 2026)');
  expect(lines.get('AC1.1')).not.toContain('Logbook entry');
  expect(pieces).toContain('Observed phone call: password reset for a locked-out clerk');
  expect(pieces).toContain('Thandi Nkosi (assessor)');
  expect(pieces).toContain('Johan Botha (workplace witness)');
  // Each piece once, however many criteria it serves.
  expect(pieces.match(/Testimony of the service desk supervisor/g)).toHaveLength(1);
});

test('the PDF says which criteria rest on evidence that did not meet their rule', async () => {
  const { criteria } = evidenceSection(pdfText(await pdfOf(notYetCompetentRecord)));
  expect(criteria.get('AC2.2')).toMatch(/^Rule not met \(needs 2 pieces of evidence, from 2 methods, one of them practical\): Knowledge test \(2 March 2026\)/);
  expect(criteria.get('AC1.2')).toMatch(/^Rule met/);
});

test('a record snapshotted before evidence was recorded per criterion still renders, without the evidence section', async () => {
  const older: RecordOfLearning = {
    ...finalRecord,
    outcomes: finalRecord.outcomes.map((outcome) => ({ ...outcome, criteria: outcome.criteria.map(({ evidence: _dropped, ...criterion }) => criterion) })),
  };
  const text = pdfText(await renderRecordPdf(older));
  expect(text).toContain('Results per specific outcome');
  expect(text).not.toContain('Evidence per criterion');
});

test('a final record carries no NOT FINAL marking', async () => {
  expect(pdfText(await pdfOf(finalRecord))).not.toContain('NOT FINAL');
});

test('a record that is not final is marked NOT FINAL on every page', async () => {
  for (const record of [inProgressRecord, notYetCompetentRecord]) {
    const all = pages(await pdfOf(record));
    expect(all.length).toBeGreaterThan(1);
    for (const page of all) expect(page).toContain('NOT FINAL');
  }
});

test('every page is numbered in order and the last page ends the record with the number of pages', async () => {
  for (const record of [finalRecord, inProgressRecord, notYetCompetentRecord]) {
    const all = pages(await pdfOf(record));
    all.forEach((page, index) => {
      expect(page).toMatch(new RegExp(`\\bPage ${index + 1}\\b`));
      expect(page.includes('End of the record of learning')).toBe(index === all.length - 1);
    });
    expect(all.at(-1)).toContain(`End of the record of learning: ${all.length} pages in all.`);
  }
});

test('the assessed record shows Not Yet Competent, the passport and the unmet criteria', async () => {
  const text = pdfText(await pdfOf(notYetCompetentRecord));
  for (const expected of [
    'Tendai Moyo',
    'Passport number',
    'FN4827163',
    'Country of issue',
    'Zimbabwe',
    'Thandi Nkosi',
    'MICT/ASS/2024/0117',
    'Not Yet Competent',
    'Not yet met',
    'NOT FINAL - assessed',
  ]) {
    expect(text).toContain(expected);
  }
});

test('the in-progress record keeps the labels of its blank people fields for completion by hand', async () => {
  const text = pdfText(await pdfOf(inProgressRecord));
  for (const label of ["Assessor's name", 'Assessor registration number', "Moderator's name", 'Moderator registration number']) {
    expect(text).toContain(label);
  }
  expect(text).toContain('Sipho Dlamini');
  expect(text).toContain('Not assessed');
  expect(text).toContain('No verification code yet');
  expect(text).not.toMatch(/\bCompetent\b/);
});

test('the PDF never states a result as a percentage', async () => {
  for (const record of [finalRecord, inProgressRecord, notYetCompetentRecord]) {
    expect(pdfText(await pdfOf(record))).not.toMatch(/\d\s?%/);
  }
});
