/**
 * A remark plugin that records what a lesson's MDX uses (JSX components and their ids, imports,
 * headings) while mdx-bundler compiles it, and gives `##`/`###` headings stable ids for the table
 * of contents. The checker turns what it records into messages that name the line.
 */

export type LessonHeading = { depth: 2 | 3; id: string; text: string };
export type JsxUse = {
  name: string;
  line: number | null;
  id: string | null;
  /** A `questions="a b"` attribute: the ids of the quiz's questions placed at this point, or null without one. */
  questions: string[] | null;
};

export type LessonAstReport = {
  headings: LessonHeading[];
  jsx: JsxUse[];
  esmLines: number[];
  expressionLines: number[];
};

type AstNode = {
  type: string;
  depth?: number;
  name?: string | null;
  value?: string;
  attributes?: unknown[];
  children?: AstNode[];
  position?: { start?: { line?: number } };
  data?: Record<string, unknown>;
};

const FORBIDDEN_NODE_TYPES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

function isAstNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'type') === 'string';
}

function textOf(node: AstNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

export function slugifyHeading(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}

function stringAttribute(node: AstNode, name: string): string | null {
  for (const attribute of node.attributes ?? []) {
    if (!isAstNode(attribute) || attribute.type !== 'mdxJsxAttribute' || attribute.name !== name) continue;
    return typeof attribute.value === 'string' ? attribute.value : null;
  }
  return null;
}

function questionIds(node: AstNode): string[] | null {
  const value = stringAttribute(node, 'questions');
  return value === null ? null : value.split(/\s+/).filter(Boolean);
}

export function createLessonAstPlugin(report: LessonAstReport) {
  return function lessonAstPlugin() {
    return function transform(tree: unknown) {
      const usedIds = new Set<string>();
      const walk = (value: unknown) => {
        if (!isAstNode(value)) return;
        const line = value.position?.start?.line ?? null;
        if (value.type === 'heading' && (value.depth === 2 || value.depth === 3)) {
          const text = textOf(value).trim();
          let id = slugifyHeading(text);
          for (let n = 2; usedIds.has(id); n += 1) id = `${slugifyHeading(text)}-${n}`;
          usedIds.add(id);
          value.data = { ...value.data, hProperties: { id } };
          report.headings.push({ depth: value.depth, id, text });
        }
        if (value.type === 'mdxJsxFlowElement' || value.type === 'mdxJsxTextElement') {
          report.jsx.push({ name: value.name ?? '<>', line, id: stringAttribute(value, 'id'), questions: questionIds(value) });
        }
        if (value.type === 'mdxjsEsm' && line !== null) report.esmLines.push(line);
        if ((value.type === 'mdxFlowExpression' || value.type === 'mdxTextExpression') && line !== null) {
          report.expressionLines.push(line);
        }
        for (const child of value.children ?? []) walk(child);
        // Imports and expressions are reported as errors; removing them keeps the compiler from
        // failing first on an unresolvable import with a less helpful message.
        if (value.children) value.children = value.children.filter((child) => !FORBIDDEN_NODE_TYPES.has(child.type));
      };
      walk(tree);
    };
  };
}

export function emptyLessonAstReport(): LessonAstReport {
  return { headings: [], jsx: [], esmLines: [], expressionLines: [] };
}
