// `npm run bench`: every benchmark, each measured side by side in one run (ratios, not absolute
// times). Results land in bench/results/*.json; bench/README.md explains the figures.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runAngerBench } from './anger';
import { runEngineBench } from './engine';

const ROOT = join(import.meta.dirname, '..');
const skipBrowser = process.argv.includes('--no-browser');

console.log('── Anger detection (accuracy and cost) ──');
runAngerBench();

console.log('\n── Engine cost per turn ──');
const engine = runEngineBench();
console.log(`engine ${engine.msPerTurnEngine} ms/turn vs bare wink-nlp readDoc+sentiment ${engine.msPerTurnBareWink} ms → ${engine.engineVsBareWink}× (target ≤ 2×)`);
console.log(`per-turn cost at turn 5,000 vs turn 50: ${engine.turn5000VsTurn50}×; at turn 20,000 vs 50: ${engine.turn20000VsTurn50}× (target 1×)`);

if (!skipBrowser) {
  console.log('\n── Cost to the helpdesk page (real Chromium, with and without the extension) ──');
  const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
  const ok = run('bash', ['scripts/ensure-chromium.sh']) === 0 && run('npm', ['run', '--silent', 'build']) === 0 && run(process.execPath, ['--import', 'tsx', 'bench/page-cost.ts']) === 0;
  if (!ok) process.exitCode = 1;
}
