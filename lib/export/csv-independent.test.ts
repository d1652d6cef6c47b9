import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { toCsv } from '@/lib/export/csv';
import { parseCsv } from '@/lib/import/parse-csv';

// csv-parse is a CSV implementation this project did not write: what our writer produces and what
// our reader accepts must mean to it exactly what they mean to us.

const AWKWARD = [
  ['Learner', 'Note', 'Count'],
  ['van der Merwe, Pieter', 'said "hello";\r\nthen left', 3],
  ['  Zoë Ndlovu  ', '=1+1', -2],
  ['Ayanda', '', null],
];

test('an export read back by an independent CSV parser gives every cell, with formulas neutralised', () => {
  const records = parse(toCsv(AWKWARD), { bom: true, relax_column_count: false }) as string[][];
  expect(records).toEqual([
    ['Learner', 'Note', 'Count'],
    ['van der Merwe, Pieter', 'said "hello";\r\nthen left', '3'],
    ['  Zoë Ndlovu  ', "'=1+1", '-2'],
    ['Ayanda', '', ''],
  ]);
});

test('the import reads spreadsheet files exactly as an independent CSV parser does', () => {
  const files = [
    '\uFEFFFull name;E-mail;ID number\r\n"Nkosi; Thandi";t@example.co.za;9506150123088\r\n\r\n"A ""quoted"" name";q@example.co.za;\r\n',
    'name,email\n"multi\nline",m@example.co.za\nplain,p@example.co.za\n',
  ];
  for (const file of files) {
    const ours = parseCsv(file);
    const theirs = parse(file, { bom: true, delimiter: ours.delimiter, skip_empty_lines: true, relax_column_count: true }) as string[][];
    expect([ours.header, ...ours.rows.map((row) => row.cells)]).toEqual(theirs);
  }
});
