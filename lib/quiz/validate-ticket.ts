import { localDateTimeToMinutes } from '@/lib/quiz/local-date-time';
import { mentions, normaliseForMatching } from '@/lib/quiz/match-facts';
import { requiredFacts } from '@/lib/quiz/mark-ticket';
import { pathTo, type QuizProblem } from '@/lib/quiz/problem';
import { ticketDueTimes } from '@/lib/quiz/ticket-clock';
import type { TicketFieldId } from '@/lib/quiz/ticket-fields';
import type { TicketQuestion } from '@/lib/quiz/ticket-schema';
import { duplicateValueProblems } from '@/lib/quiz/validate-ids';

const TEXT_FIELDS = ['callerName', 'site', 'contact', 'problem', 'businessEffect'] as const satisfies readonly TicketFieldId[];

/**
 * Checks a ticket item zod has parsed: its own key would be marked right, the due times are asked
 * together, fall after logging and are what the SLA clock gives, the call has two sides, and the
 * message's word limits agree with each other and with the model message.
 */
export function validateTicket(question: TicketQuestion, path: string): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const log = pathTo(path, 'log');
  for (const id of TEXT_FIELDS) {
    const key = question.log[id];
    key.facts?.forEach((fact, index) => {
      const factPath = pathTo(pathTo(pathTo(log, id), 'facts', { index }), 'anyOf');
      problems.push(...duplicateValueProblems(fact.anyOf, factPath, 'wording'));
      for (const phrase of fact.anyOf) {
        if (normaliseForMatching(phrase) === '') problems.push({ path: factPath, message: `"${phrase}" has no letters or digits, so it matches nothing` });
      }
    });
    // The answer shown to the assessor as right must be marked right.
    for (const fact of requiredFacts(key)) {
      if (!fact.anyOf.some((phrase) => mentions(key.answer, phrase))) {
        problems.push({ path: pathTo(pathTo(log, id), 'answer'), message: `"${key.answer}" does not mention ${fact.fact}, so the model entry would be marked wrong` });
      }
    }
  }

  const { responseDue, resolutionDue, loggedAt } = question.log;
  if ((responseDue === undefined) !== (resolutionDue === undefined)) {
    problems.push({ path: log, message: 'ask for both due times (responseDue and resolutionDue) or for neither' });
  }
  const logged = localDateTimeToMinutes(loggedAt.answer) ?? 0;
  const call = localDateTimeToMinutes(question.callAt) ?? 0;
  if (logged < call) problems.push({ path: pathTo(pathTo(log, 'loggedAt'), 'answer'), message: `is before the call came in (${question.callAt})` });
  for (const [id, due] of [['responseDue', responseDue], ['resolutionDue', resolutionDue]] as const) {
    if (due !== undefined && (localDateTimeToMinutes(due.answer) ?? 0) <= logged) {
      problems.push({ path: pathTo(pathTo(log, id), 'answer'), message: `is not after the logging time (${loggedAt.answer})` });
    }
  }
  if (responseDue && resolutionDue) {
    // The log key holds every SLA fact, so each due time is proved on the course's calendar.
    const due = ticketDueTimes(question.log);
    for (const [id, key] of [['responseDue', responseDue], ['resolutionDue', resolutionDue]] as const) {
      if (key.answer !== due[id]) {
        problems.push({ path: pathTo(pathTo(log, id), 'answer'), message: `is ${key.answer}, but the SLA clock (${question.log.priority} from ${loggedAt.answer}) gives ${due[id]}` });
      }
    }
  }

  if (new Set(question.transcript.map((entry) => normaliseForMatching(entry.speaker))).size < 2) {
    problems.push({ path: pathTo(path, 'transcript'), message: 'a call needs at least two speakers' });
  }
  const message = question.message;
  if (message?.maxWords !== undefined && message.minWords > message.maxWords) {
    problems.push({ path: pathTo(pathTo(path, 'message'), 'minWords'), message: `${message.minWords} is more than maxWords (${message.maxWords})` });
  } else if (message !== undefined) {
    // The model message is what a learner is measured against: it must fit the limits they are given.
    const words = message.modelAnswer.trim().split(/\s+/).length;
    if (words < message.minWords || (message.maxWords !== undefined && words > message.maxWords)) {
      problems.push({ path: pathTo(pathTo(path, 'message'), 'modelAnswer'), message: `has ${words} words, outside the limits the learner is given (${message.minWords} to ${message.maxWords ?? 'any'})` });
    }
  }
  return problems;
}
