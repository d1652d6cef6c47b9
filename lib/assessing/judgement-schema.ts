import { z } from 'zod';
import { storableText } from '@/lib/forms/storable-text';

/** What the assessor's form sends: one judgement per criterion, feedback, and the revision it was opened on. */
export const JudgementFormSchema = z.strictObject({
  submissionId: storableText().uuid('There is no such submission.'),
  revision: z.coerce.number().int().min(0),
  judgements: z.record(
    storableText().regex(/^AC[1-3]\.[1-9]$/),
    z.strictObject({ met: z.enum(['met', 'not_yet', '']), comment: storableText().max(2000, 'A comment has at most 2,000 characters') }),
  ),
  feedback: storableText().max(10_000, 'Feedback has at most 10,000 characters'),
});

export type JudgementForm = z.infer<typeof JudgementFormSchema>;

/** Competent only when every criterion is met; otherwise Not Yet Competent. Null while any is undecided. */
export function outcomeOf(judgements: Record<string, { met: boolean | null }>, codes: readonly string[]): 'competent' | 'not_yet_competent' | null {
  const values = codes.map((code) => judgements[code]?.met ?? null);
  if (values.some((value) => value === null)) return null;
  return values.every(Boolean) ? 'competent' : 'not_yet_competent';
}
