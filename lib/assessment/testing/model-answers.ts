import type { QuizResponse, TicketResponse } from '@/lib/quiz/response';
import type { Question, ScenarioQuestion, TicketQuestion } from '@/lib/quiz/schema';
import type { TicketEntry } from '@/lib/quiz/ticket-fields';

/** A path through a scenario that meets every criterion and misses none. */
export function bestScenarioPath(question: ScenarioQuestion): string[] {
  const nodes = new Map(question.nodes.map((node) => [node.id, node]));
  const all = question.criteria.map((criterion) => criterion.id);
  function walk(nodeId: string, met: Set<string>, missed: boolean): string[] | null {
    const node = nodes.get(nodeId);
    if (!node) return null;
    if (node.ending) return !missed && all.every((id) => met.has(id)) ? [] : null;
    for (const choice of node.choices) {
      const rest = walk(choice.next, new Set([...met, ...choice.meets]), missed || choice.misses.length > 0);
      if (rest) return [choice.id, ...rest];
    }
    return null;
  }
  return walk(question.start, new Set(), false) ?? [];
}

/** The full-marks answer to any question, from its key: for tests, the demo and the bench. */
export function modelResponse(question: Question): QuizResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.answer };
    case 'multiple':
      return { type: 'multiple', optionIds: question.answers };
    case 'truefalse':
      return { type: 'truefalse', value: question.answer };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((item) => item.id) };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((pair) => [pair.id, pair.match])) };
    case 'numeric':
      return { type: 'numeric', value: question.answer };
    case 'datetime':
      return { type: 'datetime', value: question.answer };
    case 'written':
      return { type: 'written', text: question.modelAnswer };
    case 'scenario':
      return { type: 'scenario', path: bestScenarioPath(question) };
    case 'ticket':
      return modelTicket(question);
  }
}

/** The key's own entries, and the model message when the ticket asks for one. */
export function modelTicket(question: TicketQuestion): TicketResponse {
  const { log } = question;
  const fields: TicketEntry = {
    callerName: log.callerName.answer,
    site: log.site.answer,
    contact: log.contact.answer,
    problem: log.problem.answer,
    affectedUsers: log.affectedUsers.answer,
    businessEffect: log.businessEffect.answer,
    impact: log.impact,
    urgency: log.urgency,
    priority: log.priority,
    loggedAt: log.loggedAt.answer,
    // A due time the ticket does not ask for is left out, not sent empty.
    ...(log.responseDue ? { responseDue: log.responseDue.answer } : {}),
    ...(log.resolutionDue ? { resolutionDue: log.resolutionDue.answer } : {}),
  };
  return question.message === undefined ? { type: 'ticket', fields } : { type: 'ticket', fields, message: question.message.modelAnswer };
}
