'use client';

import { useEffect, useRef, useState } from 'react';
import { DateTimeField, TextAreaField } from '@/components/portfolio/logbook/form-fields';
import { TextField } from '@/components/ui/text-field';

type Row = { key: number; to: string; at: string; why: string };
type Field = 'to' | 'at' | 'why';

type Props = {
  /** The rows to show at first: an entry's escalations, as the form writes them. */
  initial: readonly { to: string; at: string; why: string }[];
  errors: Record<string, string>;
  /** Changes when the form was saved, so the rows start empty again. */
  resetKey: number;
};

/**
 * Zero or more escalations, added and removed by buttons; rows are named "escalations.<n>.<field>"
 * in the order shown. The fields are controlled: a form action resets uncontrolled fields, and a
 * removed row must not hand its text to the row that moves up.
 */
export function EscalationRows({ initial, errors, resetKey }: Props) {
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState<Row[]>(() => initial.map((row, key) => ({ key, ...row })));
  const [seenReset, setSeenReset] = useState(resetKey);
  const [focusTarget, setFocusTarget] = useState<number | 'add' | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  if (seenReset !== resetKey) {
    setSeenReset(resetKey);
    setRows([]);
  }
  useEffect(() => {
    if (focusTarget === null) return;
    const selector = focusTarget === 'add' ? '[data-add]' : `[data-row="${focusTarget}"] input`;
    listRef.current?.querySelector<HTMLElement>(selector)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const add = () => {
    const key = nextKey.current;
    nextKey.current += 1;
    setRows((current) => [...current, { key, to: '', at: '', why: '' }]);
    setFocusTarget(key);
  };
  const remove = (key: number) => {
    setRows((current) => current.filter((row) => row.key !== key));
    setFocusTarget('add');
  };
  const change = (key: number, field: Field, value: string) => setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)));

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-300 p-4">
      <legend className="px-1 font-semibold">Escalations</legend>
      <p className="text-sm text-slate-700">Add one for each time you passed the ticket on or called in help: to whom (a role or team), when and why.</p>
      <div ref={listRef} className="space-y-4">
        {rows.map((row, index) => {
          const name = (field: Field) => `escalations.${index}.${field}`;
          return (
            <fieldset key={row.key} data-row={row.key} className="space-y-3 rounded-md bg-slate-50 p-3">
              <legend className="font-semibold">Escalation {index + 1}</legend>
              <TextField name={name('to')} label="Escalated to" hint="A role or team, such as second-line network team." value={row.to} onChange={(event) => change(row.key, 'to', event.target.value)} error={errors[name('to')]} />
              <DateTimeField name={name('at')} label="Escalated at" value={row.at} onChange={(event) => change(row.key, 'at', event.target.value)} error={errors[name('at')]} />
              <TextAreaField name={name('why')} label="Why you escalated" rows={2} value={row.why} onChange={(event) => change(row.key, 'why', event.target.value)} error={errors[name('why')]} />
              <button type="button" onClick={() => remove(row.key)} className="min-h-11 rounded-md border-2 border-slate-500 px-4 font-semibold text-slate-900">
                Remove escalation {index + 1}
              </button>
            </fieldset>
          );
        })}
        <button type="button" data-add onClick={add} className="min-h-11 rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800">
          Add an escalation
        </button>
      </div>
    </fieldset>
  );
}
