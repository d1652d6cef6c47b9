'use client';

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="min-h-11 rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800">
      {label}
    </button>
  );
}
