import { useEffect, useState } from 'react';
import { type CoursePack, formatDownloadSize, parseCoursePack } from '@/lib/offline/course-pack';
import { canKeepOffline, keepPage } from '@/lib/offline/device-cache';
import { COURSE_PACK_PATH } from '@/lib/offline/offline-paths';

type State =
  | { step: 'idle' }
  | { step: 'keeping'; done: number; total: number }
  | { step: 'kept'; total: number; bytes: number }
  | { step: 'failed'; done: number; total: number }
  | { step: 'unsupported' };

/**
 * "Keep the whole course on this device": every lesson and public course page, fetched once now,
 * so a learner with data at work or a library's wi-fi can read and practise later without either.
 * The size is said before anything is fetched; pages already kept are not fetched again.
 */
export function KeepCourse({ bytes }: { bytes: number }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  useEffect(() => {
    if (!canKeepOffline()) setState({ step: 'unsupported' });
  }, []);

  async function keepAll() {
    let pack: CoursePack | null = null;
    try {
      pack = parseCoursePack(await (await fetch(COURSE_PACK_PATH, { cache: 'no-cache' })).json());
    } catch {
      pack = null;
    }
    if (pack === null) {
      setState({ step: 'failed', done: 0, total: 0 });
      return;
    }
    const pages = [...pack.lessons, ...pack.pages];
    let done = 0;
    setState({ step: 'keeping', done, total: pages.length });
    for (const page of pages) {
      const kept = await keepPage(page.path).catch(() => false);
      if (!kept) {
        setState({ step: 'failed', done, total: pages.length });
        return;
      }
      done += 1;
      setState({ step: 'keeping', done, total: pages.length });
    }
    setState({ step: 'kept', total: pages.length, bytes: pack.bytes });
  }

  if (state.step === 'unsupported') {
    return <p className="text-sm text-slate-700">This browser cannot keep the course for offline reading; the lessons you open still work while you are online.</p>;
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={() => void keepAll()}
        disabled={state.step === 'keeping'}
        className="min-h-11 rounded-md border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        Keep the whole course on this device ({formatDownloadSize(bytes)})
      </button>
      <p role="status" className="text-sm text-slate-700">
        {state.step === 'keeping' ? `Keeping page ${state.done + 1} of ${state.total}…` : null}
        {state.step === 'kept' ? `All ${state.total} pages of the course are on this device (${formatDownloadSize(state.bytes)}). They open without a network.` : null}
        {state.step === 'failed'
          ? state.total === 0
            ? 'The course list could not be fetched. Check the connection and try again.'
            : `Stopped after ${state.done} of ${state.total} pages: the network went away. Try again when you are online; pages already kept stay kept.`
          : null}
      </p>
    </div>
  );
}
