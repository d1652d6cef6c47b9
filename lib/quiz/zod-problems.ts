import type { z } from 'zod';
import { describePath, type QuizProblem, valueAt } from '@/lib/quiz/problem';

/**
 * Zod issues rewritten for a content author: the path names quizzes, questions and options by
 * id, and zod's generic wording ("Invalid input: expected string, received undefined") becomes
 * "is required". Messages the schema wrote itself pass through unchanged.
 */
export function zodProblems(error: z.ZodError, root: unknown): QuizProblem[] {
  return error.issues.map((issue) => ({ path: describePath(root, issue.path), message: messageFor(issue, root) }));
}

function messageFor(issue: z.core.$ZodIssue, root: unknown): string {
  const value = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (!isGeneric(issue.message)) return issue.message;
      if (value === undefined) return `is required (${article(issue.expected)})`;
      return `must be ${article(issue.expected)}, not ${describeValue(value)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_union':
      return unionMessage(issue, value);
    case 'invalid_value':
      return `must be ${issue.values.map((allowed) => JSON.stringify(allowed)).join(' or ')}`;
    case 'too_small':
      if (!isGeneric(issue.message)) return issue.message;
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'too_big':
      if (!isGeneric(issue.message)) return issue.message;
      if (issue.origin === 'array') return `has more than ${String(issue.maximum)} items`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

/** An unknown `type:` names the types there are; other union failures keep zod's wording. */
function unionMessage(issue: z.core.$ZodIssueInvalidUnion, value: unknown): string {
  // Zod sets `options` on a discriminated union's issue without declaring it in the issue type.
  const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : null;
  if (options === null) return issue.message;
  const allowed = options.join(', ');
  return value === undefined ? `is required: one of ${allowed}` : `"${String(value)}" is not one of ${allowed}`;
}

/** Zod's own wording starts like this; a message a schema author wrote does not. */
function isGeneric(message: string): boolean {
  return /^(Too small|Too big|Invalid input)/.test(message);
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping of fields',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (typeof value === 'object') return 'a mapping of fields';
  return typeof value;
}
