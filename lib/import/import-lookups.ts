import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';
import { cohort, profile, user } from '@/lib/db/schema';
import type { ParsedCsv } from '@/lib/import/parse-csv';

export type ImportLookups = {
  existing: { emails: ReadonlySet<string>; idNumbers: ReadonlySet<string>; passports: ReadonlySet<string> };
  cohorts: ReadonlyMap<string, { id: string; name: string }>;
  assessors: ReadonlyMap<string, { id: string; name: string }>;
};

const CHUNK = 1000;

function chunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < values.length; start += CHUNK) out.push(values.slice(start, start + CHUNK));
  return out;
}

/** Every cell of the file that could name an e-mail address, an ID number or a passport number: the only existing accounts worth reading. */
function candidates(parsed: ParsedCsv) {
  const cells = new Set<string>();
  for (const row of parsed.rows) for (const cell of row.cells) if (cell.trim()) cells.add(cell.trim());
  const all = [...cells];
  return { lowered: [...new Set(all.map((cell) => cell.toLowerCase()))], digits: [...new Set(all.map((cell) => cell.replace(/\s/g, '')).filter((cell) => /^\d{13}$/.test(cell)))], upper: [...new Set(all.map((cell) => cell.replace(/\s/g, '').toUpperCase()))] };
}

/**
 * What the preview checks rows against, read for this file only: accounts that share an address or
 * an identity number with one of its cells (never the whole user table), every cohort, every assessor.
 */
export async function importLookups(db: Pick<Db, 'select'>, parsed: ParsedCsv): Promise<ImportLookups> {
  const { lowered, digits, upper } = candidates(parsed);
  const emails = new Set<string>();
  const idNumbers = new Set<string>();
  const passports = new Set<string>();
  for (const slice of chunks(lowered)) {
    for (const row of await db.select({ email: user.email }).from(user).where(inArray(sql`lower(${user.email})`, slice))) emails.add(row.email.toLowerCase());
  }
  for (const slice of chunks(digits)) {
    for (const row of await db.select({ idNumber: profile.idNumber }).from(profile).where(inArray(profile.idNumber, slice))) if (row.idNumber) idNumbers.add(row.idNumber);
  }
  for (const slice of chunks(upper)) {
    const rows = await db.select({ number: profile.passportNumber, country: profile.passportCountry }).from(profile).where(inArray(profile.passportNumber, slice));
    for (const row of rows) if (row.number && row.country) passports.add(`${row.country}:${row.number}`);
  }
  const cohorts = new Map((await db.select({ id: cohort.id, name: cohort.name }).from(cohort)).map((row) => [row.name.trim().toLowerCase(), row]));
  const assessorRows = await db
    .select({ id: user.id, email: user.email, name: profile.fullName })
    .from(user)
    .innerJoin(profile, and(eq(profile.userId, user.id), eq(profile.role, 'assessor')));
  const assessors = new Map(assessorRows.map((row) => [row.email.toLowerCase(), { id: row.id, name: row.name }]));
  return { existing: { emails, idNumbers, passports }, cohorts, assessors };
}
