import type { ComponentType } from 'react';
import { EscalationPath, FollowUpCycle, SixStepFlow, TkiGrid } from '@/components/diagrams';
import { Callout } from '@/components/mdx/callout';
import { Example } from '@/components/mdx/example';
import { KeyPoints } from '@/components/mdx/key-points';
import { QuizById } from '@/components/mdx/quiz-by-id';
import { ScrollableTable } from '@/components/mdx/scrollable-table';
import { NeedsJavaScript } from '@/components/ui/needs-javascript';
import { Term } from '@/components/mdx/term';
import { PriorityMatrix } from '@/components/sla/priority-matrix';
import { SlaTimeline } from '@/components/sla/sla-timeline';
import { PriorityMatrixExplorerLazy, SlaClockExplorerLazy } from '@/components/sla/lazy-explorers';
import type { MdxComponentName } from '@/lib/content/mdx-component-names';

// biome-ignore lint/suspicious/noExplicitAny: the MDX runtime hands components untyped props; each declares its own
type AnyComponent = ComponentType<any>;

/** An interactive part with the notice a reader without JavaScript needs before it. */
function withNoScriptNotice(Interactive: AnyComponent, what: string): AnyComponent {
  function WithNotice(props: Record<string, unknown>) {
    return (
      <>
        <NeedsJavaScript what={what} />
        <Interactive {...props} />
      </>
    );
  }
  WithNotice.displayName = `WithNoScriptNotice(${what})`;
  return WithNotice;
}

/** The fixed component map every lesson renders through, plus the markdown elements it restyles. */
export const mdxComponents: Record<MdxComponentName | 'table', AnyComponent> = {
  table: ScrollableTable,
  Callout,
  Example,
  KeyPoints,
  Term,
  Quiz: QuizById,
  PriorityMatrix,
  PriorityMatrixExplorer: withNoScriptNotice(PriorityMatrixExplorerLazy, 'This priority explorer'),
  SlaClockExplorer: withNoScriptNotice(SlaClockExplorerLazy, 'This SLA clock explorer'),
  SlaTimeline,
  TkiGrid,
  EscalationPath,
  SixStepFlow,
  FollowUpCycle,
};
