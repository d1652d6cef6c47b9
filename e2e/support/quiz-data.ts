import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { QuizFileSchema, type Question, type ScenarioQuestion } from '@/lib/quiz/schema';

/** The lesson's own knowledge check, read from content so the journeys answer what learners see. */
export function lessonQuestions(slug: string): Question[] {
  const file = path.resolve('content/lessons', slug, 'quiz.yml');
  return QuizFileSchema.parse(parse(readFileSync(file, 'utf8'))).quizzes.flatMap((quiz) => quiz.questions);
}

export function questionOfType<T extends Question['type']>(slug: string, type: T): Extract<Question, { type: T }> {
  const found = lessonQuestions(slug).find((question): question is Extract<Question, { type: T }> => question.type === type);
  if (!found) throw new Error(`Lesson ${slug} has no ${type} question`);
  return found;
}

/** The form holding one question, found by its prompt. */
export function questionForm(page: Page, question: Question): Locator {
  return page.locator('form').filter({ has: page.getByText(question.prompt, { exact: true }) });
}

/** A path through a scenario that meets every criterion and misses none. */
export function bestScenarioPath(question: ScenarioQuestion): { id: string; text: string }[] {
  const nodes = new Map(question.nodes.map((node) => [node.id, node]));
  const all = new Set(question.criteria.map((criterion) => criterion.id));
  function walk(nodeId: string, met: Set<string>, missed: boolean): { id: string; text: string }[] | null {
    const node = nodes.get(nodeId);
    if (!node) return null;
    if (node.ending) return !missed && [...all].every((id) => met.has(id)) ? [] : null;
    for (const choice of node.choices) {
      const rest = walk(choice.next, new Set([...met, ...choice.meets]), missed || choice.misses.length > 0);
      if (rest) return [{ id: choice.id, text: choice.text }, ...rest];
    }
    return null;
  }
  const path = walk(question.start, new Set(), false);
  if (!path) throw new Error(`Scenario ${question.id} has no path that meets every criterion`);
  return path;
}
