import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import { LessonFrontmatterSchema, type LessonFrontmatter } from '@/lib/content/schema';
import { formatZodPath } from '@/lib/content/parse-yaml';
import { createLessonAstPlugin, emptyLessonAstReport, type LessonAstReport } from '@/lib/content/lesson-ast';

export type CompiledLesson = {
  code: string;
  frontmatter: LessonFrontmatter;
  report: LessonAstReport;
};

export type CompileResult = { ok: true; lesson: CompiledLesson } | { ok: false; problems: string[] };

/** Compiles one lesson's MDX and validates its frontmatter; problems say which field and why. */
export async function compileLesson(source: string, cwd: string): Promise<CompileResult> {
  const report = emptyLessonAstReport();
  let result: Awaited<ReturnType<typeof bundleMDX>>;
  try {
    result = await bundleMDX({
      source,
      cwd,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, createLessonAstPlugin(report)];
        return options;
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`MDX does not compile: ${message.split('\n').slice(0, 4).join(' ')}`] };
  }
  const frontmatter = LessonFrontmatterSchema.safeParse(result.frontmatter);
  if (!frontmatter.success) {
    return {
      ok: false,
      problems: frontmatter.error.issues.map((issue) => `frontmatter.${formatZodPath(issue.path) || '(root)'}: ${issue.message}`),
    };
  }
  return { ok: true, lesson: { code: result.code, frontmatter: frontmatter.data, report } };
}
