// Engine cost, measured side by side in one run (ratios, not absolute times: machines are noisy).
//  1. Whole engine per turn vs bare wink-nlp readDoc + sentiment on the same texts (target ≤ 2×).
//     Also the same with the panel's suggestions read after every turn (`suggestions()`, as the
//     worker does when it publishes a live chat), since a turn's own suggestions are composed
//     only when read: a replay after a worker restart reads them once, at the end.
//  2. Per-turn cost at turn 50 vs turn 5,000 (and 20,000) of one long chat (target: the same).
//  3. With `--against <checkout>`: this engine and another checkout's (e.g. the commit before a
//     speed-up) in one process, in short interleaved blocks with bare wink-nlp around each, so
//     both see the same machine load; reports medians of the per-block ratios.
// Run alone: npx tsx bench/engine.ts   (writes bench/results/engine.json)
//            npx tsx bench/engine.ts --against /tmp/eng-base   (A/B only, writes nothing)
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngine, type ComposureEngine } from '../src/engine/engine';
import { nlp } from '../src/engine/nlp';
import { loadRulePackYaml } from '../src/engine/rules/loadRulePack';
import { parseRemedyCatalogue } from '../src/engine/suggestions';
import type { Turn } from '../src/engine/types';

const ROOT = join(import.meta.dirname, '..');
const RULES = join(ROOT, 'rules');

function engine(make = { createEngine, loadRulePackYaml, parseRemedyCatalogue }, rules = RULES): ComposureEngine {
  const files = readdirSync(rules).filter((f) => f.endsWith('.yaml') && f !== 'remedies.yaml').sort();
  const packs = files.map((f) => make.loadRulePackYaml(readFileSync(join(rules, f), 'utf8'), f));
  return make.createEngine(packs, { remedies: make.parseRemedyCatalogue(readFileSync(join(rules, 'remedies.yaml'), 'utf8'), 'remedies.yaml') });
}

/**
 * Another checkout's engine (its own src/engine), with this checkout's rules; with its own rules
 * when this checkout's no longer load there (a rule using what that engine did not have yet), so
 * the ratio is then the product's per-turn cost, rules included.
 */
async function engineOf(root: string): Promise<ComposureEngine> {
  const load = (p: string) => import(pathToFileURL(join(resolve(root), p)).href);
  const [{ createEngine: create }, { loadRulePackYaml: loadPack }, { parseRemedyCatalogue: parseRemedies }] = await Promise.all([
    load('src/engine/engine.ts'),
    load('src/engine/rules/loadRulePack.ts'),
    load('src/engine/suggestions/index.ts'),
  ]);
  const make = { createEngine: create, loadRulePackYaml: loadPack, parseRemedyCatalogue: parseRemedies };
  try {
    return engine(make);
  } catch (error) {
    console.warn(`${root}: this checkout's rules do not load there (${String(error).split('\n')[0]}); using its own rules`);
    return engine(make, join(resolve(root), 'rules'));
  }
}

/**
 * This engine vs another checkout's, both vs bare wink-nlp: blocks of 400 turns, in the order
 * bare, other, this, bare, repeated; the medians (and quartiles) of the per-block ratios.
 */
export async function runEngineAb(otherRoot: string, blocks = 60, readSuggestions = false) {
  const wink = nlp();
  const other = await engineOf(otherRoot);
  const own = engine();
  const turns = chat(400);
  const bare = () => turns.forEach((t) => wink.readDoc(t.text!).out(wink.its.sentiment));
  const play = (e: ComposureEngine) => () => {
    const c = e.startConversation({ id: 'ab' });
    for (const t of turns) {
      c.addTurn(t);
      if (readSuggestions) c.suggestions();
    }
  };
  for (let i = 0; i < 5; i++) [bare, play(other), play(own)].forEach((f) => f());
  const otherRatios: number[] = [];
  const ownRatios: number[] = [];
  // This engine against the other directly, block by block, by wall clock and by this process's
  // CPU time: on a shared machine other jobs stretch wall-clock blocks, less so CPU time.
  const ownVsOther: number[] = [];
  const ownVsOtherCpu: number[] = [];
  for (let i = 0; i < blocks; i++) {
    const b1 = timeIt(bare);
    const [o, oCpu] = timeAndCpu(play(other));
    const [n, nCpu] = timeAndCpu(play(own));
    const b = (b1 + timeIt(bare)) / 2;
    otherRatios.push(o / b);
    ownRatios.push(n / b);
    ownVsOther.push(n / o);
    ownVsOtherCpu.push(nCpu / oCpu);
  }
  const quartiles = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { median: round(s[s.length >> 1]!), q1: round(s[Math.floor(s.length / 4)]!), q3: round(s[Math.floor((3 * s.length) / 4)]!) };
  };
  return {
    other: quartiles(otherRatios),
    own: quartiles(ownRatios),
    ownVsOther: quartiles(ownVsOther),
    ownVsOtherCpu: quartiles(ownVsOtherCpu),
    load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
}

// Realistic support-chat lines, customer and agent alternating.
const CUSTOMER = [
  "This is the THIRD time I'm contacting you and nobody has done anything!!!",
  'My package was supposed to arrive last Tuesday and it still has not come.',
  'I was charged twice for my subscription this month, can you check?',
  'Are you even listening? I said the order NEVER CAME.',
  'Ok thanks, that makes sense.',
  'You sent me the wrong size and I need it for a wedding on Saturday',
  'I want my money back now or I am disputing the charge with my bank.',
  'Hi, I cannot log in to my account since this morning.',
];
const AGENT = [
  "I'm so sorry you've had to chase this. It sounds like your package still hasn't arrived — is that right?",
  'Could you share your order number so I can look into it?',
  'I can send a replacement by express delivery at no cost.',
  "I'll check back with you on Friday to make sure everything arrived.",
  'Let me look into that for you right away.',
  'I understand how frustrating that must be.',
];

export function chat(n: number): Turn[] {
  const turns: Turn[] = [];
  const start = Date.UTC(2026, 10, 24, 9);
  for (let i = 0; i < n; i++) {
    const customer = i % 2 === 0;
    const pool = customer ? CUSTOMER : AGENT;
    turns.push({ speaker: customer ? 'customer' : 'agent', text: pool[(i >> 1) % pool.length]!, at: start + i * 15_000 });
  }
  return turns;
}

function timeIt(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export function runEngineBench() {
  const e = engine();
  const wink = nlp();
  const turns = chat(2_000);
  // Warm both paths (JIT, model load) before timing.
  for (const t of turns.slice(0, 200)) wink.readDoc(t.text!).out(wink.its.sentiment);
  const warm = e.startConversation();
  for (const t of turns.slice(0, 200)) warm.addTurn(t);

  // Interleave repetitions so background noise hits both sides alike.
  let bare = 0;
  let whole = 0;
  let live = 0;
  for (let rep = 0; rep < 5; rep++) {
    bare += timeIt(() => {
      for (const t of turns) wink.readDoc(t.text!).out(wink.its.sentiment);
    });
    whole += timeIt(() => {
      const c = e.startConversation({ id: `bench-${rep}` });
      for (const t of turns) c.addTurn(t);
    });
    live += timeIt(() => {
      const c = e.startConversation({ id: `live-${rep}` });
      for (const t of turns) {
        c.addTurn(t);
        c.suggestions();
      }
    });
  }
  const perTurnBare = bare / (5 * turns.length);
  const perTurnEngine = whole / (5 * turns.length);
  const perTurnLive = live / (5 * turns.length);

  // Three long chats: per-turn time in windows of 200 turns at turn 50, 5,000 and 20,000; the
  // median of the three runs per window damps the noise of a shared machine.
  const long = chat(20_200);
  const marks = new Map([[50, 'turn 50'], [5_000, 'turn 5,000'], [20_000, 'turn 20,000']]);
  const samples: Record<string, number[]> = {};
  for (let run = 0; run < 3; run++) {
    const c = e.startConversation({ id: `long-${run}` });
    for (let i = 0; i < long.length; ) {
      const label = marks.get(i);
      if (label) {
        const slice = long.slice(i, i + 200);
        (samples[label] ??= []).push(timeIt(() => slice.forEach((t) => c.addTurn(t))) / slice.length);
        i += 200;
      } else {
        c.addTurn(long[i]!);
        i++;
      }
    }
  }
  const windows = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.sort((a, b) => a - b)[1]!]));
  const result = {
    turnsTimed: turns.length * 5,
    msPerTurnBareWink: round(perTurnBare),
    msPerTurnEngine: round(perTurnEngine),
    engineVsBareWink: round(perTurnEngine / perTurnBare),
    msPerTurnEngineReadingSuggestions: round(perTurnLive),
    engineReadingSuggestionsVsBareWink: round(perTurnLive / perTurnBare),
    perTurnMs: Object.fromEntries(Object.entries(windows).map(([k, v]) => [k, round(v)])),
    turn5000VsTurn50: round(windows['turn 5,000']! / windows['turn 50']!),
    turn20000VsTurn50: round(windows['turn 20,000']! / windows['turn 50']!),
  };
  return result;
}

/** Wall-clock and CPU milliseconds (user + system, this process) of one call. */
function timeAndCpu(fn: () => void): [number, number] {
  const cpu = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const used = process.cpuUsage(cpu);
  return [wall, (used.user + used.system) / 1000];
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

const against = process.argv.indexOf('--against');
if (import.meta.url === `file://${process.argv[1]}` && against !== -1) {
  for (const live of [false, true]) {
    const ab = await runEngineAb(process.argv[against + 1]!, 60, live);
    const f = (q: { median: number; q1: number; q3: number }) => `${q.median}× (quartiles ${q.q1}–${q.q3})`;
    console.log(`${live ? 'reading suggestions after every turn' : 'addTurn'}: ${process.argv[against + 1]} ${f(ab.other)}, this checkout ${f(ab.own)} of bare wink-nlp (load ${ab.load})`);
    console.log(`  this checkout / ${process.argv[against + 1]}, block by block: wall clock ${f(ab.ownVsOther)}, CPU time ${f(ab.ownVsOtherCpu)}`);
  }
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const result = runEngineBench();
  console.log('Engine cost (one run, side by side)');
  console.log(`  per turn: engine ${result.msPerTurnEngine} ms, bare wink-nlp ${result.msPerTurnBareWink} ms → ratio ${result.engineVsBareWink}× (target ≤ 2×)`);
  console.log(`  with the panel's suggestions read after every turn: ${result.msPerTurnEngineReadingSuggestions} ms → ${result.engineReadingSuggestionsVsBareWink}×`);
  console.log(`  per turn at turn 50 / 5,000 / 20,000: ${Object.values(result.perTurnMs).join(' / ')} ms → 5,000 vs 50: ${result.turn5000VsTurn50}×, 20,000 vs 50: ${result.turn20000VsTurn50}×`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/engine.json'), `${JSON.stringify(result, null, 2)}\n`);
}
