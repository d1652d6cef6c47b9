import { afterEach, beforeEach, vi } from 'vitest';

// An error logged during a unit test is a defect the assertions may not see: fail the test.
let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    throw new Error(`console.error was called during the test: ${errors.map((e) => e.map(String).join(' ')).join('\n')}`);
  }
});
