// Mood bench: frustration and mood on real support dialogues, beside the lexicons people would
// otherwise reach for, on the same turns, in one run.
//   npx tsx bench/mood.ts [--against <checkout>]   (also called from `npm run bench`)
// Prints a table and writes bench/results/mood.json.
//
// Data: twcs_frustration_dev.jsonl in DATA_DIR (Zuters & Leonova, ITCS 2020; MIT): customer
// turns rated 0–4 by three people; `frustrated` = their mean ≥ 2.
//  1. Main result: the dialogues minus the reading set, 5-fold cross-validated by dialogue (each
//     turn scored by a model that never saw its dialogue, at a cut chosen inside the training
//     folds), beside wink-nlp sentiment, AFINN, VADER and today's `anger` on the same turns.
//  2. Calm stays calm (turns every rater scored 0) and agent turns never angry.
//  3. GoEmotions dev `anger` AUC: hostility must not get worse.
//  4. The reading set (dialogue_id % 8 === 0), once, at the end: the shipped model through the
//     engine, exactly as `composure analyze` reads it.
//  5. With --against: the engine's cost per turn against another checkout's (bench/engine.ts).
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeText } from '../src/engine/analyzeText';
import { scoreAnger } from '../src/engine/anger';
import { DEFAULT_FRUSTRATED_THRESHOLD } from '../src/engine/mood';
import type { TurnResult } from '../src/engine/types';
import { readJsonl } from '../scripts/anger/data';
import { f1At, rocAuc } from '../scripts/anger/metrics';
import { isRated, isReadingSet, learningDialogues, readDialogues, type Dialogue } from '../scripts/mood/dialogues';
import { bundledEngine, crossValidateMood, DEFAULT_MOOD_CONFIG, readCustomerTurns } from '../scripts/mood/train';
import { runEngineAb } from './engine';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(BENCH_DIR, '..');

const require = createRequire(import.meta.url);
const Sentiment = require('sentiment') as new () => { analyze(text: string): { score: number } };
const vader = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } };
const afinn = new Sentiment();

export interface MethodRow {
  method: string;
  auc: number;
  precision: number;
  recall: number;
  f1: number;
  /** Of the turns every rater scored 0, how many the method leaves calm. */
  calm: number;
}

export interface MoodBenchResult {
  learning: { dialogues: number; ratedTurns: number; frustrated: number; rows: MethodRow[]; foldThresholds: number[] };
  calmStaysCalm: { crossValidated: string; readingSet: string; total: string };
  agentTurns: { turns: number; angry: number; notCalm: number };
  goEmotionsAngerAuc: number;
  readingSet: { dialogues: number; ratedTurns: number; frustrated: number; rows: MethodRow[] };
  shippedThreshold: number;
  weightsFileBytes: number;
  /** Medians of 60 interleaved 400-turn blocks: each engine vs bare wink-nlp, and this one vs the other block by block. */
  engineCost?: { other: number; own: number; ownVsOther: number; ownVsOtherCpu: number; load: string };
}

interface ScoredTurn {
  text: string;
  frustrated: boolean;
  allCalm: boolean;
}

/** The lexicons, negated (higher = more negative), called upset when above their natural zero. */
function lexiconRows(turns: readonly ScoredTurn[]): MethodRow[] {
  const lexicons: [string, (text: string) => number][] = [
    ['wink-nlp sentiment (negated)', (t) => -analyzeText(t).sentiment],
    ['AFINN / sentiment (negated)', (t) => -afinn.analyze(t).score],
    ['VADER compound (negated)', (t) => -vader.SentimentIntensityAnalyzer.polarity_scores(t).compound],
  ];
  return lexicons.map(([method, score]) => {
    const scores = turns.map((t) => score(t.text));
    return row(method, scores, scores.map((s) => s > 0), turns);
  });
}

function row(method: string, scores: readonly number[], upset: readonly boolean[], turns: readonly ScoredTurn[]): MethodRow {
  const labels = turns.map((t) => t.frustrated);
  const f = f1At(upset.map(Number), labels, 1);
  return {
    method,
    auc: round(rocAuc(scores, labels)),
    precision: round(f.precision),
    recall: round(f.recall),
    f1: round(f.f1),
    calm: turns.filter((t, i) => t.allCalm && !upset[i]).length,
  };
}

/** Each dialogue through the engine with the bundled rules, as `composure analyze` runs it. */
function analyzeDialogues(dialogues: readonly Dialogue[]): { dialogue: Dialogue; results: TurnResult[] }[] {
  const engine = bundledEngine();
  return dialogues.map((dialogue) => ({
    dialogue,
    results: engine.analyzeTranscript({ id: `twcs-${dialogue.id}`, turns: dialogue.turns.map((t) => ({ speaker: t.speaker, text: t.text })) }),
  }));
}

export async function runMoodBench(options: { print?: boolean; against?: string } = {}): Promise<MoodBenchResult> {
  // The engine's cost first, before the data below fills the heap (a fuller heap slows both
  // engines' garbage collection and blurs the comparison).
  const ab = options.against ? await runEngineAb(options.against) : undefined;
  const all = readDialogues();
  const learning = learningDialogues(all);
  const reading = all.filter((d) => isReadingSet(d.id));

  // 1. Cross-validated by dialogue, on the learning dialogues only.
  const turns = readCustomerTurns(learning, bundledEngine());
  const cv = crossValidateMood(turns, DEFAULT_MOOD_CONFIG);
  const scored: ScoredTurn[] = cv.turns.map((t) => ({ text: t.text, frustrated: t.frustrated, allCalm: t.allCalm }));
  const learningRows = [
    row('Composure frustration / mood ≠ calm (5-fold CV by dialogue)', cv.scores, cv.notCalm, scored),
    row('Composure anger / angry (today’s reading)', cv.turns.map((t) => t.anger), cv.turns.map((t) => t.angry), scored),
    ...lexiconRows(scored),
  ];

  // 2. Agent turns, all 188 dialogues, through the engine.
  const analysed = analyzeDialogues(all);
  const agentResults = analysed.flatMap(({ results }) => results.filter((r) => r.speaker === 'agent'));

  // 3. Hostility holds: the anger model on GoEmotions dev.
  const dev = readJsonl('goemotions_dev.jsonl');
  const goEmotionsAngerAuc = round(rocAuc(dev.map((r) => scoreAnger(analyzeText(r.text), []).score), dev.map((r) => r.anger === 1)));

  // 4. The reading set, once: the shipped model through the engine.
  const readingTurns: (ScoredTurn & { result: TurnResult })[] = [];
  for (const { dialogue, results } of analysed) {
    if (!isReadingSet(dialogue.id)) continue;
    dialogue.turns.forEach((t, i) => {
      if (isRated(t)) readingTurns.push({ text: t.text, frustrated: t.score! >= 2, allCalm: t.ratings!.every((r) => r === 0), result: results[i]! });
    });
  }
  const readingRows = [
    row('Composure frustration / mood ≠ calm (shipped)', readingTurns.map((t) => t.result.frustration), readingTurns.map((t) => t.result.mood !== 'calm'), readingTurns),
    row('Composure anger / angry (today’s reading)', readingTurns.map((t) => t.result.anger), readingTurns.map((t) => t.result.angry), readingTurns),
    ...lexiconRows(readingTurns),
  ];
  const calmCv = cv.calmStaysCalm;
  const readingCalm = readingTurns.filter((t) => t.allCalm);
  const readingCalmKept = readingCalm.filter((t) => t.result.mood === 'calm').length;

  const result: MoodBenchResult = {
    learning: { dialogues: learning.length, ratedTurns: cv.turns.length, frustrated: cv.turns.filter((t) => t.frustrated).length, rows: learningRows, foldThresholds: cv.thresholds },
    calmStaysCalm: {
      crossValidated: `${calmCv.calm}/${calmCv.of}`,
      readingSet: `${readingCalmKept}/${readingCalm.length}`,
      total: `${calmCv.calm + readingCalmKept}/${calmCv.of + readingCalm.length}`,
    },
    agentTurns: { turns: agentResults.length, angry: agentResults.filter((r) => r.angry).length, notCalm: agentResults.filter((r) => r.mood !== 'calm').length },
    goEmotionsAngerAuc,
    readingSet: { dialogues: reading.length, ratedTurns: readingTurns.length, frustrated: readingTurns.filter((t) => t.frustrated).length, rows: readingRows },
    shippedThreshold: DEFAULT_FRUSTRATED_THRESHOLD,
    weightsFileBytes: statSync(path.join(REPO_ROOT, 'models', 'mood-weights.json')).size,
  };

  // 5. Engine cost against another checkout, in the same process (measured first, above).
  if (ab) result.engineCost = { other: ab.other.median, own: ab.own.median, ownVsOther: ab.ownVsOther.median, ownVsOtherCpu: ab.ownVsOtherCpu.median, load: ab.load };

  mkdirSync(path.join(BENCH_DIR, 'results'), { recursive: true });
  writeFileSync(path.join(BENCH_DIR, 'results', 'mood.json'), `${JSON.stringify(result, null, 2)}\n`);
  if (options.print !== false) printResult(result);
  return result;
}

function printResult(r: MoodBenchResult): void {
  const table = (rows: MethodRow[], calmOf: number) => {
    console.log(`${'method'.padEnd(62)}   AUC     P      R      F1   calm kept`);
    for (const x of rows) console.log(`${x.method.padEnd(62)} ${x.auc.toFixed(3)}  ${x.precision.toFixed(3)}  ${x.recall.toFixed(3)}  ${x.f1.toFixed(3)}  ${x.calm}/${calmOf}`);
  };
  const l = r.learning;
  console.log(`Support dialogues minus the reading set: ${l.dialogues} dialogues, ${l.ratedTurns} rated customer turns, ${l.frustrated} frustrated`);
  table(l.rows, Number(r.calmStaysCalm.crossValidated.split('/')[1]));
  console.log(`  fold cuts: ${l.foldThresholds.join(' ')}; shipped cut ${r.shippedThreshold}`);
  console.log(`Calm stays calm (all three raters 0): ${r.calmStaysCalm.total} (cross-validated ${r.calmStaysCalm.crossValidated}, reading set ${r.calmStaysCalm.readingSet})`);
  console.log(`Agent turns: ${r.agentTurns.angry} of ${r.agentTurns.turns} angry, ${r.agentTurns.notCalm} not calm`);
  console.log(`GoEmotions dev anger AUC: ${r.goEmotionsAngerAuc}`);
  console.log(`Weights file: ${r.weightsFileBytes} bytes`);
  if (r.engineCost) {
    const c = r.engineCost;
    console.log(`Engine per turn vs bare wink-nlp: other ${c.other}×, this ${c.own}×; this / other block by block: ${c.ownVsOther}× wall clock, ${c.ownVsOtherCpu}× CPU time (load ${c.load})`);
  }
  const s = r.readingSet;
  console.log(`\nReading set, once (dialogue_id % 8 === 0): ${s.dialogues} dialogues, ${s.ratedTurns} rated customer turns, ${s.frustrated} frustrated`);
  table(s.rows, Number(r.calmStaysCalm.readingSet.split('/')[1]));
}

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--against');
  await runMoodBench({ against: i >= 0 ? process.argv[i + 1] : undefined });
}
