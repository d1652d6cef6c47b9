import { expect, test } from 'vitest';
import { invalidForm, issueField } from '@/lib/portfolio/assessor-evidence/invalid-form';
import { InterviewFormSchema, interviewFormObject } from '@/lib/portfolio/interview/interview-schema';

test('a nested issue is put against the field the form shows it by', () => {
  expect(issueField(['behaviours', 'AC1.2', 'reads-back', 'note'])).toBe('note:AC1.2:reads-back');
  expect(issueField(['behaviours', 'AC1.2', 'reads-back', 'mark'])).toBe('behaviour:AC1.2:reads-back');
  expect(issueField(['questions', 1, 'answer'])).toBe('answer:1');
  expect(issueField(['place'])).toBe('place');
});

test('an answer too long is refused beside that answer, and the other entries are given back', () => {
  const data = new FormData();
  for (const [key, value] of Object.entries({ learnerId: 'l', submissionId: '', 'question:0': 'Why?', 'answer:0': 'x'.repeat(4001), verdict: 'authentic', notes: '', date: '2026-03-02', time: '10:00', password: 'secret' })) data.append(key, value);
  const parsed = InterviewFormSchema.safeParse(interviewFormObject(data));
  if (parsed.success) throw new Error('a 4,001-character answer was accepted');
  const state = invalidForm(parsed.error, data);
  expect(state.fieldErrors).toEqual({ 'answer:0': 'An answer has at most 4,000 characters.' });
  expect(state.values['question:0']).toBe('Why?');
  expect(state.values.password).toBeUndefined();
});
