import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/**/*.test.ts',
      'dashboards/**/*.test.ts',
      'alerts/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Quiet logs; tests that read logs start their own process.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
  },
});
