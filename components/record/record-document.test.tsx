import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { RecordDocument } from '@/components/record/record-document';
import type { RecordOfLearning } from '@/lib/record/record-schema';
import { finalRecord, inProgressRecord, notYetCompetentRecord } from '@/lib/record/sample-records';

const entities: Record<string, string> = { '&#x27;': "'", '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>' };

async function render(record: RecordOfLearning): Promise<string> {
  const html = renderToStaticMarkup(await RecordDocument({ record }));
  return html.replace(/&#x27;|&quot;|&amp;|&lt;|&gt;/g, (entity) => entities[entity] ?? entity);
}

/** The text a reader sees or hears, tags removed. */
function textOf(html: string): string {
  return html
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

/** The <dd> that follows a <dt> with this label. */
function fieldValue(html: string, label: string): string | null {
  const match = new RegExp(`<dt[^>]*>${label}</dt><dd[^>]*>(.*?)</dd>`).exec(html);
  return match?.[1] ?? null;
}

test('the record shows the paper form labels with their values', async () => {
  const html = await render(finalRecord);
  expect(fieldValue(html, "Candidate's name")).toBe('Lerato Mokoena');
  expect(fieldValue(html, 'ID number')).toBe('8001015009087');
  expect(fieldValue(html, "Assessor's name")).toBe('Thandi Nkosi');
  expect(fieldValue(html, 'Assessor registration number')).toBe('MICT/ASS/2024/0117');
  expect(fieldValue(html, "Moderator's name")).toBe('Pieter van der Merwe');
  expect(fieldValue(html, 'Moderator registration number')).toBe('MICT/MOD/2023/0042');
  expect(fieldValue(html, 'Training provider')).toBe('Ubuntu Skills Academy');
  expect(fieldValue(html, 'Accreditation number')).toBe('MICT/ACC/1234');
  expect(fieldValue(html, 'Unit standard ID')).toBe('US 114052');
  expect(fieldValue(html, 'NQF level')).toBe('pre-2009 NQF level 5');
  expect(fieldValue(html, 'Registration status')).toBe(
    'Legacy unit standard: its registration ended on 30 June 2023. The last dates for enrolment and achievement are set by SAQA and the QCTO.',
  );
  expect(fieldValue(html, 'Credits')).toBe('8');
});

test('a record frozen before the registration status was recorded still shows its NQF level and no status', async () => {
  const { registration: _dropped, ...older } = finalRecord.unitStandard;
  const html = await render({ ...finalRecord, unitStandard: older });
  expect(fieldValue(html, 'NQF level')).toBe('5');
  expect(fieldValue(html, 'Registration status')).toBeNull();
});

test('the record has one title and a heading for every section', async () => {
  const html = await render(finalRecord);
  expect(html.match(/<h1[ >]/g)).toHaveLength(1);
  expect(html).toContain('>Record of learning</h1>');
  const headings = [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((match) => match[1]);
  expect(headings).toEqual([
    'Provider and unit standard',
    'Candidate',
    'Assessor',
    'Moderator',
    'Assessment activities',
    'Evidence files',
    'Results per specific outcome',
    'Evidence per criterion',
    'Overall result',
    'Dates',
    'Signatures',
    'Verification',
  ]);
});

test('tables give their headers a scope', async () => {
  const html = await render(finalRecord);
  const headers = html.match(/<th[ >][^>]*/g) ?? [];
  expect(headers.length).toBeGreaterThan(20);
  for (const header of headers) expect(header).toMatch(/scope="(col|row)"/);
});

test('the final record shows results, dates in SAST and no NOT FINAL marking', async () => {
  const text = textOf(await render(finalRecord));
  expect(text).toContain('Status: Final.');
  expect(text).not.toContain('NOT FINAL');
  expect(text).toContain('Competent');
  expect(text).not.toContain('Not Yet Competent');
  expect(text).toContain('Knowledge test 20 questions answered AC1.1, AC1.2');
  expect(text).toContain('AC3.4 Conflict and complaints are handled constructively. Met');
  expect(text).toContain('3 March 2026, 16:30');
  expect(text).not.toMatch(/\d\s?%/);
});

test('the evidence hash is shortened on screen and given in full to screen readers and print', async () => {
  const html = await render(finalRecord);
  const [file] = finalRecord.evidence;
  expect(html).toContain('<span aria-hidden="true" class="whitespace-nowrap print:hidden">1e7b9cc9...781964c2</span>');
  expect(html).toMatch(new RegExp(`<span class="sr-only print:not-sr-only[^"]*">${file?.sha256}</span>`));
});

test('the signatures say they are electronic and give name, registration number and time', async () => {
  const text = textOf(await render(finalRecord));
  expect(text).toContain('typed name plus an authenticated, time-stamped action');
  expect(text).toContain('Signed electronically by Pieter van der Merwe');
  expect(text).toContain('Registration number MICT/MOD/2023/0042 Date and time (SAST) 5 March 2026, 10:15');
  expect(text).toContain('Declaration of authenticity');
});

test('the final record shows its verification code, address, hash and QR code as inline SVG', async () => {
  const html = await render(finalRecord);
  expect(fieldValue(html, 'Verification code')).toBe('K7P2-9XQM-4TD8');
  expect(fieldValue(html, 'Check at')).toBe('https://ubuntuskills.example/verify/K7P2-9XQM-4TD8');
  expect(fieldValue(html, 'SHA-256 of this record')).toBe(finalRecord.verification?.sha256);
  const qr = html.indexOf('<div role="img" aria-label="QR code for https://ubuntuskills.example/verify/K7P2-9XQM-4TD8"');
  expect(qr).toBeGreaterThan(-1);
  expect(html.slice(qr)).toMatch(/^<div [^<]*><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"[^>]*><path/);
});

test('a record that is not final carries a NOT FINAL marking with its reason', async () => {
  const inProgress = textOf(await render(inProgressRecord));
  expect(inProgress).toContain('NOT FINAL — in progress: no result has been decided yet');
  const assessed = textOf(await render(notYetCompetentRecord));
  expect(assessed).toContain('NOT FINAL — assessed, awaiting moderation and sign-off');
  expect(assessed).toContain('Not Yet Competent');
  expect(assessed).toContain('Not yet met');
});

test('a record that is not final has no QR code', async () => {
  const html = await render(notYetCompetentRecord);
  expect(html).not.toContain('<svg');
  expect(textOf(html)).toContain('No verification code yet');
});

test('empty people and signature fields print as labelled blank lines', async () => {
  const html = await render(inProgressRecord);
  for (const label of ["Assessor's name", 'Assessor registration number', "Moderator's name", 'Moderator registration number']) {
    expect(fieldValue(html, label)).toContain('Blank, to be completed');
  }
  // Three signature blocks of signature, name and date, plus a registration number for two of them.
  const signatures = html.slice(html.indexOf('id="record-signatures"'), html.indexOf('id="record-verification"'));
  expect(signatures.match(/Blank, to be completed/g)).toHaveLength(11);
});

test('a passport holder is shown with the passport number and country of issue', async () => {
  const html = await render(notYetCompetentRecord);
  expect(fieldValue(html, 'Passport number')).toBe('FN4827163');
  expect(fieldValue(html, 'Country of issue')).toBe('Zimbabwe');
  expect(fieldValue(html, 'ID number')).toBeNull();
});

test('the evidence section lists under each criterion the method, title, date and attester of every piece it sealed, and the rule\'s standing', async () => {
  const html = await render(finalRecord);
  const section = textOf(html.slice(html.indexOf('id="record-criterion-evidence"'), html.indexOf('id="record-overall"')));
  expect(section).toContain('The evidence the assessor\'s signed judgement relied on, sealed when it was signed');
  expect(section).toContain(
    'AC2.1 The request is logged with complete details. Rule met : needs 2 pieces of evidence, from 2 methods, one of them practical. Logbook entry : Ticket INC-20417: printer outage on the second floor, 12 February 2026, attested by Lerato Mokoena (learner)',
  );
  expect(section).toContain('Witness testimony : Testimony of the service desk supervisor, 24 February 2026, attested by Johan Botha (workplace witness)');
  expect(html.match(/<h3 class="font-bold">AC\d\.\d /g)).toHaveLength(12);
});

test('a criterion whose rule was not met says so in words, not by colour alone', async () => {
  const html = await render(notYetCompetentRecord);
  const section = textOf(html.slice(html.indexOf('id="record-criterion-evidence"'), html.indexOf('id="record-overall"')));
  expect(section).toContain('AC2.2 Impact and urgency are assessed and a priority is assigned according to the SLA. Rule not met : needs 2 pieces');
});

test('a record snapshotted before evidence was recorded per criterion renders without the evidence section', async () => {
  const older: RecordOfLearning = {
    ...finalRecord,
    outcomes: finalRecord.outcomes.map((outcome) => ({ ...outcome, criteria: outcome.criteria.map(({ evidence: _dropped, ...criterion }) => criterion) })),
  };
  const html = await render(older);
  expect(html).not.toContain('Evidence per criterion');
  expect(textOf(html)).toContain('AC3.4 Conflict and complaints are handled constructively. Met');
});
