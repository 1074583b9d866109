#!/usr/bin/env node
// The CLI is compiled by `npm run build:cli` (run automatically by `npm ci` via `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist-cli/composure.mjs', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('composure: the CLI is not built yet; run `npm run build:cli` in the checkout.\n');
  process.exit(2);
}
await import(built.href);
