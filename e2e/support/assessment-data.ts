import { readFileSync } from 'node:fs';
import path from 'node:path';
import { modelResponse } from '@/lib/assessment/testing/model-answers';
import { parseBank } from '@/lib/quiz/parse-quiz-file';
import type { QuizResponse } from '@/lib/quiz/response';
import type { Question } from '@/lib/quiz/schema';
import { readingOrder } from '../../scripts/lib/reading-order.mjs';

/** The bank item behind an item key, read from content: the journeys answer as a prepared learner would. */
export function bankItem(itemKey: string): Question {
  const [bankId = '', itemId = ''] = itemKey.split('/');
  const parsed = parseBank(readFileSync(path.resolve('content/assessment', `${bankId}.yml`), 'utf8'), bankId);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const item = parsed.value.items.find((candidate) => candidate.id === itemId);
  if (!item) throw new Error(`No item ${itemKey}`);
  return item;
}

export function modelAnswerFor(itemKey: string): QuizResponse {
  return modelResponse(bankItem(itemKey));
}

/** Every lesson in the course complete, including lessons added later. */
export function completedLessons() {
  const done = { openedAt: '2026-03-02T08:00:00.000Z', completedAt: '2026-03-02T09:00:00.000Z' };
  return { lessons: Object.fromEntries(readingOrder().map((slug) => [slug, done])), answers: {} };
}

/** A minimal, valid one-page PDF. */
export function tinyPdf(): Buffer {
  const body = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
  return Buffer.from(body, 'latin1');
}
