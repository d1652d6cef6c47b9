import { MarkingError, type MarkResult, markedResult } from '@/lib/quiz/mark-types';
import { criteriaMet, nodesById } from '@/lib/quiz/scenario-graph';
import type { ScenarioChoice, ScenarioQuestion } from '@/lib/quiz/schema';

/**
 * Follows a path of choice ids from the start node, checking that each choice is offered at the
 * node reached and that the path stops exactly at an ending. Returns the choices taken.
 */
export function walkScenario(question: ScenarioQuestion, path: readonly string[]): ScenarioChoice[] {
  const nodes = nodesById(question);
  const nodeAt = (id: string) => {
    const node = nodes.get(id);
    if (node === undefined) throw new MarkingError(question.id, `its scenario names a node "${id}" that does not exist`);
    return node;
  };
  let node = nodeAt(question.start);
  const taken: ScenarioChoice[] = [];
  for (const [step, choiceId] of path.entries()) {
    if (node.ending) {
      throw new MarkingError(question.id, `the path goes on after the ending "${node.id}" (step ${step + 1}, "${choiceId}")`);
    }
    const choice = node.choices.find((candidate) => candidate.id === choiceId);
    if (choice === undefined) {
      throw new MarkingError(question.id, `step ${step + 1}: "${choiceId}" is not a choice at node "${node.id}"`);
    }
    taken.push(choice);
    node = nodeAt(choice.next);
  }
  if (!node.ending) throw new MarkingError(question.id, `the path stops at "${node.id}", which is not an ending`);
  return taken;
}

/** Score = criteria met / all criteria; feedback is each choice's feedback, then each criterion missed. */
export function markScenario(question: ScenarioQuestion, path: readonly string[]): MarkResult {
  const taken = walkScenario(question, path);
  const met = criteriaMet(question, taken);
  const missed = question.criteria.filter((criterion) => !met.has(criterion.id));
  return markedResult(met.size / question.criteria.length, [
    ...taken.map((choice) => choice.feedback),
    ...missed.map((criterion) => `${criterion.label}: missed`),
  ]);
}
