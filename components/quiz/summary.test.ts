import { expect, test } from 'vitest';
import type { QuestionAttempt } from '@/components/progress/progress-store';
import { sampleQuiz } from '@/components/quiz/sample-quiz';
import { describeSummary, summariseQuiz } from '@/components/quiz/summary';
import type { QuizResponse } from '@/lib/quiz/response';

function attempt(response: QuizResponse, score: number): QuestionAttempt {
  return { response, score, attempts: 1, answeredAt: '2026-04-28T09:00:00.000Z' };
}

test('nothing answered yet', () => {
  expect(describeSummary(summariseQuiz(sampleQuiz, {}))).toEqual([
    'You have answered 0 of 8; 0 correct.',
    'Written answers (not scored): 0 of 1 done.',
  ]);
});

test('full marks count as correct, part marks as answered, written answers apart', () => {
  const summary = summariseQuiz(sampleQuiz, {
    'sample-check/response-vs-resolution': attempt({ type: 'single', optionId: 'acknowledge' }, 1),
    'sample-check/good-habits': attempt({ type: 'multiple', optionIds: ['update'] }, 0.5),
    'sample-check/explain-sla': attempt({ type: 'written', text: 'Because.' }, 0),
    'other-check/response-vs-resolution': attempt({ type: 'single', optionId: 'acknowledge' }, 1),
  });
  expect(summary).toEqual({ scored: 8, answered: 2, correct: 1, written: 1, writtenAnswered: 1 });
  expect(describeSummary(summary)[0]).toBe('You have answered 2 of 8; 1 correct.');
});

test('an answer of the wrong type, saved for an older version of a question, is not counted', () => {
  const summary = summariseQuiz(sampleQuiz, {
    'sample-check/response-vs-resolution': attempt({ type: 'truefalse', value: true }, 1),
  });
  expect(summary.answered).toBe(0);
});
