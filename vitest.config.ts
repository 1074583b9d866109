import { defineConfig } from 'vitest/config';

// Three groups by cost (`npm test` runs all three):
// - node:    pure Node — the engine, rules, policy, options logic (`npm run test:node`, seconds);
// - build:   builds and runs what ships outside the browser — the CLI bin and its report, the
//            Firefox build with web-ext lint, the store packages;
// - browser: real Chromium — desk pages read by the adapters, and the built extension end to end.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Compiles the CLI once (dist-cli/) so the bin these tests run is the current code.
          globalSetup: ['tests/build/globalSetup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        // One browser at a time on a 2-core machine.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Builds the extension once (vite build) before the browser tests load dist/.
          globalSetup: ['tests/browser/globalSetup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
