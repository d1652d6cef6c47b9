import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { type Bank, BankSchema } from '@/lib/quiz/bank-schema';
import { formatProblem, type QuizProblem } from '@/lib/quiz/problem';
import { type QuizFile, QuizFileSchema } from '@/lib/quiz/schema';
import { validateBank, validateQuizFile } from '@/lib/quiz/validate-quiz';
import { zodProblems } from '@/lib/quiz/zod-problems';

/** A parsed file, or every problem found in it as `file › path: message` lines. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Parses a lesson's `quiz.yml`: YAML, then the schema, then the cross-reference checks. */
export function parseQuizFile(yamlText: string, fileName: string): ParseResult<QuizFile> {
  return parseWith(QuizFileSchema, validateQuizFile, yamlText, fileName);
}

/** Parses a summative item bank from `content/assessment/`. */
export function parseBank(yamlText: string, fileName: string): ParseResult<Bank> {
  return parseWith(BankSchema, validateBank, yamlText, fileName);
}

function parseWith<T>(
  schema: z.ZodType<T>,
  validate: (value: T) => QuizProblem[],
  yamlText: string,
  fileName: string,
): ParseResult<T> {
  const document = parseDocument(yamlText);
  if (document.errors.length > 0) {
    return { ok: false, problems: document.errors.map((error) => formatProblem(fileName, yamlProblem(error))) };
  }
  const raw: unknown = document.toJS();
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: zodProblems(parsed.error, raw).map((problem) => formatProblem(fileName, problem)) };
  }
  const problems = validate(parsed.data);
  if (problems.length > 0) return { ok: false, problems: problems.map((problem) => formatProblem(fileName, problem)) };
  return { ok: true, value: parsed.data };
}

function yamlProblem(error: { message: string; linePos?: readonly { line: number; col: number }[] }): QuizProblem {
  // The library appends the position and a source excerpt; keep the first line, position first.
  const firstLine = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
  const position = error.linePos?.[0];
  return {
    path: position === undefined ? '' : `line ${position.line}, column ${position.col}`,
    message: `YAML: ${firstLine}`,
  };
}
