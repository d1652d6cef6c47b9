'use server';

import { redirect } from 'next/navigation';
import { getAssessmentContent } from '@/lib/assessment/assessment-content';
import { AssessmentRuleError } from '@/lib/assessment/assessment-errors';
import { startAttempt } from '@/lib/assessment/start-attempt';
import { requirePermission } from '@/lib/auth/require-permission';
import { getCourseContent } from '@/lib/content/course-content';
import { getDb } from '@/lib/db/client';
import { type FormState, failed } from '@/lib/forms/form-state';

export async function startAttemptAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const learner = await requirePermission('assessment:submit', { self: true }, '/assessment');
  const { lessons } = await getCourseContent();
  let id: string;
  try {
    id = await startAttempt(await getDb(), learner.id, await getAssessmentContent(), { lessonSlugs: lessons.map((lesson) => lesson.slug) });
  } catch (error) {
    if (error instanceof AssessmentRuleError) return failed(error.message, formData);
    throw error;
  }
  redirect(`/assessment/${id}`);
}
