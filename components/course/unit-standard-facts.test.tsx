import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { UnitStandardFacts } from '@/components/course/unit-standard-facts';
import type { Course } from '@/lib/content/schema';

const unitStandard: Course['unitStandard'] = {
  id: 114052,
  title: 'A unit standard',
  nqfLevel: 5,
  credits: 8,
  notionalHours: 80,
  qualification: { title: 'A qualification', saqaId: 48573, credits: 147, qualityAssuror: 'A SETA' },
  assumedLearning: ['Something'],
  registration: { status: 'legacy', endDate: '2023-06-30', levelNote: 'pre-2009 NQF level 5', lastDatesSetBy: 'SAQA and the QCTO' },
};

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

test('the home page facts say the unit standard is legacy, when its registration ended, and the pre-2009 level, from content', () => {
  const text = textOf(renderToStaticMarkup(UnitStandardFacts({ unitStandard })));
  expect(text).toContain('Status Legacy unit standard: its registration ended on 30 June 2023. The last dates for enrolment and achievement are set by SAQA and the QCTO.');
  expect(text).toContain('NQF level pre-2009 NQF level 5');
});

test('without registration facts the facts show the plain level and no status', () => {
  const { registration: _none, ...plain } = unitStandard;
  const text = textOf(renderToStaticMarkup(UnitStandardFacts({ unitStandard: plain })));
  expect(text).toContain('NQF level 5');
  expect(text).not.toContain('Status');
});
