import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { VerifyEvidence } from '@/components/record/verify-evidence';
import { finalRecord, notYetCompetentRecord } from '@/lib/record/sample-records';

function text(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

test('the verification page lists the methods of each criterion\'s evidence with their dates', () => {
  const html = text(renderToStaticMarkup(<VerifyEvidence record={finalRecord} />));
  expect(html).toContain('AC2.1 Rule met: Logbook entry (12 February 2026), Observation (18 February 2026), Witness testimony (24 February 2026), Knowledge test (2 March 2026)');
  expect(html).toContain('AC1.1 Rule met: Observation (18 February 2026)');
  expect(text(renderToStaticMarkup(<VerifyEvidence record={notYetCompetentRecord} />))).toContain('AC2.2 Rule not met: Knowledge test (2 March 2026)');
});

test('the verification page never shows the ID number, the evidence titles or the witnesses\' names', () => {
  const html = renderToStaticMarkup(<VerifyEvidence record={finalRecord} />);
  expect(html).not.toContain('8001015009087');
  expect(html).not.toContain('Testimony of the service desk supervisor');
  expect(html).not.toContain('Johan Botha');
});

test('a record snapshotted before evidence was recorded per criterion shows no evidence section', () => {
  const older = { ...finalRecord, outcomes: finalRecord.outcomes.map((outcome) => ({ ...outcome, criteria: outcome.criteria.map(({ evidence: _dropped, ...criterion }) => criterion) })) };
  expect(renderToStaticMarkup(<VerifyEvidence record={older} />)).toBe('');
});
