export { PriorityMatrix } from './priority-matrix';
export { PriorityMatrixExplorer } from './priority-matrix-explorer';
export { SlaClockExplorer } from './sla-clock-explorer';
export { SlaTimeline } from './sla-timeline';
