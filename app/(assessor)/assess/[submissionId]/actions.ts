'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { AssessingRuleError } from '@/lib/assessing/assessing-errors';
import { JudgementFormSchema } from '@/lib/assessing/judgement-schema';
import { saveJudgementDraft, signJudgement } from '@/lib/assessing/record-judgement';
import { requirePermission } from '@/lib/auth/require-permission';
import { getJudgementRules } from '@/lib/portfolio/practical-content';
import { getDb } from '@/lib/db/client';
import { type FormState, failed, formValues, succeeded } from '@/lib/forms/form-state';

export type JudgementState = FormState & { revision: number | null };

async function parse(formData: FormData) {
  const rules = await getJudgementRules();
  const codes = rules.criteria.map((criterion) => criterion.code);
  const judgements = Object.fromEntries(
    codes.map((code) => [code, { met: String(formData.get(`met:${code}`) ?? ''), comment: String(formData.get(`comment:${code}`) ?? '') }]),
  );
  const parsed = JudgementFormSchema.safeParse({
    submissionId: formData.get('submissionId'),
    revision: formData.get('revision'),
    feedback: formData.get('feedback') ?? '',
    judgements,
  });
  return { rules, parsed };
}

function refused(error: unknown, formData: FormData): JudgementState {
  if (error instanceof AssessingRuleError) {
    const fieldErrors: Record<string, string> =
      error.code === 'password'
        ? { password: error.message }
        : error.code === 'feedback-needed'
          ? { feedback: error.message }
          : Object.fromEntries(Object.entries(error.criteria).map(([code, reason]) => [`met:${code}`, reason]));
    return { ...failed(error.message, formData, fieldErrors), revision: null };
  }
  throw error;
}

export async function saveJudgementAction(_previous: JudgementState, formData: FormData): Promise<JudgementState> {
  const assessor = await requirePermission('assessment:sign', { submissionId: String(formData.get('submissionId') ?? '') }, '/assess');
  const { rules, parsed } = await parse(formData);
  if (!parsed.success) return { ...failed(parsed.error.issues[0]?.message ?? 'The form is not complete.', formData), revision: null };
  try {
    const revision = await saveJudgementDraft(await getDb(), { id: assessor.id, role: assessor.role }, parsed.data, rules);
    revalidatePath('/assess');
    return { ...succeeded('Draft saved. The learner sees nothing until you sign.'), values: formValues(formData), revision };
  } catch (error) {
    return refused(error, formData);
  }
}

export async function signJudgementAction(_previous: JudgementState, formData: FormData): Promise<JudgementState> {
  const assessor = await requirePermission('assessment:sign', { submissionId: String(formData.get('submissionId') ?? '') }, '/assess');
  const { rules, parsed } = await parse(formData);
  if (!parsed.success) return { ...failed(parsed.error.issues[0]?.message ?? 'The form is not complete.', formData), revision: null };
  let outcome: string;
  try {
    outcome = await signJudgement(await getDb(), { id: assessor.id, role: assessor.role }, parsed.data, rules, String(formData.get('password') ?? ''));
  } catch (error) {
    return refused(error, formData);
  }
  revalidatePath('/assess');
  redirect(`/assess?signed=${outcome}`);
}
