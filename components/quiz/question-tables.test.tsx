import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { QuestionTables } from '@/components/quiz/question-tables';

const report = { caption: 'March by priority', columns: ['Priority', 'Tickets', 'Resolution met'], rows: [['P1', '6', '83%'], ['P2', '40', '90%']] };

test('a question table is a captioned table with column headers and each row named by its first cell', () => {
  const html = renderToStaticMarkup(<QuestionTables tables={[report]} />);
  expect(html).toContain('<caption class="mb-1 text-left font-semibold text-slate-900">March by priority</caption>');
  expect([...html.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((match) => match[1])).toEqual(['Priority', 'Tickets', 'Resolution met']);
  expect([...html.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th>/g)].map((match) => match[1])).toEqual(['P1', 'P2']);
  expect([...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((match) => match[1])).toEqual(['6', '83%', '40', '90%']);
});

test('a question without tables renders nothing', () => {
  expect(renderToStaticMarkup(<QuestionTables tables={undefined} />)).toBe('');
  expect(renderToStaticMarkup(<QuestionTables tables={[]} />)).toBe('');
});
