import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadAssessment } from '@/lib/assessment/load-assessment';
import { CastSchema } from '@/lib/content/cast-schema';
import { textPlaces } from '@/lib/content/cast-places';
import { checkCast } from '@/lib/content/check-cast';
import { checkContentRules } from '@/lib/content/content-rules';
import { type ContentProblem, type CourseContent, loadContent } from '@/lib/content/load-content';
import { loadPracticalContent } from '@/lib/portfolio/load-practical-content';
import { summativeClaims } from '@/lib/portfolio/summative-claims';
import { parseYamlWith } from '@/lib/content/parse-yaml';

export type CheckResult = { content: CourseContent | null; problems: ContentProblem[] };

/** Everything `content:check` and the build rely on: every file valid, every reference resolved. */
export async function checkContent(root: string): Promise<CheckResult> {
  const loaded = await loadContent(root);
  // Cross-file rules on half-loaded content would only repeat the loading problems in other words.
  const ruleProblems = loaded.content && loaded.problems.length === 0 ? checkContentRules(loaded.content) : [];
  const acCodes = new Set(loaded.content?.outcomes.outcomes.flatMap((o) => o.criteria.map((c) => c.code)) ?? []);
  const orientation = loaded.content?.outcomes.orientation?.code ?? null;
  const assessment = loaded.content && hasFile(root, 'assessment/assessment.yml') ? await loadAssessment(root, acCodes, orientation) : null;
  const practicalProblems =
    assessment?.assessment && existsSync(path.join(root, 'practical')) ? (await loadPracticalContent(root, acCodes, summativeClaims(assessment.assessment))).problems : [];
  const problems = [...loaded.problems, ...ruleProblems, ...(assessment?.problems ?? []), ...practicalProblems];
  // The cast is read against complete content only: half-loaded places would report people as missing.
  if (loaded.content && problems.length === 0 && hasFile(root, 'cast.yml')) {
    problems.push(...(await castProblems(root, loaded.content, assessment?.assessment ?? null)));
  }
  return { content: problems.length === 0 ? loaded.content : null, problems };
}

async function castProblems(root: string, content: CourseContent, assessment: Parameters<typeof textPlaces>[1]): Promise<ContentProblem[]> {
  const file = path.join(path.basename(root), 'cast.yml');
  const parsed = parseYamlWith(await readFile(path.join(root, 'cast.yml'), 'utf8'), CastSchema);
  if (!parsed.ok) return parsed.problems.map((message) => ({ file, message }));
  return checkCast(parsed.value, textPlaces(content, assessment, path.basename(root))).map((problem) => ({ file: problem.file ?? file, message: problem.message }));
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `✗ ${p.file} › ${p.message}`).join('\n');
}

/** A course may have no summative assessment or cast yet (as in the checker's own test fixtures). */
function hasFile(root: string, name: string): boolean {
  return existsSync(path.join(root, name));
}
