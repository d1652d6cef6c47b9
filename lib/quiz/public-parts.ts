import { askedFields } from '@/lib/quiz/mark-ticket';
import type { PublicQuestion } from '@/lib/quiz/public-question';
import type { Question, QuestionTable } from '@/lib/quiz/schema';

/*
 * The pieces of a question a learner may see, without the schemas that check them: the lesson's
 * knowledge checks run these in the browser, where the schema library would only add weight.
 */

/** The question's id, prompt and tables of figures (never a key): what every public shape starts with. */
export function publicBaseOf(question: Question): { id: string; prompt: string; tables?: QuestionTable[] } {
  const base = { id: question.id, prompt: question.prompt };
  if (!question.tables) return base;
  return { ...base, tables: question.tables.map((table) => ({ caption: table.caption, columns: [...table.columns], rows: table.rows.map((row) => [...row]) })) };
}

/** The call and the form's shape: never the log key, the explanation or the message's guide and model. */
export function publicTicket(question: Extract<Question, { type: 'ticket' }>): Extract<PublicQuestion, { type: 'ticket' }> {
  return {
    ...publicBaseOf(question),
    type: 'ticket',
    callAt: question.callAt,
    transcript: question.transcript.map((entry) => ({ speaker: entry.speaker, line: entry.line })),
    fields: askedFields(question),
    message:
      question.message === undefined
        ? null
        : { prompt: question.message.prompt, minWords: question.message.minWords, maxWords: question.message.maxWords ?? null },
  };
}
