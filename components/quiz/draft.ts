import { followPath } from '@/components/quiz/scenario-path';
import { draftFromEntry, entryFromDraft, type TicketDraft } from '@/components/quiz/ticket-draft';
import { localDateTimeToMinutes } from '@/lib/quiz/local-date-time';
import type { PublicQuestion } from '@/lib/quiz/public-question';
import type { QuizResponse } from '@/lib/quiz/response';

/**
 * What the controls of one question hold before it is checked. Unlike a QuizResponse it may be
 * unfinished (nothing chosen yet, a number half typed). Works on the public view of a question,
 * so the summative screen can use it too.
 */
export type Draft =
  | { type: 'single'; optionId: string | null }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'truefalse'; value: boolean | null }
  | { type: 'ordering'; order: string[] }
  | { type: 'matching'; matches: Record<string, string> }
  /** As typed: the text of a number input, which is '' while it holds no valid number. */
  | { type: 'numeric'; text: string }
  | { type: 'datetime'; value: string }
  | { type: 'written'; text: string }
  | { type: 'scenario'; path: string[] }
  | TicketDraft;

export function emptyDraft(question: PublicQuestion): Draft {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: null };
    case 'multiple':
      return { type: 'multiple', optionIds: [] };
    case 'truefalse':
      return { type: 'truefalse', value: null };
    case 'ordering':
      // The order shown is the starting answer, so an ordering question is never empty.
      return { type: 'ordering', order: question.items.map((item) => item.id) };
    case 'matching':
      return { type: 'matching', matches: {} };
    case 'numeric':
      return { type: 'numeric', text: '' };
    case 'datetime':
      return { type: 'datetime', value: '' };
    case 'written':
      return { type: 'written', text: '' };
    case 'scenario':
      return { type: 'scenario', path: [] };
    case 'ticket':
      return { type: 'ticket', fields: {}, message: '' };
  }
}

/** The answer to send for marking, or null while the draft is unfinished. */
export function responseFromDraft(question: PublicQuestion, draft: Draft): QuizResponse | null {
  switch (draft.type) {
    case 'single': {
      if (question.type !== 'single' || draft.optionId === null) return null;
      const optionId = draft.optionId;
      return question.options.some((option) => option.id === optionId) ? { type: 'single', optionId } : null;
    }
    case 'multiple':
      if (question.type !== 'multiple' || draft.optionIds.length === 0) return null;
      return { type: 'multiple', optionIds: draft.optionIds };
    case 'truefalse':
      if (question.type !== 'truefalse' || draft.value === null) return null;
      return { type: 'truefalse', value: draft.value };
    case 'ordering':
      if (question.type !== 'ordering' || draft.order.length !== question.items.length) return null;
      return { type: 'ordering', order: draft.order };
    case 'matching': {
      if (question.type !== 'matching') return null;
      const matches: Record<string, string> = {};
      for (const pair of question.pairs) {
        const choiceId = Object.hasOwn(draft.matches, pair.id) ? draft.matches[pair.id] : undefined;
        if (choiceId === undefined || choiceId === '') return null;
        matches[pair.id] = choiceId;
      }
      return { type: 'matching', matches };
    }
    case 'numeric': {
      const text = draft.text.trim();
      const value = Number(text);
      if (question.type !== 'numeric' || text === '' || !Number.isFinite(value)) return null;
      return { type: 'numeric', value };
    }
    case 'datetime': {
      // Answers saved from the browser's own date-time picker may carry seconds; the answer is to the minute.
      const value = draft.value.slice(0, 16);
      if (question.type !== 'datetime' || localDateTimeToMinutes(value) === null) return null;
      return { type: 'datetime', value };
    }
    case 'written':
      if (question.type !== 'written' || draft.text.trim() === '') return null;
      return { type: 'written', text: draft.text };
    case 'scenario':
      if (question.type !== 'scenario' || !followPath(question.nodes, question.start, draft.path).complete) return null;
      return { type: 'scenario', path: draft.path };
    case 'ticket': {
      if (question.type !== 'ticket') return null;
      const { entry, complete } = entryFromDraft(question.fields, draft);
      if (!complete) return null;
      if (question.message === null) return { type: 'ticket', fields: entry };
      return draft.message.trim() === '' ? null : { type: 'ticket', fields: entry, message: draft.message };
    }
  }
}

/** The controls' state that shows a saved answer again; null when it is for another type of question. */
export function draftFromResponse(question: PublicQuestion, response: QuizResponse): Draft | null {
  if (response.type !== question.type) return null;
  switch (response.type) {
    case 'single':
      return { type: 'single', optionId: response.optionId };
    case 'multiple':
      return { type: 'multiple', optionIds: response.optionIds };
    case 'truefalse':
      return { type: 'truefalse', value: response.value };
    case 'ordering':
      return { type: 'ordering', order: response.order };
    case 'matching':
      return { type: 'matching', matches: response.matches };
    case 'numeric':
      return { type: 'numeric', text: String(response.value) };
    case 'datetime':
      return { type: 'datetime', value: response.value };
    case 'written':
      return { type: 'written', text: response.text };
    case 'scenario':
      return { type: 'scenario', path: response.path };
    case 'ticket':
      return draftFromEntry(response.fields, response.message);
  }
}

/** What to say instead of marking an unfinished answer. */
export function missingAnswerMessage(question: PublicQuestion): string {
  switch (question.type) {
    case 'matching':
      return 'Choose a match for every item before checking.';
    case 'numeric':
      return 'Enter a number before checking.';
    case 'datetime':
      return 'Enter a date and a time before checking.';
    case 'written':
      return 'Write your answer before checking.';
    case 'scenario':
      return 'Finish the conversation before checking.';
    case 'ticket':
      return question.message === null ? 'Fill in every field of the ticket before checking.' : 'Fill in every field of the ticket and write the message before checking.';
    default:
      return 'Choose an answer before checking.';
  }
}
