import type { SubmissionStatus } from '@/lib/db/schema/assessment';

/** How each state of a submission is named to people. */
export const STATUS_LABELS: Record<SubmissionStatus, string> = {
  draft: 'In progress',
  submitted: 'Submitted, waiting for the assessor',
  in_assessment: 'Being assessed',
  competent: 'Competent',
  not_yet_competent: 'Not Yet Competent',
  in_moderation: 'Assessed, in moderation',
  agreed: 'Assessed, moderation agreed',
  referred: 'Referred back to the assessor by the moderator',
  final: 'Final',
};
