import type { ComponentType } from 'react';
import { FollowUpCycle, EscalationPath, SixStepFlow, TkiGrid } from '@/components/diagrams';
import { Callout } from '@/components/mdx/callout';
import { Example } from '@/components/mdx/example';
import { ScrollableTable } from '@/components/mdx/scrollable-table';
import { KeyPoints } from '@/components/mdx/key-points';
import { Term } from '@/components/mdx/term';
import { Quiz } from '@/components/quiz/quiz';
import { PriorityMatrix, PriorityMatrixExplorer, SlaClockExplorer, SlaTimeline } from '@/components/sla';
import type { MdxComponentName } from '@/lib/content/mdx-component-names';
import type { Quiz as QuizData } from '@/lib/quiz/schema';

// MDX passes any props; each component declares its own.
// biome-ignore lint/suspicious/noExplicitAny: the MDX runtime hands components untyped props
type AnyComponent = ComponentType<any>;

/** The fixed component map for one lesson; `<Quiz id>` resolves against that lesson's quiz.yml. */
export function createMdxComponents(quizzes: readonly QuizData[]): Record<MdxComponentName | 'table', AnyComponent> {
  function LessonQuiz({ id }: { id: string }) {
    const quiz = quizzes.find((candidate) => candidate.id === id);
    // content:check guarantees the id exists; a missing quiz must not take the whole lesson down.
    return quiz ? <Quiz quiz={quiz} /> : null;
  }
  return {
    table: ScrollableTable,
    Callout,
    Example,
    KeyPoints,
    Term,
    Quiz: LessonQuiz,
    PriorityMatrix,
    PriorityMatrixExplorer,
    SlaClockExplorer,
    SlaTimeline,
    TkiGrid,
    EscalationPath,
    SixStepFlow,
    FollowUpCycle,
  };
}
