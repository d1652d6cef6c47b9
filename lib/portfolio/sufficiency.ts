import type { Channel, EvidenceMethod, EvidenceState } from '@/lib/db/schema/portfolio';
import { METHODS, methodLabel } from '@/lib/portfolio/methods';
import { ruleFor, type SufficiencyFile, type SufficiencyRule } from '@/lib/portfolio/sufficiency-schema';

export type EvidencePiece = {
  id: string;
  method: EvidenceMethod;
  criteria: readonly string[];
  channel: Channel | null;
  state: EvidenceState;
  occurredAt: Date;
};

export type CriterionSufficiency = {
  code: string;
  rule: SufficiencyRule;
  met: boolean;
  /** The pieces that count: put forward or signed, current, and of a method that counts. */
  counted: EvidencePiece[];
  /** Pieces that claim the criterion but are too old to count. */
  notCurrent: EvidencePiece[];
  methods: EvidenceMethod[];
  practical: number;
  channels: Channel[];
  /** What is still missing, in words; empty when met. */
  missing: string[];
};

const COUNTED_STATES = new Set<EvidenceState>(['submitted', 'signed']);

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The date before which evidence is no longer current, `months` before `now`. */
export function currencyCutOff(now: Date, months: number): Date {
  const cut = new Date(now);
  cut.setUTCMonth(cut.getUTCMonth() - months);
  return cut;
}

/** How the evidence for one criterion stands against its rule. */
export function evaluateCriterion(code: string, pieces: readonly EvidencePiece[], file: SufficiencyFile, now: Date): CriterionSufficiency {
  const rule = ruleFor(file, code);
  const cutOff = currencyCutOff(now, file.currencyMonths);
  const claiming = pieces.filter((piece) => piece.criteria.includes(code) && COUNTED_STATES.has(piece.state) && METHODS[piece.method].countsForSufficiency);
  const counted = claiming.filter((piece) => piece.occurredAt >= cutOff);
  const notCurrent = claiming.filter((piece) => piece.occurredAt < cutOff);
  const methods = [...new Set(counted.map((piece) => piece.method))];
  const practicalPieces = counted.filter((piece) => METHODS[piece.method].practical);
  const channels = [...new Set(practicalPieces.flatMap((piece) => (piece.channel ? [piece.channel] : [])))];
  const missing: string[] = [];
  if (counted.length < rule.pieces) missing.push(`${plural(rule.pieces - counted.length, 'more piece')} of evidence`);
  if (methods.length < rule.methods) missing.push(`evidence from ${plural(rule.methods - methods.length, 'more method')}`);
  if (practicalPieces.length < rule.practical) missing.push(`${plural(rule.practical - practicalPieces.length, 'more practical piece')} (observation, role-play, witness, logbook or simulated ticket)`);
  if (channels.length < rule.practicalChannels) missing.push(`practical evidence on ${plural(rule.practicalChannels - channels.length, 'more channel')}`);
  return { code, rule, met: missing.length === 0, counted, notCurrent, methods, practical: practicalPieces.length, channels, missing };
}

/** The rule in plain words, for the assessor, the moderator and content authors. */
export function describeRule(rule: SufficiencyRule): string {
  const parts = [`${plural(rule.pieces, 'piece')} of evidence`, `from ${plural(rule.methods, 'method')}`];
  if (rule.practical > 0) parts.push(`${rule.practical === 1 ? 'one' : rule.practical} of them practical`);
  if (rule.practicalChannels > 0) parts.push(`practical evidence on ${plural(rule.practicalChannels, 'channel')}`);
  return parts.join(', ');
}

/** What the evidence has now, in words: "2 pieces: Knowledge test, Observation (phone)". */
export function describeHoldings(result: CriterionSufficiency): string {
  if (result.counted.length === 0) return 'no evidence yet';
  const labels = result.counted.map((piece) => (piece.channel && METHODS[piece.method].practical ? `${methodLabel(piece.method)} (${piece.channel})` : methodLabel(piece.method)));
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const listed = [...counts].map(([label, count]) => (count === 1 ? label : `${count} × ${label}`));
  return `${plural(result.counted.length, 'piece')}: ${listed.join(', ')}`;
}

/** The sentence that refuses a judgement of "met" on a criterion whose rule is not met. */
export function refusalFor(result: CriterionSufficiency, criterionText: string): string {
  return `${result.code} (${criterionText}) needs ${describeRule(result.rule)}. It has ${describeHoldings(result)}. Missing: ${result.missing.join('; ')}.`;
}
