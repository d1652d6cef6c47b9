import { markItem } from '@/lib/quiz/mark';
import { MarkingError } from '@/lib/quiz/mark-types';
import { publicTicket } from '@/lib/quiz/public-question';
import { ResponseSchema, type QuizResponse } from '@/lib/quiz/response';
import type { Question, ScenarioQuestion } from '@/lib/quiz/schema';
import { ticketGaps } from '@/lib/quiz/ticket-fields';

export type DraftCheck = { ok: true; response: QuizResponse } | { ok: false; message: string };

function scenarioPrefixProblem(question: ScenarioQuestion, path: readonly string[]): string | null {
  const nodes = new Map(question.nodes.map((node) => [node.id, node]));
  let node = nodes.get(question.start);
  for (const [step, choiceId] of path.entries()) {
    if (!node || node.ending) return `step ${step + 1} comes after the conversation ended`;
    const choice = node.choices.find((candidate) => candidate.id === choiceId);
    if (!choice) return `step ${step + 1}: "${choiceId}" is not a choice at that point`;
    node = nodes.get(choice.next);
  }
  return null;
}

/**
 * Whether a response may be saved as work in progress for this item: the right type and only ids
 * the item offers. Unfinished answers (a conversation part-way, some pairs unmatched) are allowed.
 */
export function checkDraftResponse(question: Question, raw: unknown): DraftCheck {
  const parsed = ResponseSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: `The answer is not in a form this question accepts (${parsed.error.issues[0]?.message ?? 'invalid'}).` };
  const response = parsed.data;
  if (response.type !== question.type) return { ok: false, message: `This question takes a ${question.type} answer, not a ${response.type} answer.` };
  if (response.type === 'scenario' && question.type === 'scenario') {
    const problem = scenarioPrefixProblem(question, response.path);
    return problem ? { ok: false, message: `The conversation path does not fit this question: ${problem}.` } : { ok: true, response };
  }
  try {
    markItem(question, response);
  } catch (error) {
    if (error instanceof MarkingError) return { ok: false, message: error.message };
    throw error;
  }
  return { ok: true, response };
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Null when the saved answer is complete enough to submit; otherwise what is missing. */
export function incompleteReason(question: Question, response: QuizResponse | null): string | null {
  if (response === null) return 'not answered';
  if (response.type === 'written' && question.type === 'written') {
    const words = wordCount(response.text);
    if (words === 0) return 'not answered';
    if (words < question.minWords) return `${words} words; at least ${question.minWords} needed`;
    if (question.maxWords !== undefined && words > question.maxWords) return `${words} words; at most ${question.maxWords} allowed`;
    return null;
  }
  if (response.type === 'matching' && question.type === 'matching') {
    const missing = question.pairs.filter((pair) => !response.matches[pair.id]).length;
    return missing > 0 ? `${missing} pair${missing === 1 ? '' : 's'} not matched` : null;
  }
  if (response.type === 'ticket' && question.type === 'ticket') {
    // The same reason the learner's screen gives, worked out from the same shape.
    const gaps = ticketGaps(publicTicket(question), response.fields, response.message);
    if (gaps !== null) return gaps;
  }
  if (response.type === 'multiple' && response.optionIds.length === 0) return 'not answered';
  try {
    markItem(question, response);
    return null;
  } catch {
    return response.type === 'scenario' ? 'the conversation has not reached its end' : 'not answered';
  }
}
