import type { SaveStatus } from '@/components/assessment/use-autosave';

/** One part of the attempt as its stepper shows it: how many answers the server holds, and what is missing. */
export type PartProgress = { title: string; total: number; saved: number; waiting: number; unfinished: number };

type Item = { itemKey: string; number: number };

/**
 * What each part's step says. An answer counts as saved once the server confirmed it (or held it
 * when the page loaded); one kept in the browser while offline or refused counts as waiting; a
 * question the learner has not finished counts as unfinished, whatever its save state.
 */
export function partProgress(
  parts: readonly { title: string; items: readonly Item[] }[],
  { statuses, heldAtLoad, unfinished }: { statuses: Readonly<Record<string, SaveStatus>>; heldAtLoad: ReadonlySet<string>; unfinished: ReadonlySet<number> },
): PartProgress[] {
  return parts.map((part) => {
    let saved = 0;
    let waiting = 0;
    for (const item of part.items) {
      const state = statuses[item.itemKey]?.state ?? 'idle';
      if (state === 'saved' || (state === 'idle' && heldAtLoad.has(item.itemKey))) saved += 1;
      else if (state === 'offline' || state === 'error' || state === 'saving') waiting += 1;
    }
    return { title: part.title, total: part.items.length, saved, waiting, unfinished: part.items.filter((item) => unfinished.has(item.number)).length };
  });
}

/** The step's status in words, as the learner and a screen reader read it. */
export function describePart(progress: PartProgress): string {
  const saved = progress.saved === progress.total ? `all ${progress.total} saved` : `${progress.saved} of ${progress.total} saved`;
  const waiting = progress.waiting > 0 ? `, ${progress.waiting} not sent yet` : '';
  const unfinished = progress.unfinished > 0 ? `, ${progress.unfinished} not finished` : '';
  return `${saved}${waiting}${unfinished}`;
}
