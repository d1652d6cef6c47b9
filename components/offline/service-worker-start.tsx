'use client';

import { useEffect } from 'react';
import { registerServiceWorkerWhenSettled } from '@/lib/offline/device-cache';

/**
 * Starts the service worker from any page of the app, so the lessons and course pages a learner
 * reaches next are kept for offline reading. Only a production build has a worker to start:
 * `next dev` would otherwise serve last build's pages from the device.
 */
export function ServiceWorkerStart() {
  useEffect(() => {
    if (process.env.NODE_ENV === 'production') void registerServiceWorkerWhenSettled();
  }, []);
  return null;
}
