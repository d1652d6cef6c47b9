import { DateTimeInput } from '@/components/quiz/datetime-input';
import type { Draft } from '@/components/quiz/draft';
import { MatchingInput } from '@/components/quiz/matching-input';
import { MultipleChoiceInput } from '@/components/quiz/multiple-choice-input';
import { NumericInput } from '@/components/quiz/numeric-input';
import { OrderingInput } from '@/components/quiz/ordering-input';
import { ScenarioRunner } from '@/components/quiz/scenario-runner';
import { SingleChoiceInput } from '@/components/quiz/single-choice-input';
import { TicketInput } from '@/components/quiz/ticket-input';
import { TrueFalseInput } from '@/components/quiz/true-false-input';
import { WrittenInput } from '@/components/quiz/written-input';
import type { PublicQuestion } from '@/lib/quiz/public-question';

export type QuestionInputProps = {
  /** The public view of the question: what to draw, never the key. */
  question: PublicQuestion;
  draft: Draft;
  onChange: (draft: Draft) => void;
  disabled: boolean;
  errorId?: string;
};

/** The controls for one question of any type. A draft of another type is read as empty. */
export function QuestionInput({ question, draft, onChange, disabled, errorId }: QuestionInputProps) {
  const common = { disabled, errorId };
  switch (question.type) {
    case 'single':
      return (
        <SingleChoiceInput
          {...common}
          options={question.options}
          value={draft.type === 'single' ? draft.optionId : null}
          onChange={(optionId) => onChange({ type: 'single', optionId })}
        />
      );
    case 'multiple':
      return (
        <MultipleChoiceInput
          {...common}
          options={question.options}
          value={draft.type === 'multiple' ? draft.optionIds : []}
          onChange={(optionIds) => onChange({ type: 'multiple', optionIds })}
        />
      );
    case 'truefalse':
      return (
        <TrueFalseInput
          {...common}
          value={draft.type === 'truefalse' ? draft.value : null}
          onChange={(value) => onChange({ type: 'truefalse', value })}
        />
      );
    case 'ordering':
      return (
        <OrderingInput
          {...common}
          items={question.items}
          value={draft.type === 'ordering' ? draft.order : question.items.map((item) => item.id)}
          onChange={(order) => onChange({ type: 'ordering', order })}
        />
      );
    case 'matching':
      return (
        <MatchingInput
          {...common}
          pairs={question.pairs}
          choices={question.choices}
          value={draft.type === 'matching' ? draft.matches : {}}
          onChange={(matches) => onChange({ type: 'matching', matches })}
        />
      );
    case 'numeric':
      return (
        <NumericInput
          {...common}
          unit={question.unit}
          value={draft.type === 'numeric' ? draft.text : ''}
          onChange={(text) => onChange({ type: 'numeric', text })}
        />
      );
    case 'datetime':
      return (
        <DateTimeInput
          {...common}
          value={draft.type === 'datetime' ? draft.value : ''}
          onChange={(value) => onChange({ type: 'datetime', value })}
        />
      );
    case 'written':
      return (
        <WrittenInput
          {...common}
          minWords={question.minWords}
          maxWords={question.maxWords}
          value={draft.type === 'written' ? draft.text : ''}
          onChange={(text) => onChange({ type: 'written', text })}
        />
      );
    case 'scenario':
      return (
        <ScenarioRunner
          {...common}
          start={question.start}
          nodes={question.nodes}
          value={draft.type === 'scenario' ? draft.path : []}
          onChange={(path) => onChange({ type: 'scenario', path })}
        />
      );
    case 'ticket':
      return (
        <TicketInput
          {...common}
          question={question}
          value={draft.type === 'ticket' ? draft : { type: 'ticket', fields: {}, message: '' }}
          onChange={onChange}
        />
      );
  }
}
