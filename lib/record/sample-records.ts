import { describeRule } from '@/lib/portfolio/sufficiency';
import { type RecordOfLearning, RecordOfLearningSchema } from '@/lib/record/record-schema';

/**
 * Realistic records for tests and previews: one final, one in progress, one assessed Not Yet
 * Competent. All people and numbers are invented; the ID numbers are synthetic but pass the
 * Luhn check, so they exercise the same paths as real ones. Parsed once, so a fixture that
 * drifts from the schema fails loudly.
 */

type Criterion = { code: string; text: string };

// The criteria as in content/outcomes.yml; the record carries its own copy of the wording it was judged on.
const OUTCOMES: { code: 'SO1' | 'SO2' | 'SO3'; title: string; criteria: Criterion[] }[] = [
  {
    code: 'SO1',
    title: 'Communicate effectively with customers in the context of IT support',
    criteria: [
      { code: 'AC1.1', text: 'Plain, non-technical language suited to the customer is used.' },
      { code: 'AC1.2', text: "Active listening and questioning confirm the customer's request." },
      { code: 'AC1.3', text: 'Conduct is professional by phone, e-mail and in person.' },
      { code: 'AC1.4', text: 'The customer is kept informed of progress.' },
    ],
  },
  {
    code: 'SO2',
    title: 'Assess and respond effectively to customer requests',
    criteria: [
      { code: 'AC2.1', text: 'The request is logged with complete details.' },
      { code: 'AC2.2', text: 'Impact and urgency are assessed and a priority is assigned according to the SLA.' },
      { code: 'AC2.3', text: 'Response and resolution times are met, or the risk of a breach is escalated.' },
      { code: 'AC2.4', text: 'The customer is told the expected time frame and the next steps.' },
    ],
  },
  {
    code: 'SO3',
    title: 'Maintain positive working relationships with IT customers',
    criteria: [
      { code: 'AC3.1', text: 'Unresolved problems are escalated to the right person with facts and documentation.' },
      { code: 'AC3.2', text: 'Responses to customers are prompt and professional.' },
      { code: 'AC3.3', text: 'The customer is followed up after resolution.' },
      { code: 'AC3.4', text: 'Conflict and complaints are handled constructively.' },
    ],
  },
];

const ALL_ACS = OUTCOMES.flatMap((outcome) => outcome.criteria.map((criterion) => criterion.code));

const ACTIVITIES: { title: string; acs: string[]; summary: string }[] = [
  { title: 'Knowledge test', acs: ALL_ACS, summary: '20 questions answered' },
  { title: 'Ticket triage', acs: ['AC2.1', 'AC2.2', 'AC2.3', 'AC2.4'], summary: '6 tickets logged and prioritised' },
  { title: 'Escalation message', acs: ['AC3.1', 'AC2.3', 'AC1.4'], summary: '1 message written' },
  { title: 'Follow-up message', acs: ['AC3.3', 'AC1.1', 'AC1.4'], summary: '1 message written' },
  { title: 'Thomas-Kilmann choices', acs: ['AC3.4', 'AC1.2'], summary: '5 conflict styles chosen and explained' },
  {
    title: 'Complaint conversation',
    acs: ['AC3.4', 'AC1.2', 'AC1.3', 'AC3.3'],
    summary: '1 conversation completed, 9 replies chosen',
  },
];

const UNIT_STANDARD = {
  id: 114052,
  title: 'Demonstrate appropriate customer care in the context of IT support, according to a Service Level Agreement',
  nqfLevel: 5,
  credits: 8,
  registration: { status: 'legacy', endDate: '2023-06-30', levelNote: 'pre-2009 NQF level 5', lastDatesSetBy: 'SAQA and the QCTO' },
};

const PROVIDER = { name: 'Ubuntu Skills Academy', accreditationNumber: 'MICT/ACC/1234' };
const ASSESSOR = { name: 'Thandi Nkosi', registrationNumber: 'MICT/ASS/2024/0117' };
const MODERATOR = { name: 'Pieter van der Merwe', registrationNumber: 'MICT/MOD/2023/0042' };
const BLANK_PERSON = { name: null, registrationNumber: null };

type Piece = NonNullable<RecordOfLearning['outcomes'][number]['criteria'][number]['evidence']>['pieces'][number];
type SamplePiece = Piece & { acs: readonly string[] };

// The rules of content/practical/sufficiency.yml, in the words the record prints.
const DEFAULT_RULE = describeRule({ pieces: 2, methods: 2, practical: 1, practicalChannels: 0 });
const RULES: Record<string, string> = {
  'AC1.2': describeRule({ pieces: 3, methods: 2, practical: 2, practicalChannels: 0 }),
  'AC1.3': describeRule({ pieces: 3, methods: 2, practical: 2, practicalChannels: 2 }),
};

function piece(method: string, methodLabel: string, title: string, occurredAt: string, attester: [string, Piece['attesterRole']], acs: readonly string[]): SamplePiece {
  return { method, methodLabel, title, occurredAt, attesterName: attester[0], attesterRole: attester[1], acs };
}

const LERATO: [string, 'learner'] = ['Lerato Mokoena', 'learner'];
const FINAL_PIECES: SamplePiece[] = [
  piece('logbook', 'Logbook entry', 'Ticket INC-20417: printer outage on the second floor', '2026-02-12T10:05:00+02:00', LERATO, ['AC2.1', 'AC2.2', 'AC2.3']),
  piece('observation', 'Observation', 'Observed phone call: password reset for a locked-out clerk', '2026-02-18T11:30:00+02:00', ['Thandi Nkosi', 'assessor'], ALL_ACS),
  piece('witness', 'Witness testimony', 'Testimony of the service desk supervisor', '2026-02-24T14:00:00+02:00', ['Johan Botha', 'witness'], ALL_ACS),
  piece('knowledge', 'Knowledge test', 'Knowledge test (attempt 1)', '2026-03-02T15:10:00+02:00', LERATO, ALL_ACS),
  piece('written', 'Written task', 'Escalation message (attempt 1)', '2026-03-02T15:10:00+02:00', LERATO, ['AC1.4', 'AC2.3', 'AC3.1']),
  piece('written', 'Written task', 'Follow-up message (attempt 1)', '2026-03-02T15:10:00+02:00', LERATO, ['AC1.1', 'AC1.4', 'AC3.3']),
];

const TENDAI: [string, 'learner'] = ['Tendai Moyo', 'learner'];
const NYC_PIECES: SamplePiece[] = [
  piece('observation', 'Observation', 'Observed walk-in request at the front desk', '2026-02-20T09:40:00+02:00', ['Thandi Nkosi', 'assessor'], ['AC1.1', 'AC1.2', 'AC1.3', 'AC1.4', 'AC3.2', 'AC3.3', 'AC3.4']),
  piece('witness', 'Witness testimony', 'Testimony of the team leader', '2026-02-26T16:15:00+02:00', ['Naledi Sithole', 'witness'], ['AC1.2', 'AC1.3', 'AC2.1', 'AC2.3', 'AC3.1']),
  piece('knowledge', 'Knowledge test', 'Knowledge test (attempt 1)', '2026-03-02T11:40:00+02:00', TENDAI, ALL_ACS),
  piece('written', 'Written task', 'Escalation message (attempt 1)', '2026-03-02T11:40:00+02:00', TENDAI, ['AC1.4', 'AC2.3', 'AC3.1']),
];

const IN_PROGRESS_PIECES: SamplePiece[] = [
  piece('logbook', 'Logbook entry', 'Ticket SR-1182: new starter laptop', '2026-02-16T13:20:00+02:00', ['Sipho Dlamini', 'learner'], ['AC2.1', 'AC2.2']),
];

/** Each criterion's evidence: the pieces claiming it, and whether they meet its rule (decided by the caller, as the sample states it). */
function withEvidence(outcomes: RecordOfLearning['outcomes'], pieces: readonly SamplePiece[], unmetRules: readonly string[]): RecordOfLearning['outcomes'] {
  return outcomes.map((outcome) => ({
    ...outcome,
    criteria: outcome.criteria.map((criterion) => ({
      ...criterion,
      evidence: {
        ruleMet: !unmetRules.includes(criterion.code),
        rule: RULES[criterion.code] ?? DEFAULT_RULE,
        pieces: pieces.filter((sample) => sample.acs.includes(criterion.code)).map(({ acs: _acs, ...kept }) => kept),
      },
    })),
  }));
}

const COMMENTS: Record<string, string> = {
  'AC2.2': 'All six tickets prioritised correctly against the SLA matrix.',
  'AC3.4': 'Stayed calm and acknowledged the complaint before offering options.',
};

/** Criteria judged per code; `unmet` maps a code to the assessor's comment on what is missing. */
function outcomesJudged(unmet: Record<string, string>): RecordOfLearning['outcomes'] {
  return OUTCOMES.map((outcome) => {
    const criteria = outcome.criteria.map((criterion) => {
      const gap = unmet[criterion.code];
      return gap === undefined
        ? { ...criterion, met: true, comment: COMMENTS[criterion.code] ?? null }
        : { ...criterion, met: false, comment: gap };
    });
    const allMet = criteria.every((criterion) => criterion.met);
    return { ...outcome, result: allMet ? 'competent' : 'not_yet_competent', criteria };
  });
}

function outcomesNotYetAssessed(): RecordOfLearning['outcomes'] {
  return OUTCOMES.map((outcome) => ({
    ...outcome,
    result: null,
    criteria: outcome.criteria.map((criterion) => ({ ...criterion, met: null, comment: null })),
  }));
}

export const finalRecord: RecordOfLearning = RecordOfLearningSchema.parse({
  status: 'final',
  verification: {
    code: 'K7P2-9XQM-4TD8',
    url: 'https://ubuntuskills.example/verify/K7P2-9XQM-4TD8',
    sha256: '1a3a526b15e547391af0d530b899af43fc2a1d32114cd445cbbdf2566fd7945e',
  },
  supersededBy: null,
  generatedAt: '2026-03-05T10:20:00+02:00',
  provider: PROVIDER,
  unitStandard: UNIT_STANDARD,
  courseVersion: '3f9c2a71b04e8d15',
  candidate: {
    name: 'Lerato Mokoena',
    identityLabel: 'ID number',
    identityNumber: '8001015009087',
    passportCountry: null,
  },
  assessor: ASSESSOR,
  moderator: MODERATOR,
  attempt: { number: 1, of: 3 },
  activities: ACTIVITIES.map((activity) => ({ ...activity, result: 'competent' })),
  evidence: [
    {
      name: 'ticket-log-export.pdf',
      mediaType: 'application/pdf',
      size: 184_320,
      sha256: '1e7b9cc9845fdb24844cd136011bf4d026be48289b2b543877863608781964c2',
    },
    {
      name: 'complaint-call-notes.png',
      mediaType: 'image/png',
      size: 412_876,
      sha256: 'c0787e4256a151c9a3a5c4990c4a7aad847148636ff3152d3cb5bb69ea99bcdd',
    },
  ],
  outcomes: withEvidence(outcomesJudged({}), FINAL_PIECES, []),
  overall: 'competent',
  assessorFeedback:
    'A clear, well-organised portfolio. Your escalation message gave the second-line team every fact they needed, and your follow-up closed the loop with the customer.',
  dates: {
    enrolled: '2026-02-02T08:00:00+02:00',
    submitted: '2026-03-02T15:10:00+02:00',
    assessed: '2026-03-03T16:30:00+02:00',
    moderated: '2026-03-05T10:15:00+02:00',
  },
  signatures: [
    { name: 'Lerato Mokoena', role: 'learner', registrationNumber: null, signedAt: '2026-03-02T15:10:00+02:00' },
    { name: ASSESSOR.name, role: 'assessor', registrationNumber: ASSESSOR.registrationNumber, signedAt: '2026-03-03T16:30:00+02:00' },
    { name: MODERATOR.name, role: 'moderator', registrationNumber: MODERATOR.registrationNumber, signedAt: '2026-03-05T10:15:00+02:00' },
  ],
});

export const inProgressRecord: RecordOfLearning = RecordOfLearningSchema.parse({
  status: 'in_progress',
  verification: null,
  supersededBy: null,
  generatedAt: '2026-02-20T12:05:00+02:00',
  provider: PROVIDER,
  unitStandard: UNIT_STANDARD,
  courseVersion: '3f9c2a71b04e8d15',
  candidate: {
    name: 'Sipho Dlamini',
    identityLabel: 'ID number',
    identityNumber: '9202204720083',
    passportCountry: null,
  },
  assessor: BLANK_PERSON,
  moderator: BLANK_PERSON,
  attempt: null,
  activities: ACTIVITIES.map((activity) => ({ ...activity, result: null, summary: 'Not yet submitted' })),
  evidence: [],
  outcomes: withEvidence(outcomesNotYetAssessed(), IN_PROGRESS_PIECES, ALL_ACS),
  overall: null,
  assessorFeedback: null,
  dates: { enrolled: '2026-02-09T08:00:00+02:00', submitted: null, assessed: null, moderated: null },
  signatures: [],
});

const NYC_GAPS: Record<string, string> = {
  'AC2.2': 'Two of the six tickets were given P3 where the SLA matrix gives P2: re-check impact on the whole office.',
  'AC2.4': 'The reply to the customer gave no expected time frame.',
};

export const notYetCompetentRecord: RecordOfLearning = RecordOfLearningSchema.parse({
  status: 'assessed',
  verification: null,
  supersededBy: null,
  generatedAt: '2026-03-04T09:45:00+02:00',
  provider: PROVIDER,
  unitStandard: UNIT_STANDARD,
  courseVersion: '3f9c2a71b04e8d15',
  candidate: {
    name: 'Tendai Moyo',
    identityLabel: 'Passport number',
    identityNumber: 'FN4827163',
    passportCountry: 'Zimbabwe',
  },
  assessor: ASSESSOR,
  moderator: BLANK_PERSON,
  attempt: { number: 1, of: 3 },
  activities: ACTIVITIES.map((activity) => ({
    ...activity,
    result: activity.title === 'Ticket triage' ? 'not_yet_competent' : 'competent',
  })),
  evidence: [
    {
      name: 'ticket-log.pdf',
      mediaType: 'application/pdf',
      size: 96_512,
      sha256: 'bb840931ec21151a79c6c1626ae2f4a53efba34b4cdfd52e59efa58612fc4a52',
    },
  ],
  // AC2.2 and AC2.4 rest on the knowledge test alone: their rules were not met, and they were judged not yet met.
  outcomes: withEvidence(outcomesJudged(NYC_GAPS), NYC_PIECES, ['AC2.2', 'AC2.4']),
  overall: 'not_yet_competent',
  assessorFeedback:
    'Your communication is strong. Re-do the ticket triage: use the SLA matrix for every ticket and tell each customer when to expect the next update. You may resubmit twice more.',
  dates: {
    enrolled: '2026-02-02T08:00:00+02:00',
    submitted: '2026-03-02T11:40:00+02:00',
    assessed: '2026-03-04T09:30:00+02:00',
    moderated: null,
  },
  signatures: [
    { name: 'Tendai Moyo', role: 'learner', registrationNumber: null, signedAt: '2026-03-02T11:40:00+02:00' },
    { name: ASSESSOR.name, role: 'assessor', registrationNumber: ASSESSOR.registrationNumber, signedAt: '2026-03-04T09:30:00+02:00' },
  ],
});

export const SAMPLE_RECORDS = { final: finalRecord, inProgress: inProgressRecord, notYetCompetent: notYetCompetentRecord };
