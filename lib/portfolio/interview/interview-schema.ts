import { z } from 'zod';
import { postedTime } from '@/lib/forms/sast-date-time-parts';
import { storableText } from '@/lib/forms/storable-text';

export const VERDICTS = ['authentic', 'doubts'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The verification interview form. Checks that need the learner's attempts or the clock are made by `recordInterview`. */
export const InterviewFormSchema = z.strictObject({
  learnerId: storableText().min(1, 'There is no such learner.'),
  /** The attempt the interview is about; empty when it is about the learner's work in general. */
  submissionId: storableText(),
  questions: z
    .array(z.strictObject({ question: storableText().trim().max(1000, 'A question has at most 1,000 characters.'), answer: storableText().trim().max(4000, 'An answer has at most 4,000 characters.') }))
    .max(30, 'An interview holds at most 30 questions.'),
  verdict: z.enum(VERDICTS, { message: 'Choose your verdict: the work is the learner\u2019s own, or you have doubts.' }),
  notes: storableText().trim().max(4000, 'The notes have at most 4,000 characters.'),
  date: storableText().trim(),
  time: storableText().trim(),
});
export type InterviewForm = z.infer<typeof InterviewFormSchema>;

/** The form's fields as an object for `InterviewFormSchema`; question rows in the order of their numbers. */
export function interviewFormObject(formData: FormData): Record<string, unknown> {
  const rows = new Map<number, { question: string; answer: string }>();
  for (const [key, value] of formData.entries()) {
    const match = /^(question|answer):(\d{1,2})$/.exec(key);
    if (!match || typeof value !== 'string') continue;
    const index = Number(match[2]);
    const row = rows.get(index) ?? { question: '', answer: '' };
    row[match[1] === 'question' ? 'question' : 'answer'] = value;
    rows.set(index, row);
  }
  const text = (name: string) => String(formData.get(name) ?? '');
  return {
    learnerId: text('learnerId'),
    submissionId: text('submissionId'),
    questions: [...rows].sort(([a], [b]) => a - b).map(([, row]) => row),
    verdict: text('verdict'),
    notes: text('notes'),
    date: text('date'),
    time: postedTime(formData, 'time'),
  };
}
