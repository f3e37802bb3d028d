import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Fault tests that disturb shared servers run alone afterwards (vitest.faults.config.ts).
    exclude: ['test/faults/**', 'node_modules/**'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
