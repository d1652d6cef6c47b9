import 'server-only';
import path from 'node:path';
import type { JudgementRules } from '@/lib/assessing/record-judgement';
import { getAssessmentContent } from '@/lib/assessment/assessment-content';
import { getCourseContent } from '@/lib/content/course-content';
import { loadPracticalContent, type PracticalContent } from '@/lib/portfolio/load-practical-content';
import { summativeClaims } from '@/lib/portfolio/summative-claims';

const globalCache = globalThis as typeof globalThis & { practicalContent?: Promise<PracticalContent> };

async function load(): Promise<PracticalContent> {
  const [course, assessment] = await Promise.all([getCourseContent(), getAssessmentContent()]);
  const acCodes = new Set(course.outcomes.outcomes.flatMap((o) => o.criteria.map((c) => c.code)));
  const { content, problems } = await loadPracticalContent(path.join(/*turbopackIgnore: true*/ process.cwd(), 'content'), acCodes, summativeClaims(assessment));
  if (!content) throw new Error(`The practical evidence content is invalid:\n${problems.map((p) => `${p.file} › ${p.message}`).join('\n')}`);
  return content;
}

/** Sufficiency rules, observation checklists, role-play briefs, the witness form and logbook claims. */
export function getPracticalContent(): Promise<PracticalContent> {
  if (process.env.NODE_ENV === 'development') return load();
  globalCache.practicalContent ??= load().catch((error: unknown) => {
    globalCache.practicalContent = undefined;
    throw error;
  });
  return globalCache.practicalContent;
}

/** The criteria and sufficiency rules every judgement is checked against. */
export async function getJudgementRules(): Promise<JudgementRules> {
  const [course, practical] = await Promise.all([getCourseContent(), getPracticalContent()]);
  return { criteria: course.outcomes.outcomes.flatMap((outcome) => outcome.criteria.map(({ code, text }) => ({ code, text }))), sufficiency: practical.sufficiency };
}
