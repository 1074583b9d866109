import { defineConfig } from 'vitest/config';

// Four groups by cost (`npm test` runs them all):
// - node:    pure Node — the engine, rules, policy, options logic (`npm run test:node`, seconds);
// - build:   builds and runs what ships outside the browser — the CLI bin and its report, the
//            Firefox build with web-ext lint, the store packages;
// - browser: real Chromium — desk pages read by the adapters, and the built extension end to end;
// - firefox: real Firefox ESR — the Firefox build end to end on the same fixtures and panel hooks.
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
      {
        extends: true,
        // Debian's Firefox ESR with dist-firefox/, over WebDriver BiDi (puppeteer-core).
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          // Builds the Firefox extension once (vite build --mode firefox).
          globalSetup: ['tests/firefox/globalSetup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time on a 2-core machine (the policy test's file is machine-wide):
          // its files one after another, and only once the other projects, Chromium's included, are done.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
