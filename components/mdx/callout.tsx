import type { ReactNode } from 'react';

const styles = {
  note: { label: 'Note', box: 'border-sky-700 bg-sky-50' },
  tip: { label: 'Tip', box: 'border-emerald-700 bg-emerald-50' },
  warning: { label: 'Watch out', box: 'border-amber-700 bg-amber-50' },
} as const;

type CalloutKind = keyof typeof styles;

function isCalloutKind(value: string): value is CalloutKind {
  return value in styles;
}

export function Callout({ kind = 'note', children }: { kind?: string; children: ReactNode }) {
  const style = styles[isCalloutKind(kind) ? kind : 'note'];
  return (
    <aside className={`not-prose my-6 rounded-md border-l-4 px-4 py-3 ${style.box}`} aria-label={style.label}>
      <p className="mb-1 text-sm font-bold uppercase tracking-wide text-slate-800">{style.label}</p>
      <div className="prose prose-slate max-w-none prose-p:my-2">{children}</div>
    </aside>
  );
}
