import { z } from 'zod';
import { CHANNELS } from '@/lib/db/schema/portfolio';
import { IdSchema, TextSchema } from '@/lib/quiz/schema';

const CriterionCode = z.string().regex(/^AC\d+\.\d+$/, 'must be an assessment-criterion code such as AC1.3');
const Channel = z.enum(CHANNELS, { message: `must be one of ${CHANNELS.join(', ')}` });

/** `content/practical/observations.yml`: what an assessor watches for, per criterion, in each observed interaction. */
export const ObservationScenarioSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  channel: Channel,
  /** How the assessor sets up or finds the interaction. */
  setting: TextSchema,
  checklist: z.record(CriterionCode, z.array(z.strictObject({ id: IdSchema, behaviour: TextSchema })).min(1, 'needs at least one behaviour')),
});
export const ObservationsFileSchema = z.strictObject({ scenarios: z.array(ObservationScenarioSchema).min(1, 'needs at least one scenario') });
export type ObservationScenario = z.infer<typeof ObservationScenarioSchema>;

/** `content/practical/role-plays.yml`: briefs for recorded role-plays, with the customer's script for whoever plays the customer. */
export const RolePlayBriefSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  channel: Channel,
  criteria: z.array(CriterionCode).min(1, 'needs at least one criterion'),
  learnerBrief: TextSchema,
  customerScript: TextSchema,
  /** Per criterion, what the assessor listens for. */
  lookFor: z.record(CriterionCode, TextSchema),
  minutes: z.number().int().min(1).max(30),
});
export const RolePlaysFileSchema = z.strictObject({ briefs: z.array(RolePlayBriefSchema).min(1, 'needs at least one brief') });
export type RolePlayBrief = z.infer<typeof RolePlayBriefSchema>;

/** `content/practical/witness.yml`: what a workplace witness is asked, per criterion, and what they declare. */
export const WitnessFormSchema = z.strictObject({
  introduction: TextSchema,
  declaration: TextSchema,
  criteria: z.record(CriterionCode, z.strictObject({ prompt: TextSchema })),
});
export type WitnessForm = z.infer<typeof WitnessFormSchema>;

/** `content/practical/logbook.yml`: which criteria a logbook entry evidences, always and when it records more. */
export const LogbookClaimsSchema = z.strictObject({
  always: z.array(CriterionCode).min(1),
  whenEscalated: z.array(CriterionCode),
  whenFollowedUp: z.array(CriterionCode),
  whenRespondedInTime: z.array(CriterionCode),
});
export type LogbookClaims = z.infer<typeof LogbookClaimsSchema>;
