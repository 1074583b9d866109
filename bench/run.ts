// `npm run bench`: every benchmark, each measured side by side in one run (ratios, not absolute
// times). Results land in bench/results/*.json; bench/README.md explains the figures.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAngerBench } from './anger';
import { runEngineBench } from './engine';
import { runMoodBench } from './mood';
import { runProblemTypeBench } from './problem-types';

const ROOT = join(import.meta.dirname, '..');
const skipBrowser = process.argv.includes('--no-browser');

console.log('── Anger detection (accuracy and cost) ──');
runAngerBench();

console.log('\n── Mood: frustration on rated support dialogues ──');
await runMoodBench();

console.log('\n── Problem types and remedy fit on labeled support dialogues ──');
await runProblemTypeBench();

console.log('\n── Engine cost per turn ──');
const engine = runEngineBench();
console.log(`engine ${engine.msPerTurnEngine} ms/turn vs bare wink-nlp readDoc+sentiment ${engine.msPerTurnBareWink} ms → ${engine.engineVsBareWink}× (target ≤ 2×)`);
console.log(`per-turn cost at turn 5,000 vs turn 50: ${engine.turn5000VsTurn50}×; at turn 20,000 vs 50: ${engine.turn20000VsTurn50}× (target 1×)`);

if (!skipBrowser) {
  console.log('\n── Cost to the helpdesk page (real Chromium, with and without the extension) ──');
  const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
  const ok = run('bash', ['scripts/ensure-chromium.sh']) === 0 && run('npm', ['run', '--silent', 'build']) === 0 && run(process.execPath, ['--import', 'tsx', 'bench/page-cost.ts']) === 0;
  console.log('\n── Memory (page heap with and without the extension, worker heap) ──');
  // --expose-gc: the Node-side measure of the turn objects the worker keeps.
  const memoryOk = ok && run(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/memory.ts']) === 0;
  if (!ok || !memoryOk) process.exitCode = 1;
  else printTargets(engine);
}

/** Issue 5 §1's targets side by side, from this run's results. */
function printTargets(engineResult: ReturnType<typeof runEngineBench>): void {
  const read = <T>(name: string): T | undefined => {
    const file = join(ROOT, 'bench', 'results', name);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
  };
  type PageCostResult = {
    startup: { startupTaskMs: number; longestSliceMs: number; longSlices: number; slices: number; readDoneMs: number };
    longTasksAfterStartup: { steadyWith: number; steadyWithout: number; switchLongestWithMs: number; historyLoadLongestWithMs: number };
    perMessageMs: number;
    latencyMs: { p50: number; p95: number };
    bundles: { entry: string; rawBytes: number; gzipBytes: number }[];
  };
  const page = read<PageCostResult>('page-cost.json');
  const memory = read<import('./memory').MemoryResult>('memory.json');
  if (!page || !memory) return;
  const f = (x: number, digits = 1) => x.toFixed(digits);
  const rows: [string, string, string][] = [
    ['start-up blocking (content script’s first task, 2,000-message ticket)', `${f(page.startup.startupTaskMs)} ms`, '< 100 ms'],
    ['long tasks after start-up: first-read slices > 50 ms', `${page.startup.longSlices} of ${page.startup.slices} (longest ${f(page.startup.longestSliceMs)} ms)`, '0'],
    ['long tasks after start-up: 100 messages at 10/s (with / without)', `${page.longTasksAfterStartup.steadyWith} / ${page.longTasksAfterStartup.steadyWithout}`, '0'],
    ['per-message main-thread cost (2,000-message chat, 10/s)', `${f(page.perMessageMs, 2)} ms`, '< 2 ms'],
    ['DOM → panel latency p50 / p95', `${f(page.latencyMs.p50, 0)} / ${f(page.latencyMs.p95, 0)} ms`, 'p95 < 100 ms'],
    ['engine per turn vs bare wink-nlp', `${engineResult.engineVsBareWink}×`, '≤ 2×'],
    ['page heap added per helpdesk tab', `${f(memory.pageHeapWithMb - memory.pageHeapWithoutMb, 2)} MB`, '—'],
    ['worker heap with a 10,000-message tab (over engine baseline)', `${f(memory.workerWith10kMb - memory.workerBaselineMb, 2)} MB`, '—'],
    ['worker heap after tabs closed / baseline', `${f(memory.workerAfterTabsClosedMb / memory.workerBaselineMb, 2)}×`, '≈ 1×'],
    ...page.bundles.map((b): [string, string, string] => [`bundle: ${b.entry} (raw / gzip)`, `${f(b.rawBytes / 1024)} / ${f(b.gzipBytes / 1024)} KiB`, '—']),
  ];
  console.log('\n── Issue 5 §1 targets, this run ──');
  for (const [what, value, target] of rows) console.log(`  ${what.padEnd(72)} ${value.padStart(26)}   ${target}`);
}
