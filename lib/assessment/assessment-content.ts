import 'server-only';
import path from 'node:path';
import { type LoadedAssessment, loadAssessment } from '@/lib/assessment/load-assessment';
import { getCourseContent } from '@/lib/content/course-content';

const globalCache = globalThis as typeof globalThis & { assessmentContent?: Promise<LoadedAssessment> };

async function load(): Promise<LoadedAssessment> {
  const content = await getCourseContent();
  const acCodes = new Set(content.outcomes.outcomes.flatMap((o) => o.criteria.map((c) => c.code)));
  const orientation = content.outcomes.orientation?.code ?? null;
  const { assessment, problems } = await loadAssessment(path.join(/*turbopackIgnore: true*/ process.cwd(), 'content'), acCodes, orientation);
  if (!assessment) throw new Error(`The assessment content is invalid:\n${problems.map((p) => `${p.file} › ${p.message}`).join('\n')}`);
  return assessment;
}

/** The summative definition and banks, with their keys: server only, never sent to a browser. */
export function getAssessmentContent(): Promise<LoadedAssessment> {
  if (process.env.NODE_ENV === 'development') return load();
  globalCache.assessmentContent ??= load().catch((error: unknown) => {
    globalCache.assessmentContent = undefined;
    throw error;
  });
  return globalCache.assessmentContent;
}
