// Compiles the CLI (dist-cli/) before the build tests run `bin/composure.mjs`, so they test the
// code in the tree rather than whatever `npm ci` built. COMPOSURE_NO_BUILD=1 reuses it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export default function setup(): void {
  if (process.env['COMPOSURE_NO_BUILD'] === '1' && existsSync(resolve(ROOT, 'dist-cli/composure.mjs'))) return;
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
