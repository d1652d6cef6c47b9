'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requirePermission } from '@/lib/auth/require-permission';
import { getDb } from '@/lib/db/client';
import type { FormState } from '@/lib/forms/form-state';
import { invalidForm } from '@/lib/portfolio/assessor-evidence/invalid-form';
import { refusedForm } from '@/lib/portfolio/assessor-evidence/refused-form';
import { InterviewFormSchema, interviewFormObject } from '@/lib/portfolio/interview/interview-schema';
import { recordInterview } from '@/lib/portfolio/interview/record-interview';

export async function recordInterviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const assessor = await requirePermission('interview:record', { learnerId: String(formData.get('learnerId') ?? '') }, '/assess');
  const parsed = InterviewFormSchema.safeParse(interviewFormObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  try {
    await recordInterview(await getDb(), { actor: { id: assessor.id, role: assessor.role }, form: parsed.data, password: String(formData.get('password') ?? '') });
  } catch (error) {
    return refusedForm(error, formData);
  }
  revalidatePath(`/assess/learners/${parsed.data.learnerId}`);
  redirect(`/assess/learners/${parsed.data.learnerId}?recorded=interview`);
}
