'use client';

import dynamic from 'next/dynamic';

/**
 * The explorers are code-split: every lesson renders through one component map, and without this
 * each lesson would download the explorers' code whether it uses them or not.
 */
export const SlaClockExplorerLazy = dynamic(() => import('@/components/sla/sla-clock-explorer').then((module) => module.SlaClockExplorer));
export const PriorityMatrixExplorerLazy = dynamic(() => import('@/components/sla/priority-matrix-explorer').then((module) => module.PriorityMatrixExplorer));
