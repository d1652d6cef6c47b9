import { TicketSchema } from '@/lib/quiz/ticket-schema';

/**
 * One sound ticket item for the quiz engine's tests: a P2 call late on a Thursday before a public
 * holiday. Each call returns a fresh copy, so a test may change it freely.
 */
export function ticketQuestion() {
  return TicketSchema.parse({
    id: 'warehouse-scanners',
    type: 'ticket',
    acs: ['AC2.1', 'AC2.2', 'AC2.3', 'AC2.4'],
    prompt: 'Log this call as a ticket, then write to the caller.',
    callAt: '2026-04-30T15:40',
    transcript: [
      { speaker: 'Service desk', line: 'Service desk, good afternoon, you are speaking to Lerato.' },
      { speaker: 'Tebogo Masondo', line: 'Hi, Tebogo Masondo from the dispatch bay at the Midrand warehouse.' },
      { speaker: 'Tebogo Masondo', line: 'All four handheld scanners say "Sync failed" and we cannot book out orders.' },
      { speaker: 'Service desk', line: 'Which number can I reach you on?' },
      { speaker: 'Tebogo Masondo', line: '082 555 0142.' },
    ],
    log: {
      callerName: { answer: 'Tebogo Masondo' },
      site: {
        answer: 'Dispatch, Midrand warehouse',
        facts: [
          { fact: 'the department', anyOf: ['dispatch'] },
          { fact: 'the site', anyOf: ['Midrand'] },
        ],
      },
      contact: { answer: '082 555 0142', facts: [{ fact: 'the cell number', anyOf: ['082 555 0142', '+27 82 555 0142'] }] },
      problem: {
        answer: 'All four handheld scanners show "Sync failed".',
        facts: [
          { fact: 'the error message', anyOf: ['sync failed'] },
          { fact: 'the device', anyOf: ['scanner', 'scanners', 'handheld', 'handhelds'] },
        ],
      },
      affectedUsers: { answer: 4 },
      businessEffect: { answer: 'Orders cannot be booked out for dispatch.', facts: [{ fact: 'orders held up', anyOf: ['orders'] }] },
      impact: 'medium',
      urgency: 'high',
      priority: 'P2',
      loggedAt: { answer: '2026-04-30T15:40', toleranceMinutes: 5 },
      responseDue: { answer: '2026-04-30T16:40', toleranceMinutes: 5 },
      resolutionDue: { answer: '2026-05-04T15:40', toleranceMinutes: 5 },
    },
    explanation: 'A team is stopped now: Medium × High gives P2. Workers’ Day (1 May) and the weekend do not count.',
    message: {
      prompt: 'Write the SMS you send Tebogo with the ticket number and the time frame.',
      modelAnswer: 'Hi Tebogo, ticket INC-1001 is logged as P2. A technician will call you by 16:40 today; we aim to fix it by 15:40 on Monday 4 May.',
      markingGuide: ['gives the ticket number', 'states when to expect a response', 'states the resolution time'],
      minWords: 10,
      maxWords: 120,
    },
  });
}
