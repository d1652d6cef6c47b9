import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parseBank } from '@/lib/quiz/parse-quiz-file';
import type { WrittenQuestion } from '@/lib/quiz/schema';
import { addBusinessMinutes, businessMinutesBetween, formatLocalDateTime, requireLocalDateTime } from '@/lib/sla';

/**
 * The escalation prompts state how much SLA time is used and left, the due time and, in the
 * model answers, the moments an assessor checks (the 80% point, when a supplier can deliver).
 * Each is recomputed here with the SLA library, and the words in the bank must carry it.
 */

const FILE = 'content/assessment/escalation.yml';
const parsed = parseBank(readFileSync(path.resolve(FILE), 'utf8'), FILE);
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const items = parsed.value.items.filter((item): item is WrittenQuestion => item.type === 'written');

const at = (text: string) => requireLocalDateTime(text);
const plus = (from: string, minutes: number) => formatLocalDateTime(addBusinessMinutes(at(from), minutes));
const hours = (minutes: number) => (minutes % 60 === 0 ? `${minutes / 60}` : `${Math.floor(minutes / 60)} hours ${minutes % 60} minutes`);

type Case = {
  logged: string;
  now: string;
  target: number;
  /** What the prompt says about time used and left. */
  usedAndLeft: string;
  /** Moments worked out from the facts, and the words in the item that state each one. */
  moments: { value: string; equals: string; words: string[] }[];
};

const CASES: Record<string, Case> = {
  'esc-pharmacy-labels': {
    logged: '2026-11-10T09:30',
    now: '2026-11-10T13:30',
    target: 480,
    usedAndLeft: '4 business hours have been used and 4 are left',
    moments: [{ value: plus('2026-11-10T09:30', 480), equals: '2026-11-11T09:30', words: ['due at 09:30 on Wednesday 11 November', 'Due 09:30 tomorrow, Wednesday 11 November'] }],
  },
  'esc-school-switch': {
    logged: '2026-10-08T10:00',
    now: '2026-10-08T13:30',
    target: 480,
    usedAndLeft: '3 hours 30 minutes have been used and 4 hours 30 minutes are left',
    moments: [{ value: plus('2026-10-08T10:00', 480), equals: '2026-10-09T10:00', words: ['due at 10:00 on Friday 9 October', 'Due Friday 9 October at 10:00'] }],
  },
  'esc-courier-tracking': {
    logged: '2027-03-01T09:15',
    now: '2027-03-01T11:15',
    target: 240,
    usedAndLeft: '2 hours have been used and 2 are left',
    moments: [{ value: plus('2027-03-01T09:15', 240), equals: '2027-03-01T13:15', words: ['due at 13:15 today', 'Due 13:15 today'] }],
  },
  'esc-procurement-workflow': {
    logged: '2026-09-21T11:00',
    now: '2026-09-22T15:00',
    target: 1440,
    usedAndLeft: '12 business hours have been used and 12 are left',
    moments: [
      { value: plus('2026-09-21T11:00', 1440), equals: '2026-09-25T11:00', words: ['due at 11:00 on Friday 25 September'] },
      // The IT manager's trigger at 80% of the resolution time.
      { value: plus('2026-09-21T11:00', 0.8 * 1440), equals: '2026-09-23T14:12', words: ['at 14:12 tomorrow, when 80% of the resolution time is used', '14:12 on Wednesday 23 September'] },
      // An order approved at noon on Wednesday: the vendor's working day ends after the due time.
      { value: plus('2026-09-23T12:00', 480), equals: '2026-09-25T12:00', words: ['would bring the licence at 12:00 on Friday, an hour after the due time'] },
      // An order placed at 16:00 today arrives in time.
      { value: plus('2026-09-22T16:00', 480), equals: '2026-09-23T16:00', words: ['by 16:00 today', 'should arrive by 16:00 tomorrow'] },
    ],
  },
};

test('the table covers every escalation item', () => {
  expect(Object.keys(CASES).sort()).toEqual(items.map((item) => item.id).sort());
});

test.each(Object.entries(CASES))('%s: the SLA time used, left and due, and every moment in the model answer, agree with the SLA library', (id, facts) => {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  const everything = [item.prompt, item.modelAnswer, ...item.markingGuide].join(' ').replace(/\s+/g, ' ');
  const used = businessMinutesBetween(at(facts.logged), at(facts.now));
  const left = facts.target - used;
  const [usedWords, leftWords] = facts.usedAndLeft.split(' have been used and ');
  expect(usedWords).toContain(hours(used));
  expect(leftWords).toContain(hours(left));
  expect(item.prompt.replace(/\s+/g, ' ')).toContain(facts.usedAndLeft);
  for (const moment of facts.moments) {
    expect(moment.value).toBe(moment.equals);
    for (const words of moment.words) expect(everything, `${id} should say "${words}"`).toContain(words);
  }
});

test('the procurement model answer and its marking guide flag the breach risk and the 80% escalation point', () => {
  const item = items.find((candidate) => candidate.id === 'esc-procurement-workflow');
  const guide = item?.markingGuide.join(' ') ?? '';
  expect(guide).toContain('breach risk');
  expect(guide).toContain('80% escalation point (14:12 on Wednesday 23 September)');
  expect(item?.modelAnswer).toContain('Breach risk:');
});
