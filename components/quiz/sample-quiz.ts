import { type Quiz, QuizSchema } from '@/lib/quiz/schema';

/** A knowledge check with one question of every type, for the tests in this folder. */
export const sampleQuiz: Quiz = QuizSchema.parse({
  id: 'sample-check',
  title: 'Check your understanding',
  questions: [
    {
      id: 'response-vs-resolution',
      type: 'single',
      prompt: 'What does the response time in an SLA measure?',
      answer: 'acknowledge',
      options: [
        { id: 'acknowledge', text: 'How soon the desk acknowledges the call', feedback: 'Correct: it is about the first reply.' },
        { id: 'restore', text: 'How soon the service is restored', feedback: 'Not quite: that is the resolution time.' },
      ],
    },
    {
      id: 'good-habits',
      type: 'multiple',
      prompt: 'Which of these keep a user informed?',
      answers: ['update', 'name-time'],
      options: [
        { id: 'update', text: 'Send an update before the promised time', feedback: 'Yes: the user is never left guessing.' },
        { id: 'name-time', text: 'Name a time you control', feedback: 'Yes: you can keep that promise.' },
        { id: 'wait', text: 'Wait until it is fixed', feedback: 'No: silence makes users phone again.' },
      ],
    },
    {
      id: 'sla-binding',
      type: 'truefalse',
      prompt: 'An SLA binds both the provider and the customer.',
      answer: true,
      feedback: { true: 'Right: both sides have duties.', false: 'Both sides have duties in an SLA.' },
    },
    {
      id: 'complaint-steps',
      type: 'ordering',
      prompt: 'Put the first steps of handling a complaint in order.',
      items: [
        { id: 'listen', text: 'Listen' },
        { id: 'acknowledge', text: 'Acknowledge the problem' },
        { id: 'solve', text: 'Agree a solution' },
      ],
      explanation: 'You listen first, then acknowledge, then agree what happens next.',
    },
    {
      id: 'plain-words',
      type: 'matching',
      prompt: 'Match each phrase to its plain version.',
      pairs: [
        { id: 'dns', text: 'Your DNS cache is corrupt.', match: 'address-list' },
        { id: 'reimage', text: 'We need to reimage the device.', match: 'wipe-setup' },
      ],
      choices: [
        { id: 'address-list', text: 'The list your computer uses to find websites is muddled.' },
        { id: 'wipe-setup', text: 'We will set the laptop up again from scratch.' },
        { id: 'new-laptop', text: 'You will get a new laptop.' },
      ],
      explanation: 'Plain words help the user follow what is happening.',
    },
    {
      id: 'hours-left',
      type: 'numeric',
      prompt: 'A P2 call must be resolved in 8 business hours. 5 have passed. How many are left?',
      answer: 3,
      unit: 'hours',
      explanation: '8 − 5 = 3.',
    },
    {
      id: 'email-due',
      type: 'datetime',
      prompt: 'An e-mail arrives on Friday 24 April 2026 at 15:00. When is the 4-hour acknowledgement due?',
      answer: '2026-04-28T11:00',
      explanation: 'Friday gives 2 hours; Monday is a public holiday; Tuesday gives the other 2.',
    },
    {
      id: 'explain-sla',
      type: 'written',
      prompt: 'Explain to a new colleague why the desk follows an SLA.',
      modelAnswer: 'The SLA sets what the customer can expect and what the desk has promised.',
      markingGuide: ['Names the agreed service levels', 'Links them to customer expectations'],
      minWords: 20,
      maxWords: 120,
    },
    {
      id: 'angry-caller',
      type: 'scenario',
      prompt: 'Thabo phones, upset that his e-mail has been down all morning.',
      criteria: [
        { id: 'empathy', label: 'Shows empathy' },
        { id: 'next-step', label: 'Agrees a next step' },
      ],
      start: 'open',
      nodes: [
        {
          id: 'open',
          text: 'Thabo says: "This is the third time this week!"',
          choices: [
            { id: 'sorry', text: 'I am sorry; that is frustrating.', next: 'plan', feedback: 'Good: you name his feeling.', meets: ['empathy'] },
            { id: 'policy', text: 'Please log a ticket online.', next: 'end-bad', feedback: 'This ignores how he feels.', misses: ['empathy'] },
          ],
        },
        {
          id: 'plan',
          text: 'Thabo calms down a little.',
          choices: [
            { id: 'update', text: 'I will call you back by 11:00.', next: 'end-good', feedback: 'Good: a time you control.', meets: ['next-step'] },
          ],
        },
        { id: 'end-good', text: 'Thabo thanks you.', ending: true },
        { id: 'end-bad', text: 'Thabo hangs up.', ending: true },
      ],
    },
  ],
});

/** The sample's question of one type. */
export function sampleQuestion<T extends Quiz['questions'][number]['type']>(type: T): Extract<Quiz['questions'][number], { type: T }> {
  for (const question of sampleQuiz.questions) if (isType(question, type)) return question;
  throw new Error(`the sample quiz has no ${type} question`);
}

function isType<T extends Quiz['questions'][number]['type']>(
  question: Quiz['questions'][number],
  type: T,
): question is Extract<Quiz['questions'][number], { type: T }> {
  return question.type === type;
}
