/**
 * A spreadsheet opening a CSV runs any cell that starts like a formula (=, +, -, @, or a tab or
 * carriage return before one). Text from people (a name, a feedback comment) is never meant as a
 * formula, so such a cell gets a leading apostrophe, which spreadsheets show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null;

function cell(value: CsvCell): string {
  if (value === null) return '';
  // Numbers are written as numbers, so a spreadsheet can sum them; only text can hide a formula.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV text (comma separated, CRLF line ends as RFC 4180 has them), every cell safe to open. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
