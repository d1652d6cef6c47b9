/** Class names shared by the knowledge-check controls, so every control has the same focus ring and target size. */

export const focusRing =
  'focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-600';

/** At least 44 px high: comfortably above the 24 px minimum target size. */
export const primaryButton = `inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60 ${focusRing}`;

export const secondaryButton = `inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60 ${focusRing}`;

export const smallButton = `inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 disabled:cursor-not-allowed disabled:opacity-50 ${focusRing}`;

/** A whole row is the click target of a radio or checkbox. */
export const choiceRow =
  'flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 hover:border-slate-500 has-checked:border-brand-700 has-checked:bg-brand-50 has-disabled:cursor-default';

export const choiceControl = `mt-0.5 size-6 shrink-0 accent-brand-700 ${focusRing}`;

export const textField = `block rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 disabled:bg-slate-100 aria-invalid:border-red-700 ${focusRing}`;

export const fieldLabel = 'block font-semibold text-slate-900';

export const hintText = 'text-sm text-slate-700';

/** A scenario choice: a full-width button whose text reads as a sentence, not a label. */
export const choiceButton = `flex min-h-11 w-full items-center rounded-md border border-slate-400 bg-white px-4 py-2 text-left text-slate-900 hover:border-slate-600 hover:bg-slate-100 ${focusRing}`;
