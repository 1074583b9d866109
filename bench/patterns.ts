// Rule matching time, as ratios from one run (issue 12, "what it must show"):
//  1. A 100-slot optional pattern vs a one-slot pattern on the same 5,000-word message
//     (target ≤ 3×): the lazy DFA reads one cached transition per word whatever the pattern.
//  2. The 100-slot pattern on a 10× longer message (50,000 words) vs 5,000 (target ≤ 12×).
//     Both with the DFA warm (the pattern has read messages before: every message but the
//     first after a pack loads) and cold (a fresh automaton building its DFA as it reads).
//  3. The same with the state-set walk alone (what locates a match's words), for reference.
//  4. Issue 12's freezes, now: 26 optional "na" slots before "batman" on 40 words (43 s in v1),
//     and the largest regex the pack limits admit on a 5,000-character message.
// Run: npx tsx bench/patterns.ts   (writes bench/results/patterns.json)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText } from '../src/engine/analyzeText';
import { WordAutomaton, type StepCounter } from '../src/engine/rules/automaton';
import { compileMatcher } from '../src/engine/rules/matcher';
import { PACK_LIMITS } from '../src/engine/rules/packLimits';
import { parsePattern } from '../src/engine/rules/patternSyntax';
import { tokenizeMessage, type RuleTokens } from '../src/engine/rules/ruleTokens';

// Each measure is a batch of runs long enough to time (BATCH_MS at least), median of RUNS
// batches, after one warm-up batch (so the JIT has compiled both patterns' code paths alike).
// The machine is shared: medians of batches, and ratios within one run, not absolute times.
const RUNS = 9;
const BATCH_MS = 25;

const optionalSlots = (n: number) => `${Array.from({ length: n }, () => '[na]').join(' ')} batman`;

/** A message where the optional word is everywhere, so every optional place stays live. */
function message(words: number): RuleTokens {
  return tokenizeMessage(Array.from({ length: words }, (_, i) => (i % 3 ? 'na' : 'the')).join(' '));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Median milliseconds of one run and its steps. Cold: a fresh automaton each run (its DFA
 * built while reading, as for the first message after a pack loads). Warm: one automaton for
 * every run, as the engine keeps a compiled pattern for every following message.
 */
function timeOf(pattern: string, tokens: RuleTokens, walk: 'find' | 'locate', cold = true): { ms: number; steps: number } {
  const times: number[] = [];
  let steps = 0;
  const kept = new WordAutomaton(parsePattern(pattern));
  let batch = 1;
  for (let run = -1; run < RUNS; run++) {
    const automata = Array.from({ length: batch }, () => (cold ? new WordAutomaton(parsePattern(pattern)) : kept));
    const counter: StepCounter = { steps: 0 };
    const started = performance.now();
    for (const automaton of automata) automaton[walk](tokens, counter);
    const each = (performance.now() - started) / batch;
    if (run >= 0) times.push(each);
    steps = counter.steps / batch;
    // The warm-up run sizes the batches.
    if (run === -1) batch = Math.max(1, Math.ceil(BATCH_MS / Math.max(each, 0.001)));
  }
  return { ms: Number(median(times).toFixed(4)), steps };
}

export function runPatternBench() {
  parsePattern(optionalSlots(100)); // intern "na" and "batman" before the messages are read
  const short = message(5_000);
  const long = message(50_000);
  const round = (x: number, digits = 3) => Number(x.toFixed(digits));
  const result: Record<string, unknown> = {};
  for (const [name, walk, cold] of [
    ['find (DFA), warm', 'find', false],
    ['find (DFA), cold', 'find', true],
    ['locate (state-set walk)', 'locate', true],
  ] as const) {
    const one = timeOf(optionalSlots(1), short, walk, cold);
    const hundred = timeOf(optionalSlots(100), short, walk, cold);
    const hundredLong = timeOf(optionalSlots(100), long, walk, cold);
    result[name] = {
      oneSlot5000: one,
      hundredSlots5000: hundred,
      hundredSlots50000: hundredLong,
      hundredVsOneSlot: round(hundred.ms / one.ms, 2),
      tenTimesLongerMessage: round(hundredLong.ms / hundred.ms, 2),
      stepRatios: { hundredVsOneSlot: round(hundred.steps / one.steps, 2), tenTimesLongerMessage: round(hundredLong.steps / hundred.steps, 2) },
    };
  }
  const batman = analyzeText(Array.from({ length: 40 }, () => 'na').join(' '));
  const v1Freeze = compileMatcher({ patterns: [`${Array.from({ length: 26 }, () => '[na]').join(' ')} batman`] });
  const freezeStarted = performance.now();
  v1Freeze.test(batman);
  result.issueBatman40WordsMs = round(performance.now() - freezeStarted);
  // The largest regex the limits admit, on the longest text the engine reads.
  const regex = `(x|xx|xxx){1,${Math.floor(PACK_LIMITS.regexProgram / 10)}}[yz]`;
  const regexMatcher = compileMatcher({ regex: [regex] });
  const text = analyzeText('x'.repeat(5_000));
  const regexTimes: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    regexMatcher.test(text);
    regexTimes.push(performance.now() - started);
  }
  result.largestAdmittedRegex = { regex, ms5000Chars: round(median(regexTimes)) };
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = runPatternBench();
  console.log(JSON.stringify(result, null, 2));
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'patterns.json'), `${JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2)}\n`);
}
