import { and, desc, eq, gte, isNull, or } from 'drizzle-orm';
import { AssessingRuleError } from '@/lib/assessing/assessing-errors';
import type { DbOrTx } from '@/lib/audit/write-audit';
import { verificationInterview } from '@/lib/db/schema';
import type { CriterionJudgement } from '@/lib/db/schema/judgement';
import { readEvidenceForAttempt } from '@/lib/portfolio/read-evidence';
import { evaluateCriterion, refusalFor } from '@/lib/portfolio/sufficiency';
import type { SufficiencyFile } from '@/lib/portfolio/sufficiency-schema';
import { readSettings } from '@/lib/settings/settings-store';

type Input = {
  submission: { id: string; enrolmentId: string; submittedAt: Date | null };
  judgements: Record<string, CriterionJudgement>;
  outcome: 'competent' | 'not_yet_competent';
  rules: { criteria: readonly { code: string; text: string }[]; sufficiency: SufficiencyFile };
  now: Date;
};

/**
 * Before a judgement is signed: every criterion judged met must meet its sufficiency rule, and a
 * Competent decision must not rest on work whose authenticity is in doubt (nor lack the interview
 * the provider requires). Returns the evidence the judgement relies on, to be sealed with it.
 */
export async function checkEvidence(tx: DbOrTx, { submission, judgements, outcome, rules, now }: Input): Promise<string[]> {
  const pieces = await readEvidenceForAttempt(tx, submission.enrolmentId, submission.id);
  const results = rules.criteria.map((criterion) => ({ criterion, result: evaluateCriterion(criterion.code, pieces, rules.sufficiency, now) }));
  const refused = results.filter(({ criterion, result }) => judgements[criterion.code]?.met === true && !result.met);
  if (refused.length > 0) {
    const codes = refused.map(({ criterion }) => criterion.code).join(', ');
    throw new AssessingRuleError(
      'insufficient',
      `The evidence is not yet sufficient to judge ${codes} met. Judge ${refused.length === 1 ? 'it' : 'them'} not yet met, or gather the missing evidence first.`,
      Object.fromEntries(refused.map(({ criterion, result }) => [criterion.code, refusalFor(result, criterion.text)])),
    );
  }
  if (outcome === 'competent') await checkAuthenticity(tx, submission);
  return [...new Set(results.flatMap(({ result }) => result.counted.map((piece) => piece.id)))].sort();
}

async function checkAuthenticity(tx: DbOrTx, submission: Input['submission']) {
  const [latest] = await tx
    .select({ verdict: verificationInterview.verdict })
    .from(verificationInterview)
    .where(
      and(
        eq(verificationInterview.enrolmentId, submission.enrolmentId),
        or(eq(verificationInterview.submissionId, submission.id), and(isNull(verificationInterview.submissionId), gte(verificationInterview.occurredAt, submission.submittedAt ?? new Date(0)))),
      ),
    )
    .orderBy(desc(verificationInterview.signedAt))
    .limit(1);
  if (latest?.verdict === 'doubts') {
    throw new AssessingRuleError('authenticity', 'Your latest verification interview recorded doubts that this work is the learner\u2019s own. Resolve them (a further interview) before signing Competent.');
  }
  const settings = await readSettings(tx);
  if (settings.verificationInterviewRequired && latest?.verdict !== 'authentic') {
    throw new AssessingRuleError('authenticity', 'The provider requires a verification interview before a Competent decision: record one that finds the work authentic, then sign.');
  }
}
