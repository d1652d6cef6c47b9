import type { Channel, EvidenceMethod } from '@/lib/db/schema/portfolio';
import type { PracticalContent } from '@/lib/portfolio/load-practical-content';
import { METHODS } from '@/lib/portfolio/methods';
import { ruleFor } from '@/lib/portfolio/sufficiency-schema';

/** Per method, the criteria it can evidence. */
export type MethodClaims = Map<EvidenceMethod, Set<string>>;

/** Methods whose channel the person recording them chooses, so any number of channels is possible. */
const ANY_CHANNEL = new Set<EvidenceMethod>(['witness', 'logbook']);

/**
 * Each criterion's rule must be reachable with the methods the content offers: enough different
 * methods that can claim it, a practical one when the rule asks for practical evidence, and enough
 * channels among them. A rule no learner could ever meet would block every Competent decision.
 */
export function checkReachable(content: PracticalContent, acCodes: ReadonlySet<string>, summative: MethodClaims): string[] {
  const claims: MethodClaims = new Map(summative);
  const add = (method: EvidenceMethod, codes: Iterable<string>) => claims.set(method, new Set([...(claims.get(method) ?? []), ...codes]));
  add('observation', content.observations.flatMap((scenario) => Object.keys(scenario.checklist)));
  add('role-play', content.rolePlays.flatMap((brief) => brief.criteria));
  add('witness', Object.keys(content.witness.criteria));
  add('logbook', [...content.logbook.always, ...content.logbook.whenEscalated, ...content.logbook.whenFollowedUp, ...content.logbook.whenRespondedInTime]);
  add('document', acCodes);

  const problems: string[] = [];
  for (const code of [...acCodes].sort()) {
    const rule = ruleFor(content.sufficiency, code);
    const methods = [...claims].filter(([method, codes]) => codes.has(code) && METHODS[method].countsForSufficiency).map(([method]) => method);
    const practical = methods.filter((method) => METHODS[method].practical);
    if (methods.length < rule.methods) problems.push(`${code}: the rule asks for ${rule.methods} methods but only ${methods.length} can evidence it (${methods.join(', ') || 'none'})`);
    if (rule.practical > 0 && practical.length === 0) problems.push(`${code}: the rule asks for practical evidence but no practical method can evidence it`);
    if (rule.practicalChannels > 0 && !practical.some((method) => ANY_CHANNEL.has(method))) {
      const channels = new Set<Channel>([
        ...content.observations.filter((scenario) => scenario.checklist[code]).map((scenario) => scenario.channel),
        ...content.rolePlays.filter((brief) => brief.criteria.includes(code)).map((brief) => brief.channel),
      ]);
      if (channels.size < rule.practicalChannels) problems.push(`${code}: the rule asks for practical evidence on ${rule.practicalChannels} channels but the content offers ${channels.size}`);
    }
  }
  return problems;
}
