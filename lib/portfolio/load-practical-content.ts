import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { ContentProblem } from '@/lib/content/load-content';
import { parseYamlWith } from '@/lib/content/parse-yaml';
import { checkReachable, type MethodClaims } from '@/lib/portfolio/check-reachable';
import {
  type LogbookClaims,
  LogbookClaimsSchema,
  type ObservationScenario,
  ObservationsFileSchema,
  type RolePlayBrief,
  RolePlaysFileSchema,
  type WitnessForm,
  WitnessFormSchema,
} from '@/lib/portfolio/practical-schemas';
import { type SufficiencyFile, SufficiencyFileSchema } from '@/lib/portfolio/sufficiency-schema';

export type PracticalContent = {
  sufficiency: SufficiencyFile;
  observations: ObservationScenario[];
  rolePlays: RolePlayBrief[];
  witness: WitnessForm;
  logbook: LogbookClaims;
};

const FILES = {
  sufficiency: ['sufficiency.yml', SufficiencyFileSchema],
  observations: ['observations.yml', ObservationsFileSchema],
  rolePlays: ['role-plays.yml', RolePlaysFileSchema],
  witness: ['witness.yml', WitnessFormSchema],
  logbook: ['logbook.yml', LogbookClaimsSchema],
} as const;

async function readParsed<S extends z.ZodType>(dir: string, file: string, schema: S, problems: ContentProblem[], rel: (file: string) => string): Promise<z.infer<S> | null> {
  const full = path.join(dir, file);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch {
    problems.push({ file: rel(full), message: 'file is missing' });
    return null;
  }
  const parsed = parseYamlWith(text, schema);
  if (!parsed.ok) {
    for (const message of parsed.problems) problems.push({ file: rel(full), message });
    return null;
  }
  return parsed.value;
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/**
 * Reads `content/practical/`: the sufficiency rules and what each practical method asks. Beyond each
 * file's shape it checks every criterion code, unique ids, and that every criterion can reach its
 * rule with the methods the content offers (`summativeClaims`: what the summative parts evidence).
 */
export async function loadPracticalContent(contentRoot: string, acCodes: ReadonlySet<string>, summativeClaims: MethodClaims): Promise<{ content: PracticalContent | null; problems: ContentProblem[] }> {
  const dir = path.join(contentRoot, 'practical');
  const rel = (file: string) => path.relative(path.dirname(contentRoot), file);
  const problems: ContentProblem[] = [];
  const [sufficiency, observations, rolePlays, witness, logbook] = await Promise.all([
    readParsed(dir, FILES.sufficiency[0], FILES.sufficiency[1], problems, rel),
    readParsed(dir, FILES.observations[0], FILES.observations[1], problems, rel),
    readParsed(dir, FILES.rolePlays[0], FILES.rolePlays[1], problems, rel),
    readParsed(dir, FILES.witness[0], FILES.witness[1], problems, rel),
    readParsed(dir, FILES.logbook[0], FILES.logbook[1], problems, rel),
  ]);
  if (!sufficiency || !observations || !rolePlays || !witness || !logbook) return { content: null, problems };
  const file = (name: string) => rel(path.join(dir, name));
  const unknown = (where: string, codes: Iterable<string>) => {
    for (const code of codes) if (!acCodes.has(code)) problems.push({ file: file(where), message: `unknown assessment criterion "${code}"` });
  };

  unknown('sufficiency.yml', Object.keys(sufficiency.criteria));
  for (const id of duplicates(observations.scenarios.map((scenario) => scenario.id))) problems.push({ file: file('observations.yml'), message: `scenario id "${id}" is used twice` });
  for (const scenario of observations.scenarios) {
    unknown('observations.yml', Object.keys(scenario.checklist));
    for (const id of duplicates(Object.values(scenario.checklist).flatMap((behaviours) => behaviours.map((behaviour) => behaviour.id)))) {
      problems.push({ file: file('observations.yml'), message: `scenarios (${scenario.id}) › behaviour id "${id}" is used twice` });
    }
  }
  for (const id of duplicates(rolePlays.briefs.map((brief) => brief.id))) problems.push({ file: file('role-plays.yml'), message: `brief id "${id}" is used twice` });
  for (const brief of rolePlays.briefs) {
    unknown('role-plays.yml', brief.criteria);
    for (const code of brief.criteria) if (!brief.lookFor[code]) problems.push({ file: file('role-plays.yml'), message: `briefs (${brief.id}) › lookFor: says nothing about ${code}, which the brief claims` });
    for (const code of Object.keys(brief.lookFor)) if (!brief.criteria.includes(code)) problems.push({ file: file('role-plays.yml'), message: `briefs (${brief.id}) › lookFor: ${code} is not among the brief's criteria` });
  }
  unknown('witness.yml', Object.keys(witness.criteria));
  for (const code of acCodes) if (!witness.criteria[code]) problems.push({ file: file('witness.yml'), message: `criteria: no prompt for ${code}` });
  unknown('logbook.yml', [...logbook.always, ...logbook.whenEscalated, ...logbook.whenFollowedUp, ...logbook.whenRespondedInTime]);
  if (problems.length > 0) return { content: null, problems };

  const content: PracticalContent = { sufficiency, observations: observations.scenarios, rolePlays: rolePlays.briefs, witness, logbook };
  for (const message of checkReachable(content, acCodes, summativeClaims)) problems.push({ file: file('sufficiency.yml'), message });
  return { content: problems.length === 0 ? content : null, problems };
}
