import { z } from 'zod';
import { storableText } from '@/lib/forms/storable-text';

const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;

/** A witness's e-mail address or phone number: whichever it is, it must be one a person can use. */
export const ContactSchema = storableText({ error: 'Enter an e-mail address or a phone number for the witness' })
  .trim()
  .min(1, 'Enter an e-mail address or a phone number for the witness')
  .max(254, 'A contact has at most 254 characters')
  .superRefine((value, ctx) => {
    if (value === '') return;
    if (value.includes('@')) {
      if (!z.email().safeParse(value).success) ctx.addIssue({ code: 'custom', message: 'Enter a whole e-mail address, such as thandi@company.co.za' });
      return;
    }
    if (!PHONE_CHARACTERS.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'Enter an e-mail address, or a phone number in digits such as 082 555 0123' });
      return;
    }
    const digits = value.replace(/\D/g, '').length;
    if (digits < 10 || digits > 15) ctx.addIssue({ code: 'custom', message: `A phone number has 10 to 15 digits (this one has ${digits}), such as 082 555 0123 or +27 82 555 0123` });
  });

export const WitnessNameSchema = storableText({ error: 'Enter the full name' })
  .trim()
  .min(2, 'Enter the full name')
  .max(120, 'A name has at most 120 characters');

export const WitnessRoleSchema = storableText({ error: 'Enter the role, for example Service desk team leader' })
  .trim()
  .min(2, 'Enter the role, for example Service desk team leader')
  .max(120, 'A role has at most 120 characters');

export const OrganisationSchema = storableText({ error: 'Enter the organisation' })
  .trim()
  .min(2, 'Enter the organisation, for example the company where you work together')
  .max(200, 'An organisation has at most 200 characters');

/** What the learner tells us about the workplace supervisor they ask to witness their work. */
export const InvitationFormSchema = z.object({
  witnessName: WitnessNameSchema,
  witnessRole: WitnessRoleSchema,
  organisation: OrganisationSchema,
  contact: ContactSchema,
  /** The learner may have the link e-mailed to the witness when the contact is an e-mail address (a checkbox: "on" or absent). */
  emailToWitness: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean()).optional(),
});
export type InvitationForm = z.infer<typeof InvitationFormSchema>;
