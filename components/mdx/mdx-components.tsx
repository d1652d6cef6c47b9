import type { ComponentType } from 'react';
import { EscalationPath, FollowUpCycle, SixStepFlow, TkiGrid } from '@/components/diagrams';
import { Island } from '@/components/islands/island';
import type { IslandName } from '@/components/islands/island-names';
import { Callout } from '@/components/mdx/callout';
import { Example } from '@/components/mdx/example';
import { KeyPoints } from '@/components/mdx/key-points';
import { ScrollableTable } from '@/components/mdx/scrollable-table';
import { Term } from '@/components/mdx/term';
import { Quiz } from '@/components/quiz/quiz';
import { SectionCheck } from '@/components/quiz/section-check';
import { PriorityMatrix } from '@/components/sla/priority-matrix';
import { PriorityMatrixExplorer } from '@/components/sla/priority-matrix-explorer';
import { SlaClockExplorer } from '@/components/sla/sla-clock-explorer';
import { SlaTimeline } from '@/components/sla/sla-timeline';
import { NeedsJavaScript } from '@/components/ui/needs-javascript';
import type { MdxComponentName } from '@/lib/content/mdx-component-names';
import type { QuestionPlacements } from '@/lib/content/question-placements';
import type { Quiz as QuizData } from '@/lib/quiz/schema';

// biome-ignore lint/suspicious/noExplicitAny: the MDX runtime hands components untyped props; each declares its own
type AnyComponent = ComponentType<any>;

/** An interactive part: the notice a reader without JavaScript needs, then the part as an island. */
function interactive(name: IslandName, Part: AnyComponent, what: string): AnyComponent {
  function InteractivePart(props: Record<string, unknown>) {
    return (
      <>
        <NeedsJavaScript what={what} />
        <Island name={name} props={props}>
          <Part {...props} />
        </Island>
      </>
    );
  }
  InteractivePart.displayName = `Interactive(${name})`;
  return InteractivePart;
}

/**
 * The fixed component map every lesson renders through, plus the markdown elements it restyles.
 * `<Quiz id>` names a knowledge check; ids are unique across the course (content:check enforces it).
 * `<Quiz id questions="a b">` asks some of its questions beside the section they test; the plain
 * `<Quiz id>` then asks the rest and scores them all.
 */
export function lessonMdxComponents(quizzes: readonly QuizData[], placements: QuestionPlacements = new Map()): Record<MdxComponentName | 'table', AnyComponent> {
  function QuizById({ id, questions }: { id: string; questions?: string }) {
    const quiz = quizzes.find((candidate) => candidate.id === id);
    // content:check guarantees the id exists; a missing quiz must not take the whole lesson down.
    if (!quiz) return null;
    if (questions !== undefined) {
      const wanted = new Set(questions.split(/\s+/));
      const sectionQuiz = { ...quiz, questions: quiz.questions.filter((question) => wanted.has(question.id)) };
      return (
        <>
          <NeedsJavaScript what="This check" />
          <Island name="section-check" props={{ quiz: sectionQuiz }}>
            <SectionCheck quiz={sectionQuiz} />
          </Island>
        </>
      );
    }
    const placed = placements.get(id) ?? new Set<string>();
    const rest = { ...quiz, questions: quiz.questions.filter((question) => !placed.has(question.id)) };
    const elsewhere = quiz.questions.filter((question) => placed.has(question.id)).map(({ id: questionId, type }) => ({ id: questionId, type }));
    return (
      <>
        <NeedsJavaScript what="This knowledge check" />
        <Island name="quiz" props={{ quiz: rest, elsewhere }}>
          <Quiz quiz={rest} elsewhere={elsewhere} />
        </Island>
      </>
    );
  }
  return {
    table: ScrollableTable,
    Callout,
    Example,
    KeyPoints,
    Term,
    Quiz: QuizById,
    PriorityMatrix,
    PriorityMatrixExplorer: interactive('priority-matrix-explorer', PriorityMatrixExplorer, 'This priority explorer'),
    SlaClockExplorer: interactive('sla-clock-explorer', SlaClockExplorer, 'This SLA clock explorer'),
    SlaTimeline,
    TkiGrid,
    EscalationPath,
    SixStepFlow,
    FollowUpCycle,
  };
}
