'use client';

import { useEffect, useRef, useState } from 'react';
import { describedBy, FieldError, fieldId, textAreaClass } from '@/components/portfolio/field-error';

export type QuestionRow = { key: number; question: string; answer: string };

type Props = { rows: QuestionRow[]; onChange: (rows: QuestionRow[]) => void; errors: Record<string, string> };

/** Questions asked and the learner's answers: rows added and removed by button, never fewer than one. */
export function QuestionRows({ rows, onChange, errors }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const focusAfter = useRef<'last' | 'add' | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // After adding, the new question takes focus; after removing, the add button does.
    if (focusAfter.current === 'last') list.current?.querySelector<HTMLTextAreaElement>('li:last-child textarea')?.focus();
    if (focusAfter.current === 'add') addButton.current?.focus();
    focusAfter.current = null;
  });
  const update = (key: number, part: 'question' | 'answer', value: string) => onChange(rows.map((row) => (row.key === key ? { ...row, [part]: value } : row)));
  const add = () => {
    onChange([...rows, { key: Math.max(0, ...rows.map((row) => row.key)) + 1, question: '', answer: '' }]);
    focusAfter.current = 'last';
    setAnnouncement(`Question ${rows.length + 1} added.`);
  };
  const remove = (key: number, number: number) => {
    onChange(rows.filter((row) => row.key !== key));
    focusAfter.current = 'add';
    setAnnouncement(`Question ${number} removed.`);
  };
  return (
    <div className="space-y-3">
      <ol ref={list} className="space-y-4">
        {rows.map((row, index) => {
          const number = index + 1;
          const question = `question:${index}`;
          const answer = `answer:${index}`;
          return (
            <li key={row.key}>
              <fieldset className="space-y-2 rounded-lg border border-slate-300 p-4">
                <legend className="px-1 font-semibold">Question {number}</legend>
                <label htmlFor={fieldId(question)} className="block text-sm font-semibold">
                  Question you asked
                </label>
                <textarea id={fieldId(question)} name={question} rows={2} value={row.question} onChange={(event) => update(row.key, 'question', event.target.value)} aria-invalid={errors[question] ? true : undefined} aria-describedby={describedBy(errors[question] && `${fieldId(question)}-error`)} className={textAreaClass} />
                <FieldError id={`${fieldId(question)}-error`} message={errors[question]} />
                <label htmlFor={fieldId(answer)} className="block text-sm font-semibold">
                  Learner&rsquo;s answer
                </label>
                <textarea id={fieldId(answer)} name={answer} rows={3} value={row.answer} onChange={(event) => update(row.key, 'answer', event.target.value)} aria-invalid={errors[answer] ? true : undefined} aria-describedby={describedBy(errors[answer] && `${fieldId(answer)}-error`)} className={textAreaClass} />
                <FieldError id={`${fieldId(answer)}-error`} message={errors[answer]} />
                {rows.length > 1 ? (
                  <button type="button" onClick={() => remove(row.key, number)} className="min-h-11 rounded-md border border-red-800 px-3 text-red-900">
                    Remove question {number}
                  </button>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button ref={addButton} type="button" onClick={add} disabled={rows.length >= 30} className="min-h-11 rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800">
        Add a question
      </button>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
