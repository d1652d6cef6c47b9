import { expect, test } from 'vitest';
import { CsvError, MAX_ROWS, parseCsv } from '@/lib/import/parse-csv';

function errorOf(text: string): CsvError {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error('expected a CsvError');
}

test('a comma file gives its heading, its cells and the line each row is on', () => {
  expect(parseCsv('Full name,E-mail\nAna Silva,ana@example.co.za\nBo Dube,bo@example.co.za\n')).toEqual({
    delimiter: ',',
    header: ['Full name', 'E-mail'],
    rows: [
      { line: 2, cells: ['Ana Silva', 'ana@example.co.za'] },
      { line: 3, cells: ['Bo Dube', 'bo@example.co.za'] },
    ],
  });
});

test('a semicolon file from a spreadsheet parses like a comma one', () => {
  const comma = parseCsv('Full name,E-mail,Cohort\nAna Silva,ana@example.co.za,March 2025\n');
  const semicolon = parseCsv('Full name;E-mail;Cohort\nAna Silva;ana@example.co.za;March 2025\n');
  expect(semicolon.delimiter).toBe(';');
  expect(semicolon.header).toEqual(comma.header);
  expect(semicolon.rows).toEqual(comma.rows);
});

test('in a semicolon file a comma is part of the cell', () => {
  expect(parseCsv('Name;Cohort\nSilva, Ana;March 2025').rows[0]?.cells).toEqual(['Silva, Ana', 'March 2025']);
});

test('the delimiter is decided by the heading line only, and a tie or quoted semicolons leave it a comma', () => {
  expect(parseCsv('a;b,c\n1;2;3;4;5\n').delimiter).toBe(',');
  expect(parseCsv('"a;b;c",d\n1,2\n').delimiter).toBe(',');
  expect(parseCsv('"a,b,c";d;e\n1;2;3\n').delimiter).toBe(';');
  expect(parseCsv('\n\nName;E-mail;ID number\n').delimiter).toBe(';');
  expect(parseCsv(',,,,\r\nName;E-mail\r\nAna;ana@example.co.za\r\n').delimiter).toBe(';');
});

test('a byte order mark at the start is not part of the first heading', () => {
  const parsed = parseCsv('\uFEFFFull name;E-mail\nAna Silva;ana@example.co.za');
  expect(parsed.header).toEqual(['Full name', 'E-mail']);
  expect(parsed.delimiter).toBe(';');
});

test('a quoted cell keeps its delimiter, its line break and its doubled quotes', () => {
  const parsed = parseCsv('Name,Note\n"Silva, Ana","Says ""hi""\nand waves"\nBo,"",\n');
  expect(parsed.rows).toEqual([
    { line: 2, cells: ['Silva, Ana', 'Says "hi"\nand waves'] },
    { line: 4, cells: ['Bo', '', ''] },
  ]);
});

test('a row after a cell with line breaks is numbered by its physical line, whatever the line ends', () => {
  const parsed = parseCsv('Name,Note\r\n"Ana","one\r\ntwo\rthree\nfour"\r\nBo,x\r\n');
  expect(parsed.rows.map((row) => row.line)).toEqual([2, 6]);
  expect(parsed.rows[0]?.cells[1]).toBe('one\r\ntwo\rthree\nfour');
});

test('CRLF, LF and old Mac CR line ends give the same rows', () => {
  const lines = ['Name,E-mail', 'Ana,ana@example.co.za', 'Bo,bo@example.co.za'];
  const lf = parseCsv(lines.join('\n'));
  expect(parseCsv(lines.join('\r\n'))).toEqual(lf);
  expect(parseCsv(`${lines.join('\r')}\r`)).toEqual(lf);
  expect(lf.rows.map((row) => row.cells[0])).toEqual(['Ana', 'Bo']);
});

test('blank lines and empty spreadsheet rows are skipped but still counted in line numbers', () => {
  const parsed = parseCsv('Name,E-mail\r\n\r\nAna,ana@example.co.za\r\n,\r\n   \r\n;\r\nBo,bo@example.co.za\r\n\r\n');
  expect(parsed.rows).toEqual([
    { line: 3, cells: ['Ana', 'ana@example.co.za'] },
    { line: 6, cells: [';'] },
    { line: 7, cells: ['Bo', 'bo@example.co.za'] },
  ]);
});

test('spaces around a cell are kept for validation to trim', () => {
  expect(parseCsv('Name,E-mail\n Ana  , ana@example.co.za \n').rows[0]?.cells).toEqual([' Ana  ', ' ana@example.co.za ']);
});

test('a row may have fewer or more cells than the heading', () => {
  expect(parseCsv('a,b,c\n1\n1,2,3,4\n').rows.map((row) => row.cells)).toEqual([['1'], ['1', '2', '3', '4']]);
});

test('text after a closing quote stays in the cell, as spreadsheets read it', () => {
  expect(parseCsv('a,b\n"x"y,z\n').rows[0]?.cells).toEqual(['xy', 'z']);
});

test('an empty file, or one of blank lines and a byte order mark, is refused', () => {
  for (const text of ['', '\uFEFF', '\n\r\n  \n', ',,,\n,,\n', ';;;\r\n;;\r\n']) {
    expect(errorOf(text).message, JSON.stringify(text)).toMatch(/^The file is empty/);
  }
});

test('a quote left open names the line it opened on', () => {
  const error = errorOf('Name,Note\nAna,fine\nBo,"never closed\nCo,x\nDu,y\n');
  expect(error.line).toBe(3);
  expect(error.message).toContain('opened on line 3');
});

test('a quote left open after a multi-line quoted cell names its own line', () => {
  const error = errorOf('Name,Note\n"Ana","one\ntwo ""quoted"""\nBo,"open\n');
  expect(error.line).toBe(4);
});

test(`${MAX_ROWS.toLocaleString('en-GB')} rows are accepted and one more is refused`, () => {
  const rows = Array.from({ length: MAX_ROWS }, (_, index) => `Learner ${index},l${index}@example.co.za`);
  expect(parseCsv(['Name,E-mail', ...rows].join('\n')).rows).toHaveLength(MAX_ROWS);
  const error = errorOf(['Name,E-mail', ...rows, 'One more,more@example.co.za'].join('\n'));
  expect(error.message).toBe(
    'The file has more than 10,000 learners. Split it into files of at most 10,000 rows and upload them one at a time.',
  );
});

test('5,000 rows with quoted cells parse in well under 100 ms', () => {
  const rows = Array.from(
    { length: 5000 },
    (_, index) => `"Learner ${index}, Jr",learner${index}@example.co.za,9506150123088,,,"Cohort ""${index % 7}""",assessor@example.co.za`,
  );
  const text = `Full name,E-mail,ID number,Passport number,Passport country,Cohort,Assessor e-mail\r\n${rows.join('\r\n')}\r\n`;
  const start = performance.now();
  const parsed = parseCsv(text);
  const elapsed = performance.now() - start;
  expect(parsed.rows).toHaveLength(5000);
  expect(parsed.rows[4999]).toEqual({
    line: 5001,
    cells: ['Learner 4999, Jr', 'learner4999@example.co.za', '9506150123088', '', '', 'Cohort "1"', 'assessor@example.co.za'],
  });
  expect(elapsed).toBeLessThan(100);
});
