import {
  type AssessedDecision,
  type AssessorSummary,
  type SampleProposal,
  type SampleRules,
  SampleRulesSchema,
} from '@/lib/moderation/sample-types';
import { deriveSeed, shuffle } from '@/lib/quiz/draw';

/** The Services SETA template's floor for the whole batch; it holds whatever the rules say. */
export const BATCH_MINIMUM_PERCENT = 25;

export const NOT_YET_COMPETENT_REASON = 'Not Yet Competent decision: every one is moderated';
export const REPRESENTED_REASON = 'Drawn at random so that every assessor in the batch has at least one record moderated';
export const BATCH_MINIMUM_REASON = `Drawn at random to bring the sample to ${BATCH_MINIMUM_PERCENT}% of the whole batch, the minimum`;

/** Every reason says which rule put the record in, and for a rule about the record itself, what in the record triggered it. */
export function borderlineReason(explanation: string): string {
  return `Borderline case, and every one is moderated: ${explanation}`;
}

export function firstDecisionsReason(assessorName: string, count: number, decisionNumber: number): string {
  const rule = count === 1 ? `an assessor's first decision is always moderated` : `an assessor's first ${count} decisions are all moderated`;
  return `Decision ${decisionNumber} that ${assessorName} ever signed: ${rule}`;
}

export function competentShareReason(percent: number): string {
  return `Drawn at random for the ${percent}% of Competent decisions that are moderated`;
}

/** The rules in plain words, for the moderator's screen and the batch report. */
export function explainRules(rules: SampleRules): string[] {
  const { competentPercent, firstDecisionsPerAssessor: first } = SampleRulesSchema.parse(rules);
  const firstLine = first === 1 ? 'The first decision of each assessor' : `The first ${first} decisions of each assessor`;
  return [
    'Every Not Yet Competent decision',
    'Every borderline case',
    ...(first > 0 ? [firstLine] : []),
    `At least ${competentPercent}% of Competent decisions`,
    'At least one record of every assessor',
    `At least ${BATCH_MINIMUM_PERCENT}% of the whole batch`,
  ];
}

/**
 * Proposes which records of a batch the moderator reviews, with every reason each is in.
 * Fixed rules come first (NYC, borderline, an assessor's first decisions), then seeded draws
 * top up Competent decisions, representation of every assessor and the batch minimum.
 * The same batch and seed always give the same proposal, so a sample can be shown again and checked.
 */
export function proposeSample(decisions: readonly AssessedDecision[], rules: SampleRules, seed: string): SampleProposal {
  const { competentPercent, firstDecisionsPerAssessor } = SampleRulesSchema.parse(rules);
  assertUniqueSubmissions(decisions);
  // Draws run over an order that ignores how the rows arrived, so only the batch and the seed matter.
  const canonical = [...decisions].sort((a, b) => compareText(a.submissionId, b.submissionId));
  const reasons = new Map<string, string[]>();
  function add(decision: AssessedDecision, reason: string) {
    reasons.set(decision.submissionId, [...(reasons.get(decision.submissionId) ?? []), reason]);
  }
  function isSampled(decision: AssessedDecision) {
    return reasons.has(decision.submissionId);
  }
  function drawUntil(pool: AssessedDecision[], target: number, part: string, reason: string) {
    let count = pool.filter(isSampled).length;
    for (const decision of shuffle(pool.filter((candidate) => !isSampled(candidate)), deriveSeed(seed, part))) {
      if (count >= target) return;
      add(decision, reason);
      count += 1;
    }
  }

  for (const decision of canonical) {
    if (decision.outcome === 'not_yet_competent') add(decision, NOT_YET_COMPETENT_REASON);
    if (decision.borderline) add(decision, borderlineReason(decision.borderline));
    if (decision.assessorDecisionNumber <= firstDecisionsPerAssessor) {
      add(decision, firstDecisionsReason(decision.assessorName, firstDecisionsPerAssessor, decision.assessorDecisionNumber));
    }
  }

  const competent = canonical.filter((decision) => decision.outcome === 'competent');
  drawUntil(competent, percentOf(competent.length, competentPercent), 'competent', competentShareReason(competentPercent));

  for (const [assessorId, theirs] of groupByAssessor(canonical)) {
    drawUntil(theirs, 1, `assessor\u0000${assessorId}`, REPRESENTED_REASON);
  }

  // With valid rules the steps above already reach this floor; it stays as the guarantee the SETA asks for.
  drawUntil(canonical, percentOf(canonical.length, BATCH_MINIMUM_PERCENT), 'batch', BATCH_MINIMUM_REASON);

  const ordered = [...decisions].sort(byAssessorThenSignedAt);
  const sampled = ordered.filter(isSampled);
  return {
    items: sampled.map((decision) => ({ submissionId: decision.submissionId, reasons: reasons.get(decision.submissionId) ?? [] })),
    notSampled: ordered.filter((decision) => !isSampled(decision)).map((decision) => decision.submissionId),
    summary: {
      total: ordered.length,
      sampled: sampled.length,
      percent: ordered.length === 0 ? 0 : Math.round((sampled.length / ordered.length) * 1000) / 10,
      competent: competent.length,
      competentSampled: competent.filter(isSampled).length,
      notYetCompetent: ordered.length - competent.length,
      perAssessor: [...groupByAssessor(ordered).values()].map((theirs) => summariseAssessor(theirs, isSampled)),
    },
  };
}

/** The smallest whole number of records that is at least `percent`% of `total`. */
function percentOf(total: number, percent: number): number {
  return Math.ceil((total * percent) / 100);
}

function assertUniqueSubmissions(decisions: readonly AssessedDecision[]) {
  const seen = new Set<string>();
  for (const { submissionId } of decisions) {
    if (seen.has(submissionId)) throw new RangeError(`submission ${submissionId} appears more than once in the batch`);
    seen.add(submissionId);
  }
}

/** Groups in first-seen order, so the caller's order decides the order of assessors. */
function groupByAssessor(decisions: readonly AssessedDecision[]): Map<string, AssessedDecision[]> {
  const groups = new Map<string, AssessedDecision[]>();
  for (const decision of decisions) {
    groups.set(decision.assessorId, [...(groups.get(decision.assessorId) ?? []), decision]);
  }
  return groups;
}

function summariseAssessor(theirs: AssessedDecision[], isSampled: (decision: AssessedDecision) => boolean): AssessorSummary {
  const first = theirs[0];
  return {
    assessorId: first?.assessorId ?? '',
    assessorName: first?.assessorName ?? '',
    total: theirs.length,
    sampled: theirs.filter(isSampled).length,
  };
}

function byAssessorThenSignedAt(a: AssessedDecision, b: AssessedDecision): number {
  return (
    a.assessorName.localeCompare(b.assessorName, 'en-ZA') ||
    compareText(a.assessorId, b.assessorId) ||
    a.signedAt.getTime() - b.signedAt.getTime() ||
    compareText(a.submissionId, b.submissionId)
  );
}

/** Plain code-unit order: the same on every machine, unlike locale-aware comparison. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
