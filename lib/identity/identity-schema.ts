import { z } from 'zod';
import { PassportSchema } from '@/lib/identity/passport';
import { SaIdNumberSchema } from '@/lib/identity/sa-id-number';

/** How a candidate is identified on the record: an SA ID number, or a passport and its country. */
export const IdentitySchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('sa-id'), idNumber: SaIdNumberSchema }),
    PassportSchema.extend({ kind: z.literal('passport') }),
  ],
  { error: 'Choose whether you have a South African ID number or a passport' },
);

/** What the schema gives back: numbers without spaces, the country as its alpha-2 code. */
export type Identity = z.infer<typeof IdentitySchema>;

/** What a form sends before parsing. */
export type IdentityInput = z.input<typeof IdentitySchema>;

export type IdentityKind = Identity['kind'];
