import { markMatching, markOrdering } from '@/lib/quiz/mark-arrangement';
import { markScenario } from '@/lib/quiz/mark-scenario';
import { markTicket } from '@/lib/quiz/mark-ticket';
import { MarkingError, type MarkResult, markedResult } from '@/lib/quiz/mark-types';
import { formatLocalDateTime, localDateTimeToMinutes } from '@/lib/quiz/local-date-time';
import type { QuizResponse } from '@/lib/quiz/response';
import type {
  DateTimeQuestion,
  MultipleResponseQuestion,
  NumericQuestion,
  Question,
  SingleChoiceQuestion,
} from '@/lib/quiz/schema';

/*
 * Marking one answer. Scores run from 0 to 1; only 1 counts as correct.
 *
 * - single, truefalse: all or nothing.
 * - multiple: (correct options chosen − wrong options chosen) / number of correct options, never
 *   below 0, so choosing every option earns nothing for the guess.
 * - ordering: (L − 1) / (n − 1), where n is the number of items and L the longest run of items
 *   (not necessarily side by side) already in the right order relative to each other. Each item
 *   that has to be moved costs one share: one misplaced item in five scores 0.75, the reverse
 *   order scores 0. Unlike counting neighbouring pairs, two swapped halves of a procedure do not
 *   keep most of the credit.
 * - matching: pairs matched right / all pairs; a pair left unmatched counts as wrong.
 * - numeric: 1 when within `tolerance` of the answer (plus a hair for floating-point rounding), else 0.
 * - datetime: 1 when within `toleranceMinutes` of the answer, compared as local wall-clock times, else 0.
 * - written: no automatic score: status 'needs-assessor', score 0, no feedback (the formative
 *   screen shows the model answer instead).
 * - scenario: criteria met on the path / all criteria. A criterion is met when a choice on the
 *   path meets it and no choice on the path misses it.
 * - ticket: fields of the log right / fields asked, each field one share and an empty field
 *   wrong (what makes each kind of field right is in mark-ticket.ts). Status 'marked': the score
 *   is the log's alone; the message to the customer, when asked, is for the assessor to judge.
 *
 * A response that does not fit its question (another type, an unknown or repeated id, an order
 * that is not a permutation, a scenario path off the graph, a ticket field or message the item does
 * not ask for) throws MarkingError: it is never silently marked 0.
 */
export function markItem(question: Question, response: QuizResponse): MarkResult {
  const mismatch = () => new MarkingError(question.id, `expected a ${question.type} answer, got a ${response.type} answer`);
  switch (question.type) {
    case 'single':
      if (response.type !== 'single') throw mismatch();
      return markSingle(question, response.optionId);
    case 'multiple':
      if (response.type !== 'multiple') throw mismatch();
      return markMultiple(question, response.optionIds);
    case 'truefalse':
      if (response.type !== 'truefalse') throw mismatch();
      return markedResult(response.value === question.answer ? 1 : 0, [question.feedback[response.value ? 'true' : 'false']]);
    case 'ordering':
      if (response.type !== 'ordering') throw mismatch();
      return markOrdering(question, response.order);
    case 'matching':
      if (response.type !== 'matching') throw mismatch();
      return markMatching(question, response.matches);
    case 'numeric':
      if (response.type !== 'numeric') throw mismatch();
      return markNumeric(question, response.value);
    case 'datetime':
      if (response.type !== 'datetime') throw mismatch();
      return markDateTime(question, response.value);
    case 'written':
      if (response.type !== 'written') throw mismatch();
      return { score: 0, correct: false, status: 'needs-assessor', feedback: [] };
    case 'scenario':
      if (response.type !== 'scenario') throw mismatch();
      return markScenario(question, response.path);
    case 'ticket':
      if (response.type !== 'ticket') throw mismatch();
      return markTicket(question, response);
  }
}

type ChoiceQuestion = SingleChoiceQuestion | MultipleResponseQuestion;

function findOption(question: ChoiceQuestion, optionId: string) {
  const option = question.options.find((candidate) => candidate.id === optionId);
  if (option === undefined) throw new MarkingError(question.id, `"${optionId}" is not one of its options`);
  return option;
}

function markSingle(question: SingleChoiceQuestion, optionId: string): MarkResult {
  const option = findOption(question, optionId);
  return markedResult(option.id === question.answer ? 1 : 0, [option.feedback]);
}

function markMultiple(question: MultipleResponseQuestion, optionIds: readonly string[]): MarkResult {
  const chosen = new Set<string>();
  for (const optionId of optionIds) {
    findOption(question, optionId);
    if (chosen.has(optionId)) throw new MarkingError(question.id, `option "${optionId}" is chosen more than once`);
    chosen.add(optionId);
  }
  const correct = new Set(question.answers);
  let right = 0;
  let wrong = 0;
  const feedback: string[] = [];
  // In the order the author wrote the options, so the lines read like the question.
  for (const option of question.options) {
    if (chosen.has(option.id)) {
      if (correct.has(option.id)) right += 1;
      else wrong += 1;
      feedback.push(`You chose "${option.text}". ${option.feedback}`);
    } else if (correct.has(option.id)) {
      feedback.push(`You did not choose "${option.text}". ${option.feedback}`);
    }
  }
  return markedResult(Math.max(0, (right - wrong) / correct.size), feedback);
}

function markNumeric(question: NumericQuestion, value: number): MarkResult {
  if (!Number.isFinite(value)) throw new MarkingError(question.id, `${value} is not a number that can be marked`);
  // Answers such as 0.1 + 0.2 should not miss 0.3 by a rounding error.
  const slack = 1e-9 * Math.max(1, Math.abs(question.answer));
  if (Math.abs(value - question.answer) <= question.tolerance + slack) return markedResult(1, [question.explanation]);
  const unit = question.unit === undefined ? '' : ` ${question.unit}`;
  const range =
    question.tolerance > 0
      ? ` (anything from ${plain(question.answer - question.tolerance)} to ${plain(question.answer + question.tolerance)}${unit} counts)`
      : '';
  return markedResult(0, [`The answer is ${plain(question.answer)}${unit}${range}.`, question.explanation]);
}

/** 15.5 rather than 15.499999999999998. */
function plain(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function markDateTime(question: DateTimeQuestion, value: string): MarkResult {
  const given = localDateTimeToMinutes(value);
  const expected = localDateTimeToMinutes(question.answer);
  if (given === null) throw new MarkingError(question.id, `"${value}" is not a real date-time`);
  if (expected === null) throw new MarkingError(question.id, `its answer "${question.answer}" is not a real date-time`);
  if (Math.abs(given - expected) <= question.toleranceMinutes) return markedResult(1, [question.explanation]);
  const range = question.toleranceMinutes > 0 ? ` (anything within ${question.toleranceMinutes} minutes counts)` : '';
  return markedResult(0, [`The answer is ${formatLocalDateTime(question.answer)}${range}.`, question.explanation]);
}
