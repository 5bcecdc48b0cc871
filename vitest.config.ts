import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Spawned CLIs and the local Discord are real processes: two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
