import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { bestScenarioPath as bestPath } from '@/lib/assessment/testing/model-answers';
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

/** A path through a scenario that meets every criterion and misses none, with each choice's text. */
export function bestScenarioPath(question: ScenarioQuestion): { id: string; text: string }[] {
  const choices = question.nodes.flatMap((node) => node.choices);
  return bestPath(question).map((id) => ({ id, text: choices.find((choice) => choice.id === id)?.text ?? id }));
}
