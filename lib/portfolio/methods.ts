import type { EvidenceMethod } from '@/lib/db/schema/portfolio';

export type MethodInfo = {
  label: string;
  /** Practical evidence shows the learner doing the work, not describing it. */
  practical: boolean;
  /** Counts towards a criterion's sufficiency rule (an authenticity interview does not: it vouches for other evidence). */
  countsForSufficiency: boolean;
};

/**
 * Every evidence method, in the order the matrix shows them. The `Record` over the method union
 * makes the compiler point at this table whenever a method is added.
 */
export const METHODS: Record<EvidenceMethod, MethodInfo> = {
  knowledge: { label: 'Knowledge test', practical: false, countsForSufficiency: true },
  written: { label: 'Written task', practical: false, countsForSufficiency: true },
  'simulated-ticket': { label: 'Simulated ticket', practical: true, countsForSufficiency: true },
  observation: { label: 'Observation', practical: true, countsForSufficiency: true },
  'role-play': { label: 'Role-play recording', practical: true, countsForSufficiency: true },
  witness: { label: 'Witness testimony', practical: true, countsForSufficiency: true },
  logbook: { label: 'Logbook entry', practical: true, countsForSufficiency: true },
  interview: { label: 'Verification interview', practical: false, countsForSufficiency: false },
  document: { label: 'Uploaded document', practical: false, countsForSufficiency: true },
};

export const METHOD_ORDER = Object.keys(METHODS) as EvidenceMethod[];

export function methodLabel(method: EvidenceMethod): string {
  return METHODS[method].label;
}
