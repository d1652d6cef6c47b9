import { checkContentRules } from '@/lib/content/content-rules';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadAssessment } from '@/lib/assessment/load-assessment';
import { type ContentProblem, type CourseContent, loadContent } from '@/lib/content/load-content';
import { loadPracticalContent } from '@/lib/portfolio/load-practical-content';
import { summativeClaims } from '@/lib/portfolio/summative-claims';

export type CheckResult = { content: CourseContent | null; problems: ContentProblem[] };

/** Everything `content:check` and the build rely on: every file valid, every reference resolved. */
export async function checkContent(root: string): Promise<CheckResult> {
  const loaded = await loadContent(root);
  // Cross-file rules on half-loaded content would only repeat the loading problems in other words.
  const ruleProblems = loaded.content && loaded.problems.length === 0 ? checkContentRules(loaded.content) : [];
  const acCodes = new Set(loaded.content?.outcomes.outcomes.flatMap((o) => o.criteria.map((c) => c.code)) ?? []);
  const assessment = loaded.content && hasAssessment(root) ? await loadAssessment(root, acCodes) : null;
  const practicalProblems =
    assessment?.assessment && existsSync(path.join(root, 'practical')) ? (await loadPracticalContent(root, acCodes, summativeClaims(assessment.assessment))).problems : [];
  const problems = [...loaded.problems, ...ruleProblems, ...(assessment?.problems ?? []), ...practicalProblems];
  return { content: problems.length === 0 ? loaded.content : null, problems };
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `✗ ${p.file} › ${p.message}`).join('\n');
}

/** A course may have no summative assessment yet (as in the checker's own test fixtures). */
function hasAssessment(root: string): boolean {
  return existsSync(path.join(root, 'assessment', 'assessment.yml'));
}
