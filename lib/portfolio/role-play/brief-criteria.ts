import 'server-only';
import { getCourseContent } from '@/lib/content/course-content';
import type { RolePlayBrief } from '@/lib/portfolio/practical-schemas';

/** Each of the brief's criteria with its wording from the outcomes. */
export async function briefCriteria(brief: RolePlayBrief): Promise<{ code: string; text: string; lookFor: string }[]> {
  const { outcomes } = await getCourseContent();
  const texts = new Map(outcomes.outcomes.flatMap((outcome) => outcome.criteria.map((criterion) => [criterion.code, criterion.text] as const)));
  return brief.criteria.map((code) => ({ code, text: texts.get(code) ?? '', lookFor: brief.lookFor[code] ?? '' }));
}
