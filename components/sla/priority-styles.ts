import type { Priority } from '@/lib/sla/priority';

/** Colours for P1–P4. Every use also prints the priority as text, so colour never carries meaning alone. */
export const PRIORITY_STYLES: Readonly<Record<Priority, string>> = {
  P1: 'bg-red-100 text-red-900 border-red-700',
  P2: 'bg-orange-100 text-orange-900 border-orange-700',
  P3: 'bg-yellow-100 text-yellow-900 border-yellow-700',
  P4: 'bg-emerald-100 text-emerald-900 border-emerald-700',
};
