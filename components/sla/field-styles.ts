/** Shared form-control classes for the SLA explorers: a visible border, and a red ring when invalid. */
export const FIELD_CLASS =
  'mt-1 block w-full rounded border border-slate-500 px-2 py-1 text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-2 aria-[invalid=true]:ring-red-700';

export const ERROR_CLASS = 'mt-2 text-sm font-medium text-red-800';
