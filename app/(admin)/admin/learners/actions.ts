'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requirePermission } from '@/lib/auth/require-permission';
import { CohortRuleError } from '@/lib/cohorts/cohorts';
import { MOST_LEARNERS_PER_MOVE, moveLearners } from '@/lib/cohorts/move-learners';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, succeeded } from '@/lib/forms/form-state';

const Id = z.string().uuid('That learner does not exist.');
/** "keep" leaves the field as it is, "none" clears it, anything else names the new one. */
const Target = z.union([z.literal('keep'), z.literal('none'), z.string().uuid('Choose one from the list.')]);

const MoveSchema = z.object({
  learnerIds: z.array(Id).min(1, 'Tick at least one learner.').max(MOST_LEARNERS_PER_MOVE, `Move at most ${MOST_LEARNERS_PER_MOVE} learners in one step.`),
  cohort: Target,
  assessor: Target,
});

const targetOf = (value: string) => (value === 'keep' ? undefined : value === 'none' ? null : value);

export async function moveLearnersAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requirePermission('users:manage', null, '/admin/learners');
  const parsed = MoveSchema.safeParse({ learnerIds: formData.getAll('learnerId').map(String), cohort: formData.get('cohort') ?? 'keep', assessor: formData.get('assessor') ?? 'keep' });
  if (!parsed.success) return failed(parsed.error.issues[0]?.message ?? 'Check the form.', formData);
  const { learnerIds, cohort, assessor } = parsed.data;
  if (cohort === 'keep' && assessor === 'keep') return failed('Choose a cohort or an assessor to move the ticked learners to.', formData);
  try {
    const { changed } = await moveLearners(await getDb(), { id: admin.id, role: admin.role }, learnerIds, { cohortId: targetOf(cohort), assessorId: targetOf(assessor) });
    revalidatePath('/admin/learners');
    revalidatePath('/admin/cohorts');
    return { ...succeeded(`Moved ${changed} of the ${learnerIds.length} ticked learner${learnerIds.length === 1 ? '' : 's'}${changed < learnerIds.length ? ' (the others were there already)' : ''}.`), values: {} };
  } catch (error) {
    if (error instanceof CohortRuleError) return failed(error.message, formData);
    throw error;
  }
}
