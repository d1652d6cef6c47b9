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
import { PriorityMatrix } from '@/components/sla/priority-matrix';
import { PriorityMatrixExplorer } from '@/components/sla/priority-matrix-explorer';
import { SlaClockExplorer } from '@/components/sla/sla-clock-explorer';
import { SlaTimeline } from '@/components/sla/sla-timeline';
import { NeedsJavaScript } from '@/components/ui/needs-javascript';
import type { MdxComponentName } from '@/lib/content/mdx-component-names';
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
 */
export function lessonMdxComponents(quizzes: readonly QuizData[]): Record<MdxComponentName | 'table', AnyComponent> {
  function QuizById({ id }: { id: string }) {
    const quiz = quizzes.find((candidate) => candidate.id === id);
    // content:check guarantees the id exists; a missing quiz must not take the whole lesson down.
    if (!quiz) return null;
    return (
      <>
        <NeedsJavaScript what="This knowledge check" />
        <Island name="quiz" props={{ quiz }}>
          <Quiz quiz={quiz} />
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
