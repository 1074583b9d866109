// Builds the QA command line (`npx composure`) for Node: ES modules, dependencies left to
// node_modules, the anger weights and rule schema inlined. Two entries: the CLI itself and the
// worker thread `analyze`/`report` run on each core (a worker is started from its own file);
// code they share goes into a chunk beside them.
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies)];

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: { composure: 'src/cli/main.ts', 'analyze-worker': 'src/cli/analyzeWorker.ts' },
      external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
      output: { entryFileNames: '[name].mjs', chunkFileNames: '[name].mjs', format: 'es' },
    },
  },
});
