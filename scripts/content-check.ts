import path from 'node:path';
import { checkContent, formatProblems } from '@/lib/content/check-content';

// Validates and compiles every content file; a non-zero exit stops the build.
const root = path.resolve(process.argv[2] ?? 'content');
const started = performance.now();
const { content, problems } = await checkContent(root);
if (problems.length > 0 || !content) {
  console.error(`Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`);
  process.exit(1);
}
const questions = content.lessons.reduce((n, l) => n + l.quizzes.reduce((m, q) => m + q.questions.length, 0), 0);
console.log(
  `Content check passed: ${content.course.modules.length} modules, ${content.lessons.length} lessons, ${questions} knowledge-check questions, ${content.glossary.length} glossary terms (${Math.round(performance.now() - started)} ms).`,
);
