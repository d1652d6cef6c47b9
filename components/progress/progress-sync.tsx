'use client';

import { useEffect } from 'react';
import { useProgressStore } from '@/components/progress/progress-store';

const DEBOUNCE_MS = 800;

async function push(): Promise<void> {
  const { lessons, answers, applySnapshot } = useProgressStore.getState();
  try {
    const response = await fetch('/api/progress', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ lessons, answers }),
    });
    if (!response.ok) return;
    // The server validated and merged this snapshot itself; zod stays out of the page's script.
    const merged: unknown = await response.json();
    if (isSnapshot(merged)) applySnapshot(merged);
  } catch {
    // Offline: the browser keeps everything and the next change or reconnection sends it.
  }
}

function isSnapshot(value: unknown): value is Parameters<ReturnType<typeof useProgressStore.getState>['applySnapshot']>[0] {
  if (typeof value !== 'object' || value === null) return false;
  const lessons: unknown = Reflect.get(value, 'lessons');
  const answers: unknown = Reflect.get(value, 'answers');
  return typeof lessons === 'object' && lessons !== null && typeof answers === 'object' && answers !== null;
}

/** While signed in, the browser's progress and the account's are kept merged. */
export function ProgressSync() {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let applying = false;
    const schedule = () => {
      if (applying) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(async () => {
        applying = true;
        await push();
        applying = false;
      }, DEBOUNCE_MS);
    };
    applying = true;
    void push().finally(() => {
      applying = false;
    });
    const unsubscribe = useProgressStore.subscribe((state, previous) => {
      if (state.lessons !== previous.lessons || state.answers !== previous.answers) schedule();
    });
    window.addEventListener('online', schedule);
    return () => {
      unsubscribe();
      window.removeEventListener('online', schedule);
      if (timer) clearTimeout(timer);
    };
  }, []);
  return null;
}
