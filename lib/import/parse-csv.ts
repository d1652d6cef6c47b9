/**
 * A CSV file from a spreadsheet, read into a heading row and data rows (RFC 4180 quoting).
 * Pure: runs in the browser and on the server; the caller decodes the bytes as UTF-8.
 */

export const MAX_ROWS = 10_000;

export type CsvDelimiter = ',' | ';';

export type CsvRow = {
  /** The 1-based physical line the record starts on (the heading is line 1): the spreadsheet row to fix. */
  line: number;
  cells: string[];
};

export type ParsedCsv = { delimiter: CsvDelimiter; header: string[]; rows: CsvRow[] };

/** A file that cannot be read at all; the message is for the person who uploaded it. */
export class CsvError extends Error {
  readonly line: number | null;

  constructor(message: string, line: number | null = null) {
    super(message);
    this.name = 'CsvError';
    this.line = line;
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const CR = 0x0d;
const LF = 0x0a;
const BOM = 0xfeff;

export function parseCsv(text: string): ParsedCsv {
  // Excel writes a byte order mark at the start of "CSV UTF-8"; it is not part of the first heading.
  const source = text.charCodeAt(0) === BOM ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  const records = readRecords(source, delimiter === ';' ? SEMICOLON : COMMA);
  const [first, ...rows] = records;
  if (first === undefined) {
    throw new CsvError('The file is empty. Save the spreadsheet as CSV with a heading row and one row for each learner, then upload it again.');
  }
  return { delimiter, header: first.cells, rows };
}

/**
 * Comma unless the heading line has more semicolons outside quotes: spreadsheets set to a
 * South African locale use a decimal comma, so they export with `;` between cells.
 */
function detectDelimiter(source: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let inQuotes = false;
  let seenContent = false;
  let blankCommas = 0;
  let blankSemicolons = 0;
  for (let index = 0; index < source.length; index += 1) {
    const code = source.charCodeAt(index);
    if (code === QUOTE) {
      inQuotes = !inQuotes;
    } else if (inQuotes) {
      seenContent ||= code !== 0x20 && code !== 0x09;
    } else if (code === COMMA) {
      commas += 1;
    } else if (code === SEMICOLON) {
      semicolons += 1;
    } else if (code === CR || code === LF) {
      if (seenContent) break;
      // A blank line, or an empty row such as `,,,`, is skipped by the reader: so is its count.
      blankCommas += commas;
      blankSemicolons += semicolons;
      commas = 0;
      semicolons = 0;
    } else if (code !== 0x20 && code !== 0x09) {
      seenContent = true;
    }
  }
  // Only empty rows: they decide, so the reader sees `;;;` as empty too and reports an empty file.
  if (!seenContent) return semicolons + blankSemicolons > commas + blankCommas ? ';' : ',';
  return semicolons > commas ? ';' : ',';
}

/** One pass over the text; cells are sliced out, never built character by character. */
function readRecords(source: string, delimiter: number): CsvRow[] {
  const records: CsvRow[] = [];
  const length = source.length;
  let position = 0;
  let line = 1;
  while (position < length) {
    const recordLine = line;
    const cells: string[] = [];
    for (;;) {
      let end = position;
      let value: string;
      if (source.charCodeAt(position) === QUOTE) {
        value = '';
        const openedOn = line;
        let from = position + 1;
        for (;;) {
          const quote = source.indexOf('"', from);
          if (quote === -1) throw unclosedQuote(openedOn);
          line += countLineBreaks(source, from, quote);
          value += source.slice(from, quote);
          if (source.charCodeAt(quote + 1) !== QUOTE) {
            end = quote + 1;
            break;
          }
          value += '"';
          from = quote + 2;
        }
        // Not RFC 4180, but what spreadsheets do with `"a"b`: the stray text stays in the cell.
        const after = end;
        end = endOfUnquoted(source, end, delimiter);
        if (end > after) value += source.slice(after, end);
      } else {
        end = endOfUnquoted(source, position, delimiter);
        value = source.slice(position, end);
      }
      cells.push(value);
      position = end;
      if (position >= length) break;
      const code = source.charCodeAt(position);
      if (code === delimiter) {
        position += 1;
        continue;
      }
      position += code === CR && source.charCodeAt(position + 1) === LF ? 2 : 1;
      line += 1;
      break;
    }
    if (isBlank(cells)) continue;
    records.push({ line: recordLine, cells });
    // The heading is records[0], so data rows are one fewer; stop reading as soon as there are too many.
    if (records.length - 1 > MAX_ROWS) {
      throw new CsvError(
        `The file has more than ${MAX_ROWS.toLocaleString('en-GB')} learners. Split it into files of at most ${MAX_ROWS.toLocaleString('en-GB')} rows and upload them one at a time.`,
      );
    }
  }
  return records;
}

function endOfUnquoted(source: string, from: number, delimiter: number): number {
  let end = from;
  while (end < source.length) {
    const code = source.charCodeAt(end);
    if (code === delimiter || code === CR || code === LF) break;
    end += 1;
  }
  return end;
}

/** CRLF, LF and a lone CR each end one line. */
function countLineBreaks(source: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) {
    const code = source.charCodeAt(index);
    if (code === LF) count += 1;
    else if (code === CR && source.charCodeAt(index + 1) !== LF) count += 1;
  }
  return count;
}

/** A blank line, or a spreadsheet's empty row exported as `,,,`: nothing to import or complain about. */
function isBlank(cells: string[]): boolean {
  for (const cell of cells) {
    if (cell.trim() !== '') return false;
  }
  return true;
}

function unclosedQuote(line: number): CsvError {
  return new CsvError(
    `A quotation mark (") opened on line ${line} is never closed, so the rest of the file would read as one cell. Check that row in the spreadsheet, or save it as CSV again.`,
    line,
  );
}
