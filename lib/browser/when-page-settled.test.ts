import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { SETTLE_MS, whenPageSettled } from '@/lib/browser/when-page-settled';

let page: EventTarget & { requestIdleCallback: (task: () => void) => void };

beforeEach(() => {
  vi.useFakeTimers();
  // The parts of a loaded page the helper uses: its events, an idle callback and the load state.
  page = Object.assign(new EventTarget(), { requestIdleCallback: (task: () => void) => setTimeout(task, 50) });
  vi.stubGlobal('window', page);
  vi.stubGlobal('document', { readyState: 'complete' });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

test('the task waits until the page has been settled for SETTLE_MS and the browser is idle, then runs once', () => {
  const task = vi.fn();
  whenPageSettled(task);
  vi.advanceTimersByTime(SETTLE_MS - 1);
  expect(task).not.toHaveBeenCalled();
  vi.advanceTimersByTime(51);
  expect(task).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(10 * SETTLE_MS);
  expect(task).toHaveBeenCalledTimes(1);
});

test('with orFirstTouch a first key press starts it at once, and neither later keys nor the timer run it again', () => {
  const task = vi.fn();
  whenPageSettled(task, { orFirstTouch: true });
  page.dispatchEvent(new Event('keydown'));
  expect(task).toHaveBeenCalledTimes(1);
  page.dispatchEvent(new Event('pointerdown'));
  vi.advanceTimersByTime(2 * SETTLE_MS);
  expect(task).toHaveBeenCalledTimes(1);
});

test('without orFirstTouch a key press changes nothing: only the settled page starts it', () => {
  const task = vi.fn();
  whenPageSettled(task);
  page.dispatchEvent(new Event('keydown'));
  expect(task).not.toHaveBeenCalled();
  vi.advanceTimersByTime(SETTLE_MS + 50);
  expect(task).toHaveBeenCalledTimes(1);
});

test('before the load event the wait starts at load, not at once', () => {
  vi.stubGlobal('document', { readyState: 'loading' });
  const task = vi.fn();
  whenPageSettled(task);
  vi.advanceTimersByTime(3 * SETTLE_MS);
  expect(task).not.toHaveBeenCalled();
  page.dispatchEvent(new Event('load'));
  vi.advanceTimersByTime(SETTLE_MS + 50);
  expect(task).toHaveBeenCalledTimes(1);
});
