import { type Draft, responseFromDraft } from '@/components/quiz/draft';
import { entryFromDraft } from '@/components/quiz/ticket-draft';
import type { PublicQuestion } from '@/lib/quiz/public-question';
import type { QuizResponse } from '@/lib/quiz/response';
import { ticketGaps } from '@/lib/quiz/ticket-fields';

/**
 * What to autosave for a draft: unlike marking, work in progress is kept too (a conversation
 * part-way, some pairs matched, a text being written, a ticket half logged). A ticket field
 * emptied again is left out of what is sent, so the server forgets it too.
 */
export function savableResponse(question: PublicQuestion, draft: Draft): QuizResponse | null {
  if (draft.type === 'scenario' && question.type === 'scenario') return { type: 'scenario', path: draft.path };
  if (draft.type === 'written' && question.type === 'written') return { type: 'written', text: draft.text };
  if (draft.type === 'ticket' && question.type === 'ticket') {
    const fields = entryFromDraft(question.fields, draft).entry;
    return question.message === null ? { type: 'ticket', fields } : { type: 'ticket', fields, message: draft.message };
  }
  if (draft.type === 'matching' && question.type === 'matching') {
    const matches = Object.fromEntries(Object.entries(draft.matches).filter(([, choice]) => choice !== ''));
    return Object.keys(matches).length > 0 ? { type: 'matching', matches } : null;
  }
  return responseFromDraft(question, draft);
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Null when the answer can be submitted; otherwise what is missing, in the learner's words. */
export function missingPart(question: PublicQuestion, draft: Draft, saved: boolean): string | null {
  const response = savableResponse(question, draft);
  if (!saved || response === null) return 'not answered yet';
  if (response.type === 'written' && question.type === 'written') {
    const words = wordCount(response.text);
    if (words === 0) return 'not answered yet';
    if (words < question.minWords) return `${words} words written; at least ${question.minWords} needed`;
    if (question.maxWords !== null && words > question.maxWords) return `${words} words written; at most ${question.maxWords} allowed`;
  }
  if (response.type === 'matching' && question.type === 'matching' && Object.keys(response.matches).length < question.pairs.length) return 'some items are not matched yet';
  if (response.type === 'scenario' && responseFromDraft(question, draft) === null) return 'the conversation has not reached its end';
  if (response.type === 'ticket' && question.type === 'ticket') return ticketGaps(question, response.fields, response.message);
  return null;
}
