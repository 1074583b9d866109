// Builds the Firefox extension once before the Firefox project runs, so the tests load exactly
// what ships in dist-firefox/. COMPOSURE_NO_BUILD=1 reuses an existing build (quick reruns).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export default function setup(): void {
  if (process.env['COMPOSURE_NO_BUILD'] === '1' && existsSync(resolve(ROOT, 'dist-firefox/manifest.json'))) return;
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'firefox', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
