import { shuffleOptions } from '@/lib/quiz/draw';
import { publicBaseOf, publicTicket } from '@/lib/quiz/public-parts';
import type { PublicQuestion } from '@/lib/quiz/public-question';
import type { Question } from '@/lib/quiz/schema';

/**
 * What the controls of a practice question draw: the same shape the summative screen receives,
 * so both use the same controls. Options and scenario choices keep the author's order (authors
 * may write "all of the above" last); ordering items and matching choices are shuffled with the
 * question id as the seed, so the server and the browser render the same order.
 */
export function formativeView(question: Question): PublicQuestion {
  const base = publicBaseOf(question);
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: question.type, options: question.options.map(publicOption) };
    case 'truefalse':
    case 'datetime':
      return { ...base, type: question.type };
    case 'ordering':
      // shuffleOptions never leaves the items in the right order.
      return { ...base, type: 'ordering', items: shuffleOptions(question, question.id).items.map(publicOption) };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        pairs: question.pairs.map(publicOption),
        choices: shuffleOptions(question, question.id).choices.map(publicOption),
      };
    case 'numeric':
      return { ...base, type: 'numeric', unit: question.unit ?? null };
    case 'written':
      return { ...base, type: 'written', minWords: question.minWords, maxWords: question.maxWords ?? null };
    case 'scenario':
      return {
        ...base,
        type: 'scenario',
        start: question.start,
        nodes: question.nodes.map((node) => ({
          id: node.id,
          text: node.text,
          ending: node.ending,
          choices: node.choices.map((choice) => ({ id: choice.id, text: choice.text, next: choice.next })),
        })),
      };
    case 'ticket':
      return publicTicket(question);
  }
}

function publicOption(option: { id: string; text: string }) {
  return { id: option.id, text: option.text };
}
