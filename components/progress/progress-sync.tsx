'use client';

import { useEffect } from 'react';
import { useProgressStore } from '@/components/progress/progress-store';
import { createProgressSyncer } from '@/lib/progress/progress-syncer';

const DEBOUNCE_MS = 800;

/** While signed in, the browser's progress and the account's are kept merged. */
export function ProgressSync() {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    // True only while a server copy is being merged in: that change came from the server, so it
    // needs no sync of its own. The learner's own changes always schedule one, in flight or not.
    let absorbing = false;
    const syncer = createProgressSyncer({
      fetch: (input, init) => fetch(input, init),
      read: () => {
        const { lessons, answers } = useProgressStore.getState();
        return { lessons, answers };
      },
      absorb: (server) => {
        absorbing = true;
        try {
          useProgressStore.getState().absorbServerCopy(server);
        } finally {
          absorbing = false;
        }
      },
    });
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void syncer.request();
      }, DEBOUNCE_MS);
    };
    void syncer.request();
    const unsubscribe = useProgressStore.subscribe((state, previous) => {
      if (absorbing) return;
      if (state.lessons !== previous.lessons || state.answers !== previous.answers) schedule();
    });
    window.addEventListener('online', schedule);
    return () => {
      unsubscribe();
      syncer.stop();
      window.removeEventListener('online', schedule);
      if (timer) clearTimeout(timer);
    };
  }, []);
  return null;
}
