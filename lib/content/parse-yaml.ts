import { parse } from 'yaml';
import type { z } from 'zod';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export function formatZodPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
}

/** Parses YAML text and validates it; each problem names the field path and the reason. */
export function parseYamlWith<S extends z.ZodType>(text: string, schema: S): Parsed<z.infer<S>> {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    return { ok: false, problems: [`not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`] };
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => `${formatZodPath(issue.path) || '(file)'}: ${issue.message}`),
    };
  }
  return { ok: true, value: result.data };
}
