import { pathTo, type QuizProblem } from '@/lib/quiz/problem';
import { completePaths, criteriaMet, nodesById } from '@/lib/quiz/scenario-graph';
import type { ScenarioQuestion } from '@/lib/quiz/schema';
import { duplicateIdProblems } from '@/lib/quiz/validate-ids';

/** Beyond this many routes a scenario cannot be reviewed by a person, nor checked quickly. */
export const MAX_SCENARIO_PATHS = 5_000;

/**
 * The graph checks zod cannot make: every reference resolves, every node is reachable, every
 * path from start ends at an ending without looping, and every criterion can be met.
 */
export function validateScenario(question: ScenarioQuestion, path: string): QuizProblem[] {
  const problems = referenceProblems(question, path);
  const nodes = nodesById(question);
  const dangling = !nodes.has(question.start) || question.nodes.some((node) => node.choices.some((choice) => !nodes.has(choice.next)));
  // Reachability and paths mean nothing while a reference points nowhere.
  if (dangling) return problems;

  const nodePath = (index: number) => pathTo(path, 'nodes', { index, id: question.nodes[index]?.id });
  const reachable = reachableFrom(question);
  question.nodes.forEach((node, index) => {
    if (!reachable.has(node.id)) problems.push({ path: nodePath(index), message: `node "${node.id}" cannot be reached from start "${question.start}"` });
  });

  const cycles = cycleProblems(question, path);
  if (cycles.length > 0 || problems.length > 0) return [...problems, ...cycles];

  const paths = completePaths(question, MAX_SCENARIO_PATHS);
  if (paths === null) {
    return [{ path, message: `has more than ${MAX_SCENARIO_PATHS} paths from start to an ending; split it into smaller scenarios` }];
  }
  const metOnPaths = paths.map((choices) => criteriaMet(question, choices));
  question.criteria.forEach((criterion, index) => {
    if (!metOnPaths.some((met) => met.has(criterion.id))) {
      problems.push({
        path: pathTo(path, 'criteria', { index, id: criterion.id }),
        message: `no path meets "${criterion.label}": some choice must meet it on a path where no choice misses it`,
      });
    }
  });
  if (problems.length === 0 && !metOnPaths.some((met) => met.size === question.criteria.length)) {
    problems.push({ path, message: 'no single path meets every criterion, so no learner could earn full marks' });
  }
  return problems;
}

function referenceProblems(question: ScenarioQuestion, path: string): QuizProblem[] {
  const problems: QuizProblem[] = [
    ...duplicateIdProblems(question.criteria, path, 'criteria', 'criterion'),
    ...duplicateIdProblems(question.nodes, path, 'nodes', 'node'),
  ];
  const nodes = nodesById(question);
  const criterionIds = new Set(question.criteria.map((criterion) => criterion.id));
  if (!nodes.has(question.start)) problems.push({ path: pathTo(path, 'start'), message: `"${question.start}" names no node` });

  // Choice ids are unique across the whole scenario, so a recorded path names each decision plainly.
  const seenChoices = new Map<string, string>();
  question.nodes.forEach((node, nodeIndex) => {
    const nodePath = pathTo(path, 'nodes', { index: nodeIndex, id: node.id });
    if (!node.ending && node.choices.length === 0) {
      problems.push({ path: nodePath, message: 'is not an ending but offers no choices: add choices or set ending: true' });
    }
    if (node.ending && node.choices.length > 0) {
      problems.push({ path: nodePath, message: 'is an ending but offers choices: remove them or set ending: false' });
    }
    node.choices.forEach((choice, choiceIndex) => {
      const choicePath = pathTo(nodePath, 'choices', { index: choiceIndex, id: choice.id });
      const earlier = seenChoices.get(choice.id);
      if (earlier === undefined) seenChoices.set(choice.id, node.id);
      else {
        problems.push({
          path: pathTo(choicePath, 'id'),
          message: `choice id "${choice.id}" is already used in node "${earlier}"; choice ids must be unique within a scenario`,
        });
      }
      if (!nodes.has(choice.next)) problems.push({ path: pathTo(choicePath, 'next'), message: `"${choice.next}" names no node` });
      for (const field of ['meets', 'misses'] as const) {
        for (const id of choice[field]) {
          if (!criterionIds.has(id)) problems.push({ path: pathTo(choicePath, field), message: `"${id}" names no criterion` });
        }
      }
      for (const id of choice.meets) {
        if (choice.misses.includes(id)) problems.push({ path: choicePath, message: `both meets and misses criterion "${id}"` });
      }
    });
  });
  return problems;
}

function reachableFrom(question: ScenarioQuestion): Set<string> {
  const nodes = nodesById(question);
  const reached = new Set<string>();
  const queue = [question.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const node = nodes.get(id);
    if (node === undefined || reached.has(id)) continue;
    reached.add(id);
    for (const choice of node.choices) queue.push(choice.next);
  }
  return reached;
}

/** A choice that leads back to a node still on the current route makes a path that may never end. */
function cycleProblems(question: ScenarioQuestion, path: string): QuizProblem[] {
  const nodes = nodesById(question);
  const indexOf = new Map(question.nodes.map((node, index) => [node.id, index] as const));
  const onRoute = new Set<string>();
  const finished = new Set<string>();
  const problems: QuizProblem[] = [];
  function visit(id: string): void {
    const node = nodes.get(id);
    if (node === undefined || finished.has(id)) return;
    onRoute.add(id);
    node.choices.forEach((choice, choiceIndex) => {
      if (onRoute.has(choice.next)) {
        const nodePath = pathTo(path, 'nodes', { index: indexOf.get(id) ?? 0, id });
        problems.push({
          path: pathTo(pathTo(nodePath, 'choices', { index: choiceIndex, id: choice.id }), 'next'),
          message: `leads back to "${choice.next}", so a path could loop and never reach an ending`,
        });
      } else {
        visit(choice.next);
      }
    });
    onRoute.delete(id);
    finished.add(id);
  }
  visit(question.start);
  return problems;
}
