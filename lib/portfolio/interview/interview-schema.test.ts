import { expect, test } from 'vitest';
import { InterviewFormSchema, interviewFormObject } from '@/lib/portfolio/interview/interview-schema';

test('question rows are read in the order of their numbers, whatever order the fields arrive in', () => {
  const data = new FormData();
  for (const [key, value] of [
    ['learnerId', 'learner-1'],
    ['submissionId', ''],
    ['question:10', 'Third?'],
    ['answer:10', 'Three.'],
    ['question:2', 'Second?'],
    ['question:0', 'First?'],
    ['answer:0', 'One.'],
    ['answer:2', 'Two.'],
    ['verdict', 'authentic'],
    ['notes', ''],
    ['date', '2026-03-02'],
    ['time', '10:00'],
  ]) data.append(key ?? '', value ?? '');
  expect(InterviewFormSchema.parse(interviewFormObject(data)).questions).toEqual([
    { question: 'First?', answer: 'One.' },
    { question: 'Second?', answer: 'Two.' },
    { question: 'Third?', answer: 'Three.' },
  ]);
});

test('a verdict other than authentic or doubts is refused in words', () => {
  const data = new FormData();
  data.append('verdict', 'maybe');
  expect(InterviewFormSchema.safeParse(interviewFormObject(data)).error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
    ['learnerId', 'There is no such learner.'],
    ['verdict', 'Choose your verdict: the work is the learner\u2019s own, or you have doubts.'],
  ]);
});
