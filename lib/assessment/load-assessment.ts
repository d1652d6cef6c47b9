import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type AssessmentDefinition, AssessmentDefinitionSchema } from '@/lib/assessment/assessment-schema';
import type { ContentProblem } from '@/lib/content/load-content';
import { parseYamlWith } from '@/lib/content/parse-yaml';
import type { Bank } from '@/lib/quiz/bank-schema';
import { parseBank } from '@/lib/quiz/parse-quiz-file';

export type LoadedAssessment = { definition: AssessmentDefinition; banks: Map<string, Bank> };

/** Reads the assessment definition and every bank it names; problems name the file and the field. */
export async function loadAssessment(
  contentRoot: string,
  acCodes: ReadonlySet<string>,
  orientationCode: string | null = null,
): Promise<{ assessment: LoadedAssessment | null; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const dir = path.join(contentRoot, 'assessment');
  const rel = (file: string) => path.relative(path.dirname(contentRoot), file);
  const definitionFile = path.join(dir, 'assessment.yml');
  let text: string;
  try {
    text = await readFile(definitionFile, 'utf8');
  } catch {
    return { assessment: null, problems: [{ file: rel(definitionFile), message: 'file is missing' }] };
  }
  const parsed = parseYamlWith(text, AssessmentDefinitionSchema);
  if (!parsed.ok) return { assessment: null, problems: parsed.problems.map((message) => ({ file: rel(definitionFile), message })) };

  const banks = new Map<string, Bank>();
  for (const [index, part] of parsed.value.parts.entries()) {
    const bankFile = path.join(dir, `${part.bank}.yml`);
    let bankText: string;
    try {
      bankText = await readFile(bankFile, 'utf8');
    } catch {
      problems.push({ file: rel(definitionFile), message: `parts[${index}].bank: no bank file content/assessment/${part.bank}.yml` });
      continue;
    }
    const bank = parseBank(bankText, '');
    if (!bank.ok) {
      for (const line of bank.problems) problems.push({ file: rel(bankFile), message: line.replace(/^( › |: )/, '') });
      continue;
    }
    if (bank.value.id !== part.bank) problems.push({ file: rel(bankFile), message: `id: is "${bank.value.id}" but the file and assessment.yml call it "${part.bank}"` });
    for (const item of bank.value.items) {
      for (const code of item.acs) {
        if (code === orientationCode) {
          // A summative item is evidence; a question about how the course works is not, and drawing one would take a criterion's place.
          problems.push({ file: rel(bankFile), message: `items (${item.id}) › acs: "${code}" marks a question about how the course works; such questions belong in knowledge checks, never in a summative bank` });
        } else if (!acCodes.has(code)) problems.push({ file: rel(bankFile), message: `items (${item.id}) › acs: unknown outcome code "${code}"` });
      }
    }
    banks.set(part.bank, bank.value);
  }
  const served = new Set([...banks.values()].flatMap((bank) => bank.items.flatMap((item) => item.acs)));
  for (const code of acCodes) {
    if (!served.has(code)) problems.push({ file: rel(definitionFile), message: `${code}: no summative item serves this criterion` });
  }
  return { assessment: problems.length === 0 ? { definition: parsed.value, banks } : null, problems };
}
