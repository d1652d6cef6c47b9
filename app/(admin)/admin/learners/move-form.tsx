'use client';

import { useActionState, useRef } from 'react';
import { moveLearnersAction } from '@/app/(admin)/admin/learners/actions';
import { AppLink as Link } from '@/components/ui/app-link';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { LearnerListRow } from '@/lib/cohorts/learner-list';
import { initialFormState } from '@/lib/forms/form-state';

type Option = { id: string; name: string };

const selectClass = 'min-h-11 rounded-md border border-slate-400 bg-white px-2 py-1';

/** The page's learners with a box each, and where to move the ticked ones: one audited step. */
export function MoveLearnersForm({ rows, cohorts, assessors }: { rows: LearnerListRow[]; cohorts: Option[]; assessors: Option[] }) {
  const [state, action] = useActionState(moveLearnersAction, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  const tickAll = (ticked: boolean) => {
    for (const box of form.current?.querySelectorAll<HTMLInputElement>('input[name="learnerId"]') ?? []) box.checked = ticked;
  };
  return (
    <form ref={form} action={action} className="space-y-4">
      <FormMessage state={state} />
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[44rem] border-collapse text-left">
          <caption className="sr-only">Learners on this page, each with a box to tick</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-2">
                <label className="inline-flex min-h-11 items-center gap-2">
                  <input type="checkbox" className="size-5" onChange={(event) => tickAll(event.currentTarget.checked)} />
                  <span className="sr-only">Tick every learner on this page</span>
                </label>
              </th>
              <th scope="col" className="py-2 pr-4">Learner</th>
              <th scope="col" className="py-2 pr-4">Cohort</th>
              <th scope="col" className="py-2">Assessor</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.learnerId} className="border-b border-slate-200">
                <td className="py-2 pr-2">
                  <label className="inline-flex min-h-11 items-center">
                    <input type="checkbox" name="learnerId" value={row.learnerId} className="size-5" />
                    <span className="sr-only">Tick {row.fullName}</span>
                  </label>
                </td>
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/admin/learners/${row.learnerId}`} className="font-semibold text-brand-700 underline">
                    {row.fullName}
                  </Link>
                  <span className="block text-sm text-slate-700">{row.email}</span>
                </th>
                <td className="py-2 pr-4">{row.cohortName ?? '—'}</td>
                <td className="py-2">{row.assessorName ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset className="flex flex-wrap items-end gap-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">Move the ticked learners</legend>
        <div className="space-y-1">
          <label htmlFor="move-cohort" className="block font-semibold">
            To cohort
          </label>
          <select id="move-cohort" name="cohort" defaultValue="keep" className={selectClass}>
            <option value="keep">Keep their cohort</option>
            <option value="none">No cohort</option>
            {cohorts.map((cohort) => (
              <option key={cohort.id} value={cohort.id}>
                {cohort.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="move-assessor" className="block font-semibold">
            To assessor
          </label>
          <select id="move-assessor" name="assessor" defaultValue="keep" className={selectClass}>
            <option value="keep">Keep their assessor</option>
            <option value="none">No assessor</option>
            {assessors.map((assessor) => (
              <option key={assessor.id} value={assessor.id}>
                {assessor.name}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton pendingLabel="Moving…">Move ticked learners</SubmitButton>
      </fieldset>
    </form>
  );
}
