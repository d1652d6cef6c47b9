import { afterEach, beforeEach, vi } from 'vitest';
import { log } from '@/lib/log/logger';

// An error logged during a unit test (to the console or the server's logger) is a defect the
// assertions may not see: fail the test.
let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
  vi.spyOn(log(), 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    throw new Error(`an error was logged during the test: ${errors.map((e) => e.map(String).join(' ')).join('\n')}`);
  }
});
