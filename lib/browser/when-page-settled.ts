/**
 * How long after the load event a page counts as settled. Work started later falls outside the
 * window in which a slow phone is still busy showing the page (and outside Lighthouse's count of
 * blocking time, which ends after five quiet seconds).
 */
export const SETTLE_MS = 10_000;

// A reader who presses a key or touches the page may be about to tab or tap into any part of it.
const FIRST_TOUCH = ['keydown', 'pointerdown', 'touchstart'] as const;

/**
 * Runs `task` once: when the page has loaded, SETTLE_MS have passed and the browser is idle, or,
 * with `orFirstTouch`, as soon as the reader first presses a key or touches the page.
 */
export function whenPageSettled(task: () => void, { orFirstTouch = false }: { orFirstTouch?: boolean } = {}): void {
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (started) return;
    started = true;
    clearTimeout(timer);
    for (const type of FIRST_TOUCH) window.removeEventListener(type, run, true);
    task();
  };
  if (orFirstTouch) for (const type of FIRST_TOUCH) window.addEventListener(type, run, { capture: true, passive: true });
  const afterLoad = () => {
    timer = setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: SETTLE_MS });
      else run();
    }, SETTLE_MS);
  };
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
