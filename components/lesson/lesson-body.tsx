import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from '@/components/mdx/mdx-components';

/** Renders compiled lesson MDX on the server through the fixed component map. */
export function LessonBody({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return (
    <div className="prose prose-slate mt-8 max-w-none prose-headings:scroll-mt-6 prose-a:text-brand-700 prose-table:text-sm">
      <Content components={mdxComponents} />
    </div>
  );
}
