'use client';

import { useSyncExternalStore } from 'react';

function subscribe() {
  return () => {};
}

/** False during server rendering and hydration, true after: persisted browser state is shown only then. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
