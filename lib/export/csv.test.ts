import { expect, test } from 'vitest';
import { toCsv } from '@/lib/export/csv';
import { parseCsv } from '@/lib/import/parse-csv';

test('cells that a spreadsheet would run as a formula are written as text', () => {
  const csv = toCsv([['=HYPERLINK("http://evil.example","click")', '+27 82 000 0000', '-1+1', '@SUM(A1)', '\t=1', 'Thandi']]);
  expect(csv).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")",'+27 82 000 0000,'-1+1,'@SUM(A1),'\t=1,Thandi\r\n`);
});

test('numbers stay numbers and an empty value is an empty cell', () => {
  expect(toCsv([[3, -2, 0.5, null, Number.NaN]])).toBe('3,-2,0.5,,\r\n');
});

test('commas, semicolons, quotes and line breaks survive a round trip through the import parser', () => {
  const rows = [['name', 'note'], ['van der Merwe, Pieter', 'said "hello";\nthen left'], ['  padded  ', 'ok']];
  const parsed = parseCsv(toCsv(rows));
  expect([parsed.header, ...parsed.rows.map((row) => row.cells)]).toEqual(rows);
});
