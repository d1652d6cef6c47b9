'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { SastDateTimeField } from '@/components/ui/sast-date-time-field';
import { DEFAULT_TARGETS, PRIORITIES, PRIORITY_NAMES } from '@/lib/sla/priority';
import { formatDuration, formatReadable } from '@/lib/sla/time';
import {
  asCalendarChoice,
  asPriority,
  CALENDAR_CHOICES,
  calendarFor,
  type ClockForm,
  DEFAULT_FORM,
  evaluateClockForm,
  newPauseRow,
  type PauseRow,
  parseProviderClosedDates,
  type ProviderClosedDate,
} from './clock-explorer-model';
import { ClockResult } from './clock-result';
import { ERROR_CLASS, FIELD_CLASS } from './field-styles';
import { PauseFields } from './pause-fields';

/** Choose when a ticket was logged, its priority and any pauses; see when it falls due and why. */
export function SlaClockExplorer() {
  const id = useId();
  const [form, setForm] = useState<ClockForm>(DEFAULT_FORM);
  const [providerClosed, setProviderClosed] = useState<ProviderClosedDate[]>([]);
  const nextRowId = useRef(1);
  const focusRow = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { loggedError, pauseErrors, view } = useMemo(() => evaluateClockForm(form, providerClosed), [form, providerClosed]);

  // The lesson page is static; the provider's own closed dates arrive afterwards. Without them
  // (offline, or none set) the explorer works on the public holidays alone.
  useEffect(() => {
    let live = true;
    fetch('/api/calendar')
      .then((response) => (response.ok ? response.json() : null))
      .then((json: unknown) => {
        if (live) setProviderClosed(parseProviderClosedDates(json));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  // Keyboard users land in the row they just added.
  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(`${id}-pause-${focusRow.current}-from`)?.focus();
    focusRow.current = null;
  });

  const update = (patch: Partial<ClockForm>) => setForm((f) => ({ ...f, ...patch }));
  const updateRow = (row: PauseRow) => setForm((f) => ({ ...f, pauses: f.pauses.map((r) => (r.id === row.id ? row : r)) }));
  const addRow = () => {
    const row = newPauseRow(nextRowId.current, form.logged);
    nextRowId.current += 1;
    focusRow.current = row.id;
    update({ pauses: [...form.pauses, row] });
  };
  const removeRow = (rowId: number) => {
    update({ pauses: form.pauses.filter((r) => r.id !== rowId) });
    addButton.current?.focus();
  };

  return (
    <section aria-labelledby={`${id}-title`} className="not-prose my-6 rounded-lg border border-slate-300 p-4 text-slate-900">
      <h3 id={`${id}-title`} className="font-semibold">
        SLA clock explorer
      </h3>
      <p className="text-sm text-slate-700">All times are South African Standard Time (SAST, UTC+2).</p>
      {providerClosed.length > 0 ? (
        <p className="text-sm text-slate-700">
          Your training provider is also closed on {providerClosed.map((closed) => `${closed.date} (${closed.name})`).join(', ')}.
        </p>
      ) : null}
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <SastDateTimeField
            id={`${id}-logged`}
            label="Ticket logged at"
            value={form.logged}
            onChange={(logged) => update({ logged })}
            invalid={loggedError !== null}
            describedBy={loggedError ? `${id}-logged-error` : undefined}
          />
          {loggedError ? (
            <p id={`${id}-logged-error`} className={ERROR_CLASS}>
              <span aria-hidden="true">⚠ </span>
              {loggedError}
            </p>
          ) : null}
        </div>
        <label className="text-sm">
          Priority
          <select
            value={form.priority}
            onChange={(e) => update({ priority: asPriority(e.target.value) ?? form.priority })}
            className={FIELD_CLASS}
          >
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {p} {PRIORITY_NAMES[p]}: respond {formatDuration(DEFAULT_TARGETS[p].responseMinutes)}, resolve{' '}
                {formatDuration(DEFAULT_TARGETS[p].resolutionMinutes)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Service hours
          <select
            value={form.hours}
            onChange={(e) => update({ hours: asCalendarChoice(e.target.value) ?? form.hours })}
            className={FIELD_CLASS}
          >
            {Object.entries(CALENDAR_CHOICES).map(([key, choice]) => (
              <option key={key} value={key}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
      </div>

      <h4 className="mt-4 font-semibold">Pauses</h4>
      <p className="text-sm text-slate-700">
        A pause stops the clock only for a reason your SLA lists, usually while the ticket waits for the customer.
      </p>
      <div className="mt-2 space-y-2">
        {form.pauses.map((row, index) => (
          <PauseFields
            key={row.id}
            row={row}
            number={index + 1}
            idPrefix={`${id}-pause-${row.id}`}
            error={pauseErrors[row.id]}
            onChange={updateRow}
            onRemove={() => removeRow(row.id)}
          />
        ))}
      </div>
      <button
        ref={addButton}
        type="button"
        onClick={addRow}
        className="mt-2 rounded border border-brand-700 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
      >
        Add a pause
      </button>

      <p aria-live="polite" className="sr-only">
        {view
          ? `Response due ${formatReadable(view.due.responseDue)}. Resolution due ${formatReadable(view.due.resolutionDue)}.`
          : 'Correct the marked fields to see the due times.'}
      </p>
      {view ? (
        <ClockResult view={view} calendar={calendarFor(form.hours, providerClosed)} />
      ) : (
        <p className="mt-4 text-sm text-slate-700">Correct the marked fields to see the due times.</p>
      )}
    </section>
  );
}
