import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,server,main,renderer,scripts}/**/*.test.{ts,tsx}', 'tests/{integration,fuzz}/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 is a native addon: forks isolate it best.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
