import path from 'node:path';
import type { ContentProblem, CourseContent } from '@/lib/content/load-content';
import { lessonHours } from '@/lib/content/learning-time';
import { MDX_COMPONENT_NAMES, isMdxComponentName } from '@/lib/content/mdx-component-names';
import { checkQuizPlacements } from '@/lib/content/quiz-placement-rules';

/** Rules that span files: references between lessons, quizzes, the glossary and the outcomes. */
export function checkContentRules(content: CourseContent, contentDirName = 'content'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lessonFile = (slug: string, name: string) => path.join(contentDirName, 'lessons', slug, name);
  const acCodes = new Set(content.outcomes.outcomes.flatMap((o) => o.criteria.map((c) => c.code)));
  const orientation = content.outcomes.orientation?.code ?? null;
  const termIds = new Set(content.glossary.map((t) => t.id));
  const slugs = new Set(content.lessons.map((l) => l.slug));
  const quizOwners = new Map<string, string>();
  const questionOwners = new Map<string, string>();
  const lessonsPerAc = new Map<string, number>();
  const questionsPerAc = new Map<string, number>();

  for (const lesson of content.lessons) {
    const mdx = lessonFile(lesson.slug, 'index.mdx');
    const quizYml = lessonFile(lesson.slug, 'quiz.yml');
    const add = (file: string, message: string) => problems.push({ file, message });
    const folderNumber = Number(lesson.slug.slice(0, 2));
    if (lesson.frontmatter.order !== folderNumber) {
      add(mdx, `frontmatter.order: is ${lesson.frontmatter.order} but the folder is numbered ${folderNumber}`);
    }
    for (const code of lesson.frontmatter.outcomes) {
      if (!acCodes.has(code)) add(mdx, `frontmatter.outcomes: unknown outcome code "${code}" (not in outcomes.yml)`);
      else lessonsPerAc.set(code, (lessonsPerAc.get(code) ?? 0) + 1);
    }
    for (const line of lesson.report.esmLines) add(mdx, `line ${line}: import and export are not allowed in a lesson`);
    for (const line of lesson.report.expressionLines) {
      add(mdx, `line ${line}: JavaScript expressions in braces are not allowed in a lesson (write &#123; for a literal brace)`);
    }
    const placedQuizzes = new Set<string>();
    for (const use of lesson.report.jsx) {
      const where = use.line === null ? '' : `line ${use.line}: `;
      if (!isMdxComponentName(use.name)) {
        const kind = /^[a-z]/.test(use.name) ? 'raw HTML' : 'the component';
        add(mdx, `${where}${kind} <${use.name}> is not allowed in a lesson; use markdown or one of: ${MDX_COMPONENT_NAMES.join(', ')}`);
        continue;
      }
      if (use.name === 'Quiz') {
        if (use.id === null) add(mdx, `${where}<Quiz> needs an id="…" naming a quiz in quiz.yml`);
        else if (lesson.quizFileBroken) placedQuizzes.add(use.id);
        else if (!lesson.quizzes.some((q) => q.id === use.id)) add(mdx, `${where}<Quiz id="${use.id}"> names no quiz in ${quizYml}`);
        else placedQuizzes.add(use.id);
      }
      if (use.name === 'Term') {
        if (use.id === null) add(mdx, `${where}<Term> needs an id="…" naming a glossary term`);
        else if (!termIds.has(use.id)) add(mdx, `${where}<Term id="${use.id}"> names no term in content/glossary`);
      }
    }
    for (const problem of checkQuizPlacements(lesson.report.jsx, lesson.quizzes)) add(mdx, problem);
    for (const quiz of lesson.quizzes) {
      if (!placedQuizzes.has(quiz.id)) add(quizYml, `quizzes (${quiz.id}): the quiz is never placed in the lesson with <Quiz id="${quiz.id}" />`);
      const owner = quizOwners.get(quiz.id);
      if (owner) add(quizYml, `quizzes (${quiz.id}): the quiz id is already used in ${owner}`);
      quizOwners.set(quiz.id, lesson.slug);
      for (const question of quiz.questions) {
        const questionOwner = questionOwners.get(question.id);
        if (questionOwner) add(quizYml, `quizzes (${quiz.id}) › questions (${question.id}): the question id is already used in ${questionOwner}`);
        questionOwners.set(question.id, lesson.slug);
        const where = `quizzes (${quiz.id}) › questions (${question.id}) › acs`;
        if (question.acs.length === 0) add(quizYml, `${where}: name at least one assessment criterion, or the orientation code for a question about how the course works`);
        const claimed = question.acs.filter((code) => code !== orientation);
        if (orientation !== null && claimed.length < question.acs.length && claimed.length > 0) {
          add(quizYml, `${where}: "${orientation}" marks a question about how the course works, which is never evidence for a criterion; tag it with ${orientation} alone, or with the criteria it gives evidence for (${claimed.join(', ')}) alone`);
          continue;
        }
        for (const code of claimed) {
          if (!acCodes.has(code)) add(quizYml, `${where}: unknown outcome code "${code}"`);
          else questionsPerAc.set(code, (questionsPerAc.get(code) ?? 0) + 1);
        }
      }
    }
  }

  for (const term of content.glossary) {
    for (const slug of term.lessons) {
      if (!slugs.has(slug)) problems.push({ file: path.join(contentDirName, 'glossary'), message: `terms (${term.id}) › lessons: no lesson "${slug}"` });
    }
  }
  const lessonTime = checkLessonTime(content);
  if (lessonTime) problems.push({ file: path.join(contentDirName, 'course.yml'), message: lessonTime });
  for (const code of acCodes) {
    if (!lessonsPerAc.get(code)) problems.push({ file: path.join(contentDirName, 'outcomes.yml'), message: `${code}: no lesson serves this criterion (add it to a lesson's frontmatter outcomes)` });
    if (!questionsPerAc.get(code)) problems.push({ file: path.join(contentDirName, 'outcomes.yml'), message: `${code}: no knowledge-check question serves this criterion (add it to a question's acs)` });
  }
  return problems;
}

/** The split in course.yml must state the lesson time the lessons themselves add up to, so it cannot drift. */
function checkLessonTime(content: CourseContent): string | null {
  const stated = content.course.learningTime.find((part) => part.part === 'lessons');
  const expected = lessonHours(content.lessons);
  if (!stated || stated.hours === expected) return null;
  return `learningTime (lessons) › hours: is ${stated.hours} but the lessons' minutes add up to ${expected} hour${expected === 1 ? '' : 's'} (rounded up to the half hour); move the difference to or from another part`;
}
