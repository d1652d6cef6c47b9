export { EscalationPath } from './escalation-path';
export { FollowUpCycle } from './follow-up-cycle';
export { SixStepFlow } from './six-step-flow';
export { TkiGrid } from './tki-grid';
