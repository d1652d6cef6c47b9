import { expect, test } from 'vitest';
import { LEARNER_CSV_TEMPLATE, type LearnerLookups, type LearnerPreview, previewLearners, ROW_MESSAGES } from '@/lib/import/learner-rows';
import { parseCsv } from '@/lib/import/parse-csv';
import { PASSPORT_MESSAGES } from '@/lib/identity/passport';
import { luhnCheckDigit, validateSaIdNumber } from '@/lib/identity/sa-id-number';

const NO_LOOKUPS: LearnerLookups = {
  existing: { emails: new Set(), idNumbers: new Set(), passports: new Set() },
  cohorts: new Map(),
  assessors: new Map(),
};

const HEADING = 'Full name,E-mail,ID number,Passport number,Passport country,Cohort,Assessor e-mail';

function withCheckDigit(first12: string): string {
  return `${first12}${luhnCheckDigit(first12)}`;
}

/** A synthetic ID number: the date and sequence given, citizen, A = 8, correct check digit. */
function saId(yymmdd: string, sequence = '5000'): string {
  return withCheckDigit(`${yymmdd}${sequence}08`);
}

const ID_A = saId('900101', '0001');
const ID_B = saId('851231', '5123');

function preview(lines: string[], lookups: LearnerLookups = NO_LOOKUPS): LearnerPreview {
  return previewLearners(parseCsv(lines.join('\n')), lookups);
}

function problemsOf(result: LearnerPreview) {
  return result.rows.map((row) => row.problems);
}

test('the downloadable template previews as two valid learners with no lookups', () => {
  const result = previewLearners(parseCsv(LEARNER_CSV_TEMPLATE), NO_LOOKUPS);
  expect(result).toMatchObject({ fileProblems: [], unknownColumns: [], validCount: 2, invalidCount: 0, importable: true });
  expect(result.rows.map((row) => row.learner?.identity)).toEqual([
    { identityKind: 'sa-id', idNumber: '9506150123088' },
    { identityKind: 'passport', passportNumber: 'FN123456', passportCountry: 'ZW' },
  ]);
});

test('a valid row becomes a learner with the schemas’ cleaned values and its line', () => {
  const result = preview([HEADING, `  Ana Silva , Ana.Silva@Example.CO.ZA ,${ID_A.slice(0, 6)} ${ID_A.slice(6)},,,,`]);
  expect(result.rows).toEqual([
    {
      line: 2,
      fullName: 'Ana Silva',
      email: 'Ana.Silva@Example.CO.ZA',
      problems: [],
      learner: { fullName: 'Ana Silva', email: 'ana.silva@example.co.za', identity: { identityKind: 'sa-id', idNumber: ID_A }, cohortId: null, assessorId: null },
    },
  ]);
  expect(result.importable).toBe(true);
});

test('headings match whatever their case, spaces, hyphens, underscores and dots', () => {
  const result = preview(['NAME;E_Mail Address;s.a. id number;Passport-No;COUNTRY; Cohort ;assessor.email', `Ana Silva;ana@example.co.za;${ID_A};;;;`]);
  expect(result.fileProblems).toEqual([]);
  expect(result.unknownColumns).toEqual(['Passport-No']);
  expect(result.validCount).toBe(1);
});

test('a semicolon file from a spreadsheet previews like the comma one', () => {
  const comma = preview([HEADING, `Ana Silva,ana@example.co.za,${ID_A},,,,`]);
  const semicolon = preview([HEADING.replaceAll(',', ';'), `Ana Silva;ana@example.co.za;${ID_A};;;;`]);
  expect(semicolon).toEqual(comma);
});

test('each kind of SA ID mistake gets the ID number schema’s own message', () => {
  const inputs = [
    '90010A5000087', // a letter
    '900101500008', // 12 digits
    withCheckDigit('901301500008'), // month 13
    withCheckDigit('900101500028'), // citizenship digit 2
    `${ID_A.slice(0, 12)}${(Number(ID_A.at(12)) + 1) % 10}`, // check digit off by one
  ];
  const result = preview([HEADING, ...inputs.map((id, index) => `Learner ${index},l${index}@example.co.za,${id},,,,`)]);
  const messages = problemsOf(result).map((problems) => {
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('idNumber');
    return problems[0]?.message;
  });
  expect(messages).toEqual(
    inputs.map((id) => {
      const checked = validateSaIdNumber(id);
      return checked.ok ? 'valid' : checked.message;
    }),
  );
  expect(new Set(messages).size).toBe(inputs.length);
  expect(messages[1]).toBe('An ID number has 13 digits; you entered 12');
  expect(result.importable).toBe(false);
});

test('a row with both an ID number and a passport is a problem on the passport number', () => {
  const result = preview([HEADING, `Ana Silva,ana@example.co.za,${ID_A},FN123456,ZW,,`]);
  expect(problemsOf(result)).toEqual([[{ field: 'passportNumber', message: ROW_MESSAGES.identityBoth }]]);
  expect(result.rows[0]?.learner).toBeNull();
});

test('a row with neither an ID number nor a passport is a problem on the ID number', () => {
  expect(problemsOf(preview([HEADING, 'Ana Silva,ana@example.co.za,,,,,']))).toEqual([[{ field: 'idNumber', message: ROW_MESSAGES.identityMissing }]]);
});

test('without a passport column, a missing ID number gets the ID schema’s message', () => {
  expect(problemsOf(preview(['Name,E-mail,ID number', 'Ana Silva,ana@example.co.za,']))).toEqual([[{ field: 'idNumber', message: 'Enter the 13-digit ID number' }]]);
});

test('a passport needs both its number and its country', () => {
  const result = preview([HEADING, 'Ana Silva,ana@example.co.za,,,Zimbabwe,,', 'Bo Dube,bo@example.co.za,,FN123456,,,']);
  expect(problemsOf(result)).toEqual([
    [{ field: 'passportNumber', message: PASSPORT_MESSAGES.numberEmpty }],
    [{ field: 'passportCountry', message: PASSPORT_MESSAGES.countryEmpty }],
  ]);
});

test('a passport country may be a name or a code; unknown and ambiguous ones are refused', () => {
  const result = preview([
    HEADING,
    'Ana Silva,ana@example.co.za,,fn 123 456,zimbabwe,,',
    'Bo Dube,bo@example.co.za,,AB123456,mw,,',
    'Cy Ngoy,cy@example.co.za,,CD123456,Congo,,',
    'Di Ray,di@example.co.za,,XY123456,Narnia,,',
  ]);
  expect(result.rows.map((row) => row.learner?.identity ?? null)).toEqual([
    { identityKind: 'passport', passportNumber: 'FN123456', passportCountry: 'ZW' },
    { identityKind: 'passport', passportNumber: 'AB123456', passportCountry: 'MW' },
    null,
    null,
  ]);
  expect(problemsOf(result).slice(2)).toEqual([
    [{ field: 'passportCountry', message: PASSPORT_MESSAGES.countryAmbiguous }],
    [{ field: 'passportCountry', message: PASSPORT_MESSAGES.countryUnknown }],
  ]);
});

test('a bad name and e-mail address get the sign-up form’s messages, and the cells are still shown', () => {
  const result = preview([HEADING, `A, not-an-address ,${ID_A},,,,`]);
  expect(result.rows[0]).toMatchObject({ fullName: 'A', email: 'not-an-address', learner: null });
  expect(problemsOf(result)).toEqual([
    [
      { field: 'fullName', message: 'Enter the full name as it appears on the ID document' },
      { field: 'email', message: 'Enter an e-mail address like name@example.co.za' },
    ],
  ]);
});

test('a repeat within the file names the earlier row’s line, for e-mail, ID number and passport', () => {
  const result = preview([
    HEADING,
    `Ana Silva,ana@example.co.za,${ID_A},,,,`,
    '',
    'Bo Dube,bo@example.co.za,,FN123456,Zimbabwe,,',
    `Ana Again, ANA@example.co.za ,${ID_B},,,,`,
    `Cy Ngoy,cy@example.co.za,${ID_A.slice(0, 6)} ${ID_A.slice(6)},,,,`,
    'Di Ray,di@example.co.za,,fn123456,ZW,,',
    'Ed Phiri,ed@example.co.za,,FN123456,Malawi,,',
  ]);
  expect(result.rows.map((row) => [row.line, row.problems])).toEqual([
    [2, []],
    [4, []],
    [5, [{ field: 'email', message: 'The same e-mail address as row 2' }]],
    [6, [{ field: 'idNumber', message: 'The same ID number as row 2' }]],
    [7, [{ field: 'passportNumber', message: 'The same passport number and country as row 4' }]],
    [8, []],
  ]);
  expect(result).toMatchObject({ validCount: 3, invalidCount: 3, importable: false });
});

test('a row whose e-mail, ID number or passport already has an account says so', () => {
  const lookups: LearnerLookups = {
    ...NO_LOOKUPS,
    existing: { emails: new Set(['ana@example.co.za']), idNumbers: new Set([ID_B]), passports: new Set(['ZW:FN123456']) },
  };
  const result = preview(
    [HEADING, `Ana Silva,Ana@Example.co.za,${ID_A},,,,`, `Bo Dube,bo@example.co.za,${ID_B},,,,`, 'Cy Ngoy,cy@example.co.za,,FN 123456,zimbabwe,,', `Ana Again,ana@example.co.za,${saId('700704')},,,,`],
    lookups,
  );
  expect(problemsOf(result)).toEqual([
    [{ field: 'email', message: 'An account with this e-mail address already exists' }],
    [{ field: 'idNumber', message: 'An account with this ID number already exists' }],
    [{ field: 'passportNumber', message: 'An account with this passport number already exists' }],
    // The existing account is the problem to fix, not the repeat of row 2.
    [{ field: 'email', message: 'An account with this e-mail address already exists' }],
  ]);
});

test('a cohort is found by its name whatever the case and spaces, and an unknown one is named', () => {
  const lookups: LearnerLookups = { ...NO_LOOKUPS, cohorts: new Map([['march 2025', { id: 'cohort-1', name: 'March 2025' }]]) };
  const result = preview([HEADING, `Ana Silva,ana@example.co.za,${ID_A},,,  MARCH 2025 ,`, `Bo Dube,bo@example.co.za,${ID_B},,, April 2025 ,`], lookups);
  expect(result.rows[0]?.learner?.cohortId).toBe('cohort-1');
  expect(problemsOf(result)[1]).toEqual([{ field: 'cohort', message: 'No cohort is named “April 2025”: create it on the Cohorts page first' }]);
});

test('an assessor is found by e-mail address, and an unknown address or a name is refused', () => {
  const lookups: LearnerLookups = { ...NO_LOOKUPS, assessors: new Map([['thabo@example.co.za', { id: 'assessor-1', name: 'Thabo Mokoena' }]]) };
  const result = preview(
    [HEADING, `Ana Silva,ana@example.co.za,${ID_A},,,, Thabo@Example.co.za `, `Bo Dube,bo@example.co.za,${ID_B},,,,nobody@example.co.za`, `Cy Ngoy,cy@example.co.za,${saId('700704')},,,,Thabo Mokoena`],
    lookups,
  );
  expect(result.rows[0]?.learner?.assessorId).toBe('assessor-1');
  expect(problemsOf(result).slice(1)).toEqual([
    [{ field: 'assessor', message: ROW_MESSAGES.assessorUnknown('nobody@example.co.za') }],
    [{ field: 'assessor', message: ROW_MESSAGES.assessorNotEmail }],
  ]);
});

test('missing required columns are one file problem naming them all, and no row is checked', () => {
  const result = preview(['Cohort,Notes', 'March 2025,x']);
  expect(result.fileProblems).toEqual([
    'The file has no “Full name”, “E-mail” and “ID number” or “Passport number” columns. Add these headings to the first row of the spreadsheet, as in the template.',
  ]);
  expect(result).toMatchObject({ unknownColumns: ['Notes'], rows: [], validCount: 0, invalidCount: 0, importable: false });
});

test('a passport number column needs a passport country column', () => {
  expect(preview(['Name,E-mail,Passport', 'Ana Silva,ana@example.co.za,FN123456']).fileProblems).toEqual([
    'The file has no “Passport country” (for the passport numbers) column. Add this heading to the first row of the spreadsheet, as in the template.',
  ]);
});

test('two columns for one field are a file problem naming both by their letters', () => {
  expect(preview(['Name,E-mail,Full name,ID number', `Ana,ana@example.co.za,Ana Silva,${ID_A}`]).fileProblems).toEqual([
    'Columns A (“Name”) and C (“Full name”) are both the Full name column. Delete one of them.',
  ]);
});

test('unknown columns are listed and ignored, and empty headings are not reported', () => {
  const result = preview(['Full name,E-mail,Phone,ID number,Notes,,', `Ana Silva,ana@example.co.za,082 555 0101,${ID_A},likes tea,,`]);
  expect(result).toMatchObject({ fileProblems: [], unknownColumns: ['Phone', 'Notes'], validCount: 1, importable: true });
});

test('a heading row with no learners under it cannot be imported', () => {
  const result = preview([HEADING, '', ',,,,,,']);
  expect(result).toMatchObject({ fileProblems: [ROW_MESSAGES.noRows], rows: [], importable: false });
});

test('5,000 learners preview in well under a second, all valid and distinct', () => {
  const lines = [HEADING];
  for (let index = 0; index < 5000; index += 1) {
    const id = saId('900101', String(index).padStart(4, '0'));
    lines.push(index % 2 === 0 ? `Learner ${index},learner${index}@example.co.za,${id},,,,` : `Learner ${index},learner${index}@example.co.za,,P${String(index).padStart(7, '0')},Lesotho,,`);
  }
  const parsed = parseCsv(lines.join('\r\n'));
  const start = performance.now();
  const result = previewLearners(parsed, NO_LOOKUPS);
  const elapsed = performance.now() - start;
  expect(result).toMatchObject({ fileProblems: [], validCount: 5000, invalidCount: 0, importable: true });
  expect(result.rows[4999]).toMatchObject({ line: 5001, learner: { identity: { identityKind: 'passport', passportNumber: 'P0004999', passportCountry: 'LS' } } });
  expect(new Set(result.rows.map((row) => row.learner?.email)).size).toBe(5000);
  expect(elapsed).toBeLessThan(2000);
});
