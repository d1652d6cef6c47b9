import { z } from 'zod';

const count = (what: string) => z.number().int(`${what} must be a whole number`).min(0, `${what} cannot be negative`).max(20, `${what} must be at most 20`);

/** What a criterion needs before an assessor may judge it met. */
export const SufficiencyRuleSchema = z
  .strictObject({
    /** Pieces of evidence in all. */
    pieces: count('pieces'),
    /** Different methods among them. */
    methods: count('methods'),
    /** Pieces from a practical method. */
    practical: count('practical'),
    /** Different channels (phone, e-mail, in person …) among the practical pieces. */
    practicalChannels: count('practicalChannels').default(0),
  })
  .refine((rule) => rule.methods <= rule.pieces, { message: 'methods cannot be more than pieces: each method needs a piece' })
  .refine((rule) => rule.practical <= rule.pieces, { message: 'practical cannot be more than pieces' })
  .refine((rule) => rule.practicalChannels <= rule.practical, { message: 'practicalChannels cannot be more than practical: each channel needs a practical piece' });

export type SufficiencyRule = z.infer<typeof SufficiencyRuleSchema>;

/** `content/practical/sufficiency.yml`: a default rule, rules per criterion that differ, and how long evidence stays current. */
export const SufficiencyFileSchema = z.strictObject({
  currencyMonths: z.number().int().min(1, 'currencyMonths must be at least 1').max(120, 'currencyMonths must be at most 120'),
  default: SufficiencyRuleSchema,
  criteria: z.record(z.string().regex(/^AC\d+\.\d+$/, 'criteria keys are assessment-criterion codes such as AC1.3'), SufficiencyRuleSchema).default({}),
});

export type SufficiencyFile = z.infer<typeof SufficiencyFileSchema>;

export function ruleFor(file: SufficiencyFile, code: string): SufficiencyRule {
  return file.criteria[code] ?? file.default;
}
