import type { ScenarioChoice, ScenarioNode, ScenarioQuestion } from '@/lib/quiz/schema';

/** Scenario rules shared by the marker and the content check, so both judge a path the same way. */

/**
 * A criterion is met on a path when some choice on it `meets` the criterion and no choice on it
 * `misses` it: recovering from a skipped step later in the call does not undo the skip.
 */
export function criteriaMet(question: ScenarioQuestion, choices: readonly ScenarioChoice[]): Set<string> {
  const met = new Set<string>();
  for (const criterion of question.criteria) {
    const shown = choices.some((choice) => choice.meets.includes(criterion.id));
    const missed = choices.some((choice) => choice.misses.includes(criterion.id));
    if (shown && !missed) met.add(criterion.id);
  }
  return met;
}

/** Nodes by id; the first wins where ids repeat (the content check reports the repeat). */
export function nodesById(question: ScenarioQuestion): Map<string, ScenarioNode> {
  const nodes = new Map<string, ScenarioNode>();
  for (const node of question.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  return nodes;
}

/**
 * Every complete path (the choices taken from start to an ending), or null when there are more
 * than `limit`. Call it only on a graph already known to be acyclic with every `next` known.
 */
export function completePaths(question: ScenarioQuestion, limit: number): ScenarioChoice[][] | null {
  const nodes = nodesById(question);
  const paths: ScenarioChoice[][] = [];
  function walk(nodeId: string, taken: ScenarioChoice[]): boolean {
    const node = nodes.get(nodeId);
    if (node === undefined) return true;
    if (node.ending) {
      paths.push(taken);
      return paths.length <= limit;
    }
    for (const choice of node.choices) {
      if (!walk(choice.next, [...taken, choice])) return false;
    }
    return true;
  }
  return walk(question.start, []) ? paths : null;
}
