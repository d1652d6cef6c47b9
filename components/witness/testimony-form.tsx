'use client';

import { useActionState } from 'react';
import { signTestimonyAction } from '@/app/(witness)/witness/[token]/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { CriterionFields, type WitnessCriterion } from '@/components/witness/criterion-fields';
import { CheckboxField, fieldId } from '@/components/witness/witness-fields';
import { initialFormState } from '@/lib/forms/form-state';
import { COUNTERSIGN_PREFIX } from '@/lib/portfolio/witness/testimony-schema';

type Props = {
  token: string;
  invited: { name: string; role: string; organisation: string };
  criteria: WitnessCriterion[];
  logbook: { id: string; reference: string; logged: string; description: string }[];
  declaration: string;
};

const ANCHORS: Record<string, string> = { answers: 'criteria-heading', declaration: fieldId('declaration') };

/** Where an error's link in the summary takes the witness: the field itself, or its group's first choice. */
function anchorFor(name: string, logbook: Props['logbook']): string {
  if (name === 'countersign') return fieldId(`${COUNTERSIGN_PREFIX}${logbook[0]?.id ?? ''}`);
  return ANCHORS[name] ?? fieldId(name);
}

/** The witness's testimony: who they are, what they saw per criterion, optional countersigning, signature. */
export function TestimonyForm({ token, invited, criteria, logbook, declaration }: Props) {
  const [state, action] = useActionState(signTestimonyAction, initialFormState);
  const values = state.values;
  const errors = state.fieldErrors;
  const problems = Object.entries(errors);
  return (
    <form action={action} className="space-y-8" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      {problems.length > 0 ? (
        <ul className="list-disc space-y-1 pl-6 text-red-900">
          {problems.map(([name, message]) => (
            <li key={name}>
              <a href={`#${anchorFor(name, logbook)}`} className="underline">
                {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}

      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold">Who you are</legend>
        <p className="text-slate-700">The learner filled these in; correct anything that is not right.</p>
        <TextField name="confirmedName" label="Your full name" autoComplete="name" defaultValue={values.confirmedName ?? invited.name} error={errors.confirmedName} />
        <TextField name="confirmedRole" label="Your role" autoComplete="organization-title" defaultValue={values.confirmedRole ?? invited.role} error={errors.confirmedRole} />
        <TextField name="confirmedOrganisation" label="Your organisation" autoComplete="organization" defaultValue={values.confirmedOrganisation ?? invited.organisation} error={errors.confirmedOrganisation} />
      </fieldset>

      <section aria-labelledby="criteria-heading" className="space-y-4">
        <h2 id="criteria-heading" tabIndex={-1} className="text-2xl font-bold">
          What you saw
        </h2>
        <p id="criteria-hint" className="text-slate-700">
          Answer each criterion you have seen the learner do, and leave the others completely blank. At least one answer is needed.
        </p>
        {errors.answers ? (
          <p className="font-semibold text-red-800">
            <span aria-hidden="true">⚠ </span>
            {errors.answers}
          </p>
        ) : null}
        {criteria.map((criterion) => (
          <CriterionFields key={criterion.code} criterion={criterion} values={values} errors={errors} />
        ))}
      </section>

      {logbook.length > 0 ? (
        <fieldset className="space-y-2" aria-describedby="countersign-hint">
          <legend className="text-2xl font-bold">Countersign logbook entries (optional)</legend>
          <p id="countersign-hint" className="text-slate-700">
            Tick the tickets in the learner&rsquo;s logbook that you know they handled as recorded. Leave them unticked if you cannot confirm them.
          </p>
          {logbook.map((entry) => (
            <CheckboxField
              key={entry.id}
              name={`${COUNTERSIGN_PREFIX}${entry.id}`}
              label={`${entry.reference}, logged ${entry.logged}: ${entry.description}`}
              checked={values[`${COUNTERSIGN_PREFIX}${entry.id}`] === 'yes'}
            />
          ))}
          {errors.countersign ? <p className="text-sm font-semibold text-red-800">{errors.countersign}</p> : null}
        </fieldset>
      ) : null}

      <section aria-labelledby="sign-heading" className="space-y-4 rounded-lg bg-slate-50 p-4">
        <h2 id="sign-heading" className="text-2xl font-bold">
          Sign your testimony
        </h2>
        <p id="declaration-text" className="text-slate-900">
          {declaration}
        </p>
        <CheckboxField name="declaration" label="I make this declaration" checked={values.declaration === 'yes'} error={errors.declaration} describedBy="declaration-text" />
        <TextField name="signatureName" label="Type your full name to sign" hint="Exactly as in “Your full name” above." autoComplete="off" defaultValue={values.signatureName ?? ''} error={errors.signatureName} />
        <SubmitButton pendingLabel="Sending…">Sign and send the testimony</SubmitButton>
      </section>
    </form>
  );
}
