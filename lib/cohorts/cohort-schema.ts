import { z } from 'zod';
import { storableText } from '@/lib/forms/storable-text';

const IsoDate = (label: string) =>
  storableText({ error: `Enter the ${label}` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${label} as a date, like 2027-02-01`)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), `The ${label} is not a real date`);

/** A new cohort as the admin's form sends it. */
export const NewCohortSchema = z
  .object({
    name: storableText({ error: 'Enter a name for the cohort' }).trim().min(2, 'A cohort name has at least 2 characters').max(80, 'A cohort name has at most 80 characters'),
    startsOn: IsoDate('start date'),
    endsOn: IsoDate('end date'),
  })
  .refine((value) => value.endsOn >= value.startsOn, { path: ['endsOn'], message: 'The end date cannot be before the start date' });

export type NewCohort = z.infer<typeof NewCohortSchema>;
