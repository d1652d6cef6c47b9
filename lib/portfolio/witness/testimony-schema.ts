import { z } from 'zod';
import { CHANNELS, type Channel } from '@/lib/db/schema/portfolio';
import { isStorableText, storableText, UNSTORABLE_TEXT_MESSAGE } from '@/lib/forms/storable-text';
import { OrganisationSchema, WitnessNameSchema, WitnessRoleSchema } from '@/lib/portfolio/witness/invitation-schema';

export const FREQUENCIES = ['once', 'a-few-times', 'regularly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const FREQUENCY_LABELS: Record<Frequency, string> = { once: 'Once', 'a-few-times': 'A few times', regularly: 'Regularly' };
export const CHANNEL_LABELS: Record<Channel, string> = { phone: 'Phone', email: 'E-mail', 'in-person': 'In person', chat: 'Chat', remote: 'Remote support session' };

/** One criterion as the witness answered it. */
export type TestimonyAnswer = { saw: string; frequency: Frequency; context: string; channel: Channel };

/** A testimony as the form sends it, checked: only the criteria the witness answered are in `answers`. */
export type TestimonyInput = {
  token: string;
  confirmedName: string;
  confirmedRole: string;
  confirmedOrganisation: string;
  answers: Record<string, TestimonyAnswer>;
  /** Ids of the learner's logbook entries the witness countersigns. */
  countersign: string[];
  signatureName: string;
};

const ANSWER_FIELDS = ['saw', 'frequency', 'context', 'channel'] as const;
type AnswerField = (typeof ANSWER_FIELDS)[number];

/** The form field holding one part of one criterion's answer, e.g. `saw:AC1.2`. */
export function answerField(field: AnswerField, code: string): string {
  return `${field}:${code}`;
}

export const COUNTERSIGN_PREFIX = 'countersign:';
const ENTRY_ID = /^[\w-]{1,100}$/;

/** Names match when they differ only in case and spacing. */
export function sameName(a: string, b: string): boolean {
  const normal = (value: string) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-ZA');
  return normal(a) === normal(b);
}

const SAW_MAX = 2000;
const CONTEXT_MAX = 500;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function isFrequency(value: string): value is Frequency {
  return (FREQUENCIES as readonly string[]).includes(value);
}

function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

function answerValues(raw: Record<string, unknown>, code: string): Record<AnswerField, string> {
  return {
    saw: text(raw[answerField('saw', code)]),
    frequency: text(raw[answerField('frequency', code)]),
    context: text(raw[answerField('context', code)]),
    channel: text(raw[answerField('channel', code)]),
  };
}

/**
 * The witness form for the criteria in content, field by field: a criterion is either left wholly
 * blank (not seen) or answered in full; at least one must be answered; the typed signature must be
 * the confirmed name and the declaration ticked. Every message names what to do in that field.
 */
export function testimonyFormSchema(codes: readonly string[]) {
  return z
    .looseObject({
      token: storableText({ error: 'This form has lost its link. Open the link you were sent again.' }),
      confirmedName: WitnessNameSchema,
      confirmedRole: WitnessRoleSchema,
      confirmedOrganisation: OrganisationSchema,
      signatureName: storableText().optional(),
      declaration: storableText().optional(),
    })
    .superRefine(
      (form, ctx) => {
        const raw: Record<string, unknown> = form;
        let answered = 0;
        for (const code of codes) {
          const values = answerValues(raw, code);
          if (ANSWER_FIELDS.every((field) => values[field] === '')) continue;
          answered += 1;
          const issue = (field: AnswerField, message: string) => ctx.addIssue({ code: 'custom', path: [answerField(field, code)], message });
          for (const field of ANSWER_FIELDS) if (!isStorableText(values[field])) issue(field, UNSTORABLE_TEXT_MESSAGE);
          if (values.saw === '') issue('saw', `Say what you saw the learner do for ${code}, or clear every answer for ${code} if you have not seen it.`);
          else if (values.saw.length > SAW_MAX) issue('saw', `Keep what you saw for ${code} to ${SAW_MAX} characters (it has ${values.saw.length}).`);
          if (!isFrequency(values.frequency)) issue('frequency', `Choose how often you saw it for ${code}: once, a few times or regularly.`);
          if (values.context === '') issue('context', `Say in which context you saw it for ${code}, for example the kind of request or customer.`);
          else if (values.context.length > CONTEXT_MAX) issue('context', `Keep the context for ${code} to ${CONTEXT_MAX} characters (it has ${values.context.length}).`);
          if (!isChannel(values.channel)) issue('channel', `Choose the channel for ${code}: phone, e-mail, in person, chat or remote support session.`);
        }
        if (answered === 0) ctx.addIssue({ code: 'custom', path: ['answers'], message: 'Answer at least one criterion: describe what you saw for any criterion you have seen the learner do.' });
        for (const key of Object.keys(raw)) {
          if (key.startsWith(COUNTERSIGN_PREFIX) && !ENTRY_ID.test(key.slice(COUNTERSIGN_PREFIX.length))) {
            ctx.addIssue({ code: 'custom', path: ['countersign'], message: 'One of the logbook entries chosen is not recognised. Reload the page and choose again.' });
          }
        }
        const signature = text(raw.signatureName);
        const confirmed = text(raw.confirmedName);
        if (signature === '') ctx.addIssue({ code: 'custom', path: ['signatureName'], message: 'Type your full name to sign.' });
        else if (confirmed !== '' && !sameName(signature, confirmed)) {
          ctx.addIssue({ code: 'custom', path: ['signatureName'], message: `Type your name exactly as you confirmed it above (${confirmed}) to sign.` });
        }
        if (raw.declaration !== 'yes') ctx.addIssue({ code: 'custom', path: ['declaration'], message: 'Tick the declaration to sign your testimony.' });
      },
      { when: () => true },
    )
    .transform((form): TestimonyInput => {
      const raw: Record<string, unknown> = form;
      const answers: Record<string, TestimonyAnswer> = {};
      for (const code of codes) {
        const { saw, frequency, context, channel } = answerValues(raw, code);
        if (saw !== '' && isFrequency(frequency) && isChannel(channel)) answers[code] = { saw, frequency, context, channel };
      }
      const countersign = Object.keys(raw)
        .filter((key) => key.startsWith(COUNTERSIGN_PREFIX) && raw[key] === 'yes')
        .map((key) => key.slice(COUNTERSIGN_PREFIX.length));
      return {
        token: form.token,
        confirmedName: form.confirmedName,
        confirmedRole: form.confirmedRole,
        confirmedOrganisation: form.confirmedOrganisation,
        answers,
        countersign,
        signatureName: text(form.signatureName),
      };
    });
}
