import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Runs the latency measurement (TypeScript, on the real bot) with vitest as the runner.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/bench/*.measure.ts'],
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
});
