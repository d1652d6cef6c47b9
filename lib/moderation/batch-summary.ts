import type { BatchView } from '@/lib/moderation/read-batch';

/** The figures a moderation report states: sample size and share, decisions, per assessor. */
export function summariseBatch(batch: BatchView) {
  const total = batch.records.length;
  const sampled = batch.records.filter((record) => record.sampled);
  const assessors = [...new Set(batch.records.map((record) => record.assessorName))].sort((a, b) => a.localeCompare(b, 'en-ZA'));
  const lastDecision = (record: BatchView['records'][number]) => record.decisions.at(-1)?.decision ?? null;
  return {
    total,
    sampled: sampled.length,
    percent: total === 0 ? 0 : Math.round((sampled.length / total) * 1000) / 10,
    competent: batch.records.filter((record) => record.outcome === 'competent').length,
    notYetCompetent: batch.records.filter((record) => record.outcome === 'not_yet_competent').length,
    agreed: sampled.filter((record) => record.status === 'agreed' || (record.status === 'final' && lastDecision(record) === 'agree')).length,
    referrals: sampled.reduce((n, record) => n + record.decisions.filter((decision) => decision.decision === 'refer').length, 0),
    waiting: sampled.filter((record) => record.status === 'in_moderation').length,
    withAssessor: sampled.filter((record) => record.status === 'referred').length,
    assessors,
    ready: sampled.every((record) => record.status === 'agreed'),
  };
}
