import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite: real headless Firefox with the built extension (see test/helpers/firefox.ts).
// One file at a time: each file runs its own Firefox, and the machine kind CI uses has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    retry: 0,
  },
});
