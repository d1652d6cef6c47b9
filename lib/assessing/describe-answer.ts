import { markTicketFields } from '@/lib/quiz/mark-ticket';
import type { QuizResponse } from '@/lib/quiz/response';
import type { Question } from '@/lib/quiz/schema';

function optionText(options: readonly { id: string; text: string }[], id: string): string {
  return options.find((option) => option.id === id)?.text ?? `(unknown option ${id})`;
}

/** The learner's answer in words, line by line, for the assessor and moderator. */
export function describeResponse(question: Question, response: QuizResponse | null): string[] {
  if (response === null) return ['No answer'];
  if (question.type === 'single' && response.type === 'single') return [optionText(question.options, response.optionId)];
  if (question.type === 'multiple' && response.type === 'multiple') return response.optionIds.map((id) => optionText(question.options, id));
  if (question.type === 'truefalse' && response.type === 'truefalse') return [response.value ? 'True' : 'False'];
  if (question.type === 'ordering' && response.type === 'ordering') return response.order.map((id, index) => `${index + 1}. ${optionText(question.items, id)}`);
  if (question.type === 'matching' && response.type === 'matching') {
    return question.pairs.map((pair) => `${pair.text} → ${response.matches[pair.id] ? optionText(question.choices, response.matches[pair.id] ?? '') : '(not matched)'}`);
  }
  if (question.type === 'numeric' && response.type === 'numeric') return [`${response.value}${question.unit ? ` ${question.unit}` : ''}`];
  if (question.type === 'datetime' && response.type === 'datetime') return [response.value.replace('T', ' ')];
  if (question.type === 'written' && response.type === 'written') return [response.text];
  if (question.type === 'scenario' && response.type === 'scenario') {
    const choices = question.nodes.flatMap((node) => node.choices);
    return response.path.map((id, index) => `${index + 1}. ${choices.find((choice) => choice.id === id)?.text ?? id}`);
  }
  if (question.type === 'ticket' && response.type === 'ticket') {
    const fields = markTicketFields(question, response.fields).map((mark) => `${mark.label}: ${mark.given ?? '(empty)'}`);
    return question.message === undefined ? fields : [...fields, `Message to the customer: ${response.message?.trim() || '(not written)'}`];
  }
  return ['The answer does not fit this question'];
}

/** What the key expects, in words; for written answers the marking guide. */
export function describeKey(question: Question): string[] {
  switch (question.type) {
    case 'single':
      return [optionText(question.options, question.answer)];
    case 'multiple':
      return question.answers.map((id) => optionText(question.options, id));
    case 'truefalse':
      return [question.answer ? 'True' : 'False'];
    case 'ordering':
      return question.items.map((item, index) => `${index + 1}. ${item.text}`);
    case 'matching':
      return question.pairs.map((pair) => `${pair.text} → ${optionText(question.choices, pair.match)}`);
    case 'numeric':
      return [`${question.answer}${question.unit ? ` ${question.unit}` : ''}${question.tolerance ? ` (± ${question.tolerance})` : ''}`];
    case 'datetime':
      return [`${question.answer.replace('T', ' ')}${question.toleranceMinutes ? ` (± ${question.toleranceMinutes} min)` : ''}`];
    case 'written':
      return question.markingGuide;
    case 'scenario':
      return question.criteria.map((criterion) => criterion.label);
    case 'ticket': {
      const fields = markTicketFields(question, {}).map((mark) => {
        const facts = (mark.facts ?? []).map((fact) => `${fact.fact} (${fact.anyOf.map((phrase) => `"${phrase}"`).join(' or ')})`);
        return `${mark.label}: ${mark.expected}${facts.length > 0 ? ` (must mention ${facts.join('; ')})` : ''}`;
      });
      return [...fields, ...(question.message?.markingGuide.map((point) => `Message: ${point}`) ?? [])];
    }
  }
}
