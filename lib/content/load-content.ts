import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compileLesson } from '@/lib/content/compile-lesson';
import type { LessonHeading, LessonAstReport } from '@/lib/content/lesson-ast';
import { parseYamlWith } from '@/lib/content/parse-yaml';
import { CourseSchema, GlossarySchema, OutcomesSchema, type Course, type Glossary, type LessonFrontmatter, type Outcomes } from '@/lib/content/schema';
import { parseQuizFile } from '@/lib/quiz/parse-quiz-file';
import type { Quiz } from '@/lib/quiz/schema';

export type ContentProblem = { file: string; message: string };

export type LoadedLesson = {
  slug: string;
  moduleId: string;
  frontmatter: LessonFrontmatter;
  /** The MDX as written, for checks that read the prose (the cast of people and tickets). */
  source: string;
  code: string;
  headings: LessonHeading[];
  report: LessonAstReport;
  quizzes: Quiz[];
  /** True when quiz.yml exists but is invalid: references to its quizzes are not checked again. */
  quizFileBroken: boolean;
};

export type GlossaryTerm = Glossary['terms'][number];

export type CourseContent = {
  course: Course;
  outcomes: Outcomes;
  glossary: GlossaryTerm[];
  lessons: LoadedLesson[];
};

export type LoadResult = { content: CourseContent | null; problems: ContentProblem[] };

async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}

/**
 * Reads, validates and compiles everything under `root` (the content folder). Problems name the
 * file relative to the project, the field and the reason. Content is null only when course.yml or
 * outcomes.yml is unusable, so that cross-checks can still report on everything else.
 */
export async function loadContent(root: string): Promise<LoadResult> {
  const problems: ContentProblem[] = [];
  const rel = (file: string) => path.relative(path.dirname(root), file);
  const report = (file: string, messages: string[]) => {
    for (const message of messages) problems.push({ file: rel(file), message });
  };

  async function readYaml<T>(file: string, parse: (text: string) => { ok: true; value: T } | { ok: false; problems: string[] }) {
    const text = await readText(file);
    if (text === null) {
      report(file, ['file is missing']);
      return null;
    }
    const parsed = parse(text);
    if (!parsed.ok) {
      report(file, parsed.problems);
      return null;
    }
    return parsed.value;
  }

  const courseFile = path.join(root, 'course.yml');
  const outcomesFile = path.join(root, 'outcomes.yml');
  const course = await readYaml(courseFile, (t) => parseYamlWith(t, CourseSchema));
  const outcomes = await readYaml(outcomesFile, (t) => parseYamlWith(t, OutcomesSchema));

  const glossary: GlossaryTerm[] = [];
  const glossaryDir = path.join(root, 'glossary');
  for (const name of (await listDir(glossaryDir)).filter((n) => n.endsWith('.yml'))) {
    const file = path.join(glossaryDir, name);
    const parsed = await readYaml(file, (t) => parseYamlWith(t, GlossarySchema));
    for (const term of parsed?.terms ?? []) {
      if (glossary.some((known) => known.id === term.id)) report(file, [`terms: the id "${term.id}" is defined twice in the glossary`]);
      else glossary.push(term);
    }
  }

  const lessonsDir = path.join(root, 'lessons');
  const folders = (await listDir(lessonsDir)).filter((name) => !name.startsWith('.'));
  const listed = new Map<string, string>();
  for (const module of course?.modules ?? []) {
    for (const slug of module.lessons) {
      if (listed.has(slug)) report(courseFile, [`modules: the lesson "${slug}" is listed twice`]);
      listed.set(slug, module.id);
      if (!folders.includes(slug)) report(courseFile, [`modules.${module.id}: the lesson "${slug}" has no folder content/lessons/${slug}`]);
    }
  }

  const lessons: LoadedLesson[] = [];
  for (const slug of folders) {
    const dir = path.join(lessonsDir, slug);
    const mdxFile = path.join(dir, 'index.mdx');
    const moduleId = listed.get(slug);
    if (course && moduleId === undefined) {
      report(mdxFile, [`the lesson "${slug}" is missing from course.yml: add it to a module's lessons`]);
    }
    const source = await readText(mdxFile);
    if (source === null) {
      report(mdxFile, ['file is missing: every lesson folder needs an index.mdx']);
      continue;
    }
    const quizFile = path.join(dir, 'quiz.yml');
    const quizText = await readText(quizFile);
    let quizzes: Quiz[] = [];
    let quizFileBroken = false;
    if (quizText !== null) {
      // Problems come back as "file › path: message"; this loader names the file itself.
      const parsed = parseQuizFile(quizText, '');
      if (parsed.ok) quizzes = parsed.value.quizzes;
      else {
        quizFileBroken = true;
        report(quizFile, parsed.problems.map((line) => line.replace(/^( › |: )/, '')));
      }
    }
    const compiled = await compileLesson(source, dir);
    if (!compiled.ok) {
      report(mdxFile, compiled.problems);
      continue;
    }
    lessons.push({
      slug,
      moduleId: moduleId ?? '',
      frontmatter: compiled.lesson.frontmatter,
      source,
      code: compiled.lesson.code,
      headings: compiled.lesson.report.headings,
      report: compiled.lesson.report,
      quizzes,
      quizFileBroken,
    });
  }

  if (!course || !outcomes) return { content: null, problems };
  const order = [...listed.keys()];
  lessons.sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug));
  return { content: { course, outcomes, glossary, lessons }, problems };
}
