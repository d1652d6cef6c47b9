import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Timing budgets, run alone after the unit tests so nothing else competes for the processor.
export default defineConfig({ ...base, test: { ...base.test, include: ['lib/**/*.speed.ts'], fileParallelism: false } });
