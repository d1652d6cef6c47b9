/**
 * Following a scenario path for display. Unlike the marker, it never throws: a path that is
 * unfinished, or leaves the graph, stops at the last node it can reach.
 */

type ChoiceLike = { id: string; next: string };
type NodeLike = { id: string; ending: boolean; choices: readonly ChoiceLike[] };

export type ScenarioStep<N extends NodeLike> = { node: N; choice: N['choices'][number] };

export type ScenarioWalk<N extends NodeLike> = {
  /** Each node passed and the choice taken there. */
  steps: ScenarioStep<N>[];
  /** The node reached, or null when a choice leads to a node that does not exist. */
  current: N | null;
  /** True when the whole path was followed and it stops at an ending. */
  complete: boolean;
};

export function followPath<N extends NodeLike>(nodes: readonly N[], start: string, path: readonly string[]): ScenarioWalk<N> {
  // The first node wins where ids repeat, as in the marker.
  const byId = new Map<string, N>();
  for (const node of nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const steps: ScenarioStep<N>[] = [];
  let current = byId.get(start) ?? null;
  for (const choiceId of path) {
    if (current === null || current.ending) return { steps, current, complete: false };
    const choice = current.choices.find((candidate) => candidate.id === choiceId);
    if (choice === undefined) return { steps, current, complete: false };
    steps.push({ node: current, choice });
    current = byId.get(choice.next) ?? null;
  }
  return { steps, current, complete: current?.ending === true };
}
