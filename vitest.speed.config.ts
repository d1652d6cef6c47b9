import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Timing budgets, run alone after the unit tests so nothing else competes for the processor.
// React's production build, as the server runs it: the development build adds checks the budget is not about.
export default defineConfig({
  ...base,
  oxc: { jsx: { runtime: 'automatic', development: false } },
  test: { ...base.test, include: ['lib/**/*.speed.ts'], fileParallelism: false, env: { NODE_ENV: 'production' } },
});
