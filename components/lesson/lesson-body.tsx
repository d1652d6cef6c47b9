import { getMDXComponent } from 'mdx-bundler/client';
import { createMdxComponents } from '@/components/mdx/mdx-components';
import type { Quiz } from '@/lib/quiz/schema';

/** Renders compiled lesson MDX on the server through the fixed component map. */
export function LessonBody({ code, quizzes }: { code: string; quizzes: readonly Quiz[] }) {
  const Content = getMDXComponent(code);
  return (
    <div className="prose prose-slate mt-8 max-w-none prose-headings:scroll-mt-6 prose-a:text-brand-700 prose-table:text-sm">
      <Content components={createMdxComponents(quizzes)} />
    </div>
  );
}
