'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { usePendingAnswers } from '@/components/assessment/pending-answers';
import type { QuizResponse } from '@/lib/quiz/response';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'offline' }
  | { state: 'error'; message: string };

const DEBOUNCE_MS = 600;

/**
 * Sends answers to the server a moment after the learner stops changing them. Until the server
 * confirms, each answer is also kept in the browser, and sent again when the connection returns.
 */
export function useAutosave(submissionId: string, onLocked: (message: string) => void) {
  const [statuses, setStatuses] = useState<Record<string, SaveStatus>>({});
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const put = usePendingAnswers((state) => state.put);
  const confirm = usePendingAnswers((state) => state.confirm);

  const send = useCallback(
    async (itemKey: string, response: QuizResponse) => {
      setStatuses((current) => ({ ...current, [itemKey]: { state: 'saving' } }));
      try {
        const result = await fetch(`/api/submissions/${submissionId}/answers`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ itemKey, response }),
        });
        const body: unknown = await result.json().catch(() => ({}));
        const message = typeof body === 'object' && body !== null && typeof Reflect.get(body, 'error') === 'string' ? String(Reflect.get(body, 'error')) : 'The answer was not saved.';
        if (result.ok) {
          confirm(submissionId, itemKey, response);
          setStatuses((current) => ({ ...current, [itemKey]: { state: 'saved', at: new Date().toISOString() } }));
        } else if (result.status === 409) {
          onLocked(message);
        } else {
          setStatuses((current) => ({ ...current, [itemKey]: { state: 'error', message } }));
        }
      } catch {
        setStatuses((current) => ({ ...current, [itemKey]: { state: 'offline' } }));
      }
    },
    [submissionId, confirm, onLocked],
  );

  const save = useCallback(
    (itemKey: string, response: QuizResponse) => {
      put(submissionId, itemKey, response);
      const existing = timers.current.get(itemKey);
      if (existing) clearTimeout(existing);
      timers.current.set(
        itemKey,
        setTimeout(() => void send(itemKey, response), DEBOUNCE_MS),
      );
    },
    [put, send, submissionId],
  );

  /** Sends every answer not yet confirmed, at once; resolves when the server has answered each. */
  const flushPending = useCallback(async () => {
    for (const timer of timers.current.values()) clearTimeout(timer);
    timers.current.clear();
    const prefix = `${submissionId}|`;
    const sends = Object.entries(usePendingAnswers.getState().pending)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, entry]) => send(key.slice(prefix.length), entry.response));
    await Promise.all(sends);
  }, [send, submissionId]);

  useEffect(() => {
    const onOnline = () => void flushPending();
    window.addEventListener('online', onOnline);
    const pendingTimers = timers.current;
    return () => {
      window.removeEventListener('online', onOnline);
      for (const timer of pendingTimers.values()) clearTimeout(timer);
    };
  }, [flushPending]);

  return { statuses, save, flushPending };
}
