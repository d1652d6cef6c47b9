import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { Bank } from '@/lib/quiz/bank-schema';
import { parseBank } from '@/lib/quiz/parse-quiz-file';
import type { QuestionTable, WrittenQuestion } from '@/lib/quiz/schema';

/**
 * Each SLA report in the bank is a table of figures a learner is asked to analyse. A report whose
 * numbers do not add up would mark the careful learner down, so this test recomputes every total,
 * percentage and count from the rows.
 */

const FILE = 'content/assessment/sla-report.yml';
const PRIORITY_COLUMNS = ['Priority', 'Tickets logged', 'Response met', 'Resolution met', 'Resolution breaches'];

function loadBank(): Bank {
  const result = parseBank(readFileSync(path.resolve(FILE), 'utf8'), FILE);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.value;
}

const bank = loadBank();
const reports = bank.items.filter((item): item is WrittenQuestion => item.type === 'written');

function tableStarting(report: WrittenQuestion, caption: string): QuestionTable {
  const table = report.tables?.find((candidate) => candidate.caption.startsWith(caption));
  if (!table) throw new Error(`${report.id}: no table captioned "${caption}…"`);
  return table;
}

function whole(cell: string | undefined): number {
  if (cell === undefined || !/^\d+$/.test(cell)) throw new Error(`not a whole number: ${cell}`);
  return Number(cell);
}

/** "33 (92%)" → { count: 33, percent: 92 }. */
function countWithPercent(cell: string | undefined): { count: number; percent: number } {
  const match = /^(\d+) \((\d+)%\)$/.exec(cell ?? '');
  if (!match) throw new Error(`not "count (percent%)": ${cell}`);
  return { count: Number(match[1]), percent: Number(match[2]) };
}

type PriorityRow = { name: string; logged: number; response: { count: number; percent: number }; resolution: { count: number; percent: number }; breaches: number };

function priorityRows(report: WrittenQuestion): PriorityRow[] {
  const table = tableStarting(report, 'Tickets by priority');
  expect(table.columns, report.id).toEqual(PRIORITY_COLUMNS);
  return table.rows.map(([name = '', logged, response, resolution, breaches]) => ({
    name,
    logged: whole(logged),
    response: countWithPercent(response),
    resolution: countWithPercent(resolution),
    breaches: whole(breaches),
  }));
}

test('the bank draws one report from at least three, all written and assessor-marked', () => {
  expect(bank.draw).toBe(1);
  expect(reports.length).toBe(bank.items.length);
  expect(reports.length).toBeGreaterThanOrEqual(3);
  for (const report of reports) {
    expect(report.markingGuide.length, report.id).toBeGreaterThanOrEqual(6);
    expect(report.acs, report.id).toContain('AC2.3');
  }
});

test('every report shows P1 to P4 and an All row, with the three tables the task refers to', () => {
  for (const report of reports) {
    expect(priorityRows(report).map((row) => row.name), report.id).toEqual(['P1', 'P2', 'P3', 'P4', 'All']);
    tableStarting(report, 'Other measures');
    tableStarting(report, 'Resolution breaches by cause');
  }
});

test('every percentage is the rounded share of the tickets logged, and breaches are tickets less resolutions met', () => {
  for (const report of reports) {
    for (const row of priorityRows(report)) {
      const where = `${report.id} ${row.name}`;
      expect(row.response.count, where).toBeLessThanOrEqual(row.logged);
      expect(row.resolution.count, where).toBeLessThanOrEqual(row.logged);
      expect(row.response.percent, `${where} response`).toBe(Math.round((row.response.count / row.logged) * 100));
      expect(row.resolution.percent, `${where} resolution`).toBe(Math.round((row.resolution.count / row.logged) * 100));
      expect(row.breaches, `${where} breaches`).toBe(row.logged - row.resolution.count);
    }
  }
});

test('the All row adds up the four priorities', () => {
  for (const report of reports) {
    const rows = priorityRows(report);
    const all = rows.find((row) => row.name === 'All');
    const priorities = rows.filter((row) => row.name !== 'All');
    const sum = (pick: (row: PriorityRow) => number) => priorities.reduce((total, row) => total + pick(row), 0);
    expect(all?.logged, report.id).toBe(sum((row) => row.logged));
    expect(all?.response.count, report.id).toBe(sum((row) => row.response.count));
    expect(all?.resolution.count, report.id).toBe(sum((row) => row.resolution.count));
    expect(all?.breaches, report.id).toBe(sum((row) => row.breaches));
  }
});

test('the breaches by cause add up to their Total row and to the breaches by priority', () => {
  for (const report of reports) {
    const table = tableStarting(report, 'Resolution breaches by cause');
    const causes = table.rows.filter(([cause]) => cause !== 'Total');
    const total = table.rows.find(([cause]) => cause === 'Total');
    const sum = causes.reduce((count, [, breaches]) => count + whole(breaches), 0);
    expect(whole(total?.[1]), report.id).toBe(sum);
    expect(sum, report.id).toBe(priorityRows(report).find((row) => row.name === 'All')?.breaches);
  }
});

test('every table and month in a report names the same month', () => {
  for (const report of reports) {
    const months = new Set((report.tables ?? []).map((table) => table.caption.replace(/^.*, /, '')));
    expect(months.size, report.id).toBe(1);
    const [month] = [...months];
    expect(report.prompt, report.id).toContain(month);
  }
});
