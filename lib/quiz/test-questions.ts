import {
  DateTimeAnswerSchema,
  MatchingSchema,
  MultipleResponseSchema,
  NumericSchema,
  OrderingSchema,
  type Question,
  ScenarioSchema,
  SingleChoiceSchema,
  TrueFalseSchema,
  WrittenAnswerSchema,
} from '@/lib/quiz/schema';
import { ticketQuestion } from '@/lib/quiz/test-ticket-question';

/**
 * One sound question of each type, set on a South African service desk, for the quiz engine's
 * tests. Each call returns a fresh copy, so a test may change it freely.
 */

export function singleQuestion() {
  return SingleChoiceSchema.parse({
    id: 'response-vs-resolution',
    type: 'single',
    acs: ['AC2.3'],
    prompt: 'What does the response time in an SLA measure?',
    answer: 'acknowledge',
    options: [
      { id: 'acknowledge', text: 'Time until the desk acknowledges the call', feedback: 'Correct: response is the first contact.' },
      { id: 'restore', text: 'Time until the service works again', feedback: 'Not quite: that is the resolution time.' },
      { id: 'close', text: 'Time until the ticket is closed', feedback: 'Not quite: closing comes after the customer confirms.' },
    ],
  });
}

export function multipleQuestion() {
  return MultipleResponseSchema.parse({
    id: 'good-greeting',
    type: 'multiple',
    acs: ['AC1.1'],
    prompt: 'Which belong in a good phone greeting?',
    answers: ['name', 'ticket'],
    options: [
      { id: 'name', text: 'Your name', feedback: 'Right: the caller knows who is helping.' },
      { id: 'ticket', text: 'An offer to log a ticket', feedback: 'Right: the call is recorded.' },
      { id: 'blame', text: 'Who caused the fault', feedback: 'No: blame does not help the caller.' },
      { id: 'promise', text: 'A promise of a fix in five minutes', feedback: 'No: never promise what the SLA does not.' },
    ],
  });
}

export function trueFalseQuestion() {
  return TrueFalseSchema.parse({
    id: 'clock-pause',
    type: 'truefalse',
    acs: ['AC2.2'],
    prompt: 'The SLA clock keeps running while the desk waits for the customer to reply.',
    answer: false,
    feedback: { true: 'Not quite: most SLAs pause the clock.', false: 'Correct: the clock pauses while you wait.' },
  });
}

export function orderingQuestion() {
  return OrderingSchema.parse({
    id: 'complaint-steps',
    type: 'ordering',
    acs: ['AC3.1'],
    prompt: 'Put the steps of handling a complaint in order.',
    items: [
      { id: 'listen', text: 'Listen' },
      { id: 'apologise', text: 'Apologise' },
      { id: 'repeat', text: 'Repeat the concern back' },
      { id: 'solve', text: 'Agree a solution' },
      { id: 'follow-up', text: 'Follow up' },
    ],
    explanation: 'You listen before you can apologise for the right thing.',
  });
}

export function matchingQuestion() {
  return MatchingSchema.parse({
    id: 'priority-match',
    type: 'matching',
    acs: ['AC2.1'],
    prompt: 'Match each ticket to its priority.',
    pairs: [
      { id: 'payroll-down', text: 'Payroll system down on pay day', match: 'p1' },
      { id: 'printer-jam', text: 'One printer jammed in Pretoria', match: 'p3' },
      { id: 'new-mouse', text: 'Request for a new mouse', match: 'p4' },
    ],
    choices: [
      { id: 'p1', text: 'P1 critical' },
      { id: 'p2', text: 'P2 high' },
      { id: 'p3', text: 'P3 medium' },
      { id: 'p4', text: 'P4 low' },
    ],
    explanation: 'Priority follows impact and urgency.',
  });
}

export function numericQuestion() {
  return NumericSchema.parse({
    id: 'resolution-hours',
    type: 'numeric',
    acs: ['AC2.3'],
    prompt: 'How many business hours does a P3 ticket have to be resolved?',
    answer: 16,
    tolerance: 0.5,
    unit: 'hours',
    explanation: 'A P3 ticket is resolved within two business days of eight hours.',
  });
}

export function dateTimeQuestion() {
  return DateTimeAnswerSchema.parse({
    id: 'p2-due',
    type: 'datetime',
    acs: ['AC2.3'],
    prompt: 'A P2 ticket is logged on Tuesday at 15:30. When is it due?',
    answer: '2026-03-04T09:30',
    toleranceMinutes: 5,
    explanation: 'The clock stops at 17:00 and starts again at 08:00.',
  });
}

export function writtenQuestion() {
  return WrittenAnswerSchema.parse({
    id: 'explain-escalation',
    type: 'written',
    acs: ['AC3.2'],
    prompt: 'Explain when you would escalate a ticket to level 2.',
    modelAnswer: 'When the fix is beyond level 1 or the response target is at risk.',
    markingGuide: ['names a skill limit', 'names the SLA target'],
    minWords: 20,
    maxWords: 150,
  });
}

export function scenarioQuestion() {
  return ScenarioSchema.parse({
    id: 'angry-caller',
    type: 'scenario',
    acs: ['AC3.1', 'AC3.3'],
    prompt: 'Thandi from the Durban branch calls. Her laptop has failed before a board meeting.',
    criteria: [
      { id: 'greet', label: 'Step 1 – greet and give your name' },
      { id: 'listen', label: 'Step 2 – listen without interrupting' },
      { id: 'repeat', label: 'Step 3 – repeat the concern back' },
    ],
    start: 'opening',
    nodes: [
      {
        id: 'opening',
        text: 'The phone rings.',
        choices: [
          { id: 'greet-warmly', text: 'Good morning, this is Sipho.', next: 'venting', feedback: 'A warm greeting with your name.', meets: ['greet'] },
          { id: 'jump-in', text: 'Ticket number?', next: 'venting', feedback: 'Abrupt: no greeting.', misses: ['greet'] },
        ],
      },
      {
        id: 'venting',
        text: 'Thandi explains, upset.',
        choices: [
          { id: 'let-her-finish', text: 'Let her finish.', next: 'confirming', feedback: 'You let her finish.', meets: ['listen'] },
          { id: 'interrupt', text: 'Cut in with a fix.', next: 'confirming', feedback: 'You cut her off.', misses: ['listen'] },
        ],
      },
      {
        id: 'confirming',
        text: 'She stops talking.',
        choices: [
          { id: 'repeat-back', text: 'So the laptop will not start?', next: 'resolved', feedback: 'She hears you understood.', meets: ['repeat'] },
          { id: 'skip-to-fix', text: 'Restart it.', next: 'unhappy', feedback: 'She is not sure you understood.', misses: ['repeat'] },
        ],
      },
      { id: 'resolved', text: 'Thandi thanks you.', ending: true },
      { id: 'unhappy', text: 'Thandi asks for your manager.', ending: true },
    ],
  });
}

export function everyQuestion(): Question[] {
  return [
    singleQuestion(),
    multipleQuestion(),
    trueFalseQuestion(),
    orderingQuestion(),
    matchingQuestion(),
    numericQuestion(),
    dateTimeQuestion(),
    writtenQuestion(),
    scenarioQuestion(),
    ticketQuestion(),
  ];
}
