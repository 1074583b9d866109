// Builds the extension once before the e2e project runs, so the tests load exactly what ships.
// COMPOSURE_NO_BUILD=1 reuses an existing dist/ (quick reruns while editing tests).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export default function setup(): void {
  if (process.env['COMPOSURE_NO_BUILD'] === '1' && existsSync(resolve(ROOT, 'dist/manifest.json'))) return;
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
