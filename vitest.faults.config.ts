// Fault tests that disturb shared services (a PostgreSQL restart): run after the main suite, one file at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    testTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
