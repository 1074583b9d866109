// Anger bench: Composure's anger score against the lexicons people would otherwise reach for,
// side by side on the same texts in one run.
//   npx tsx bench/anger.ts          (also called from `npm run bench` via runAngerBench)
// Prints a table and writes bench/results/anger.json.
//
// Data: GoEmotions dev (`anger`, `anger_broad`), VADER tweets (negative = label negative), and
// bench/support-lines.jsonl (40 hand-written support-chat customer lines; the only chat-like
// set, small and written by us, so read it as a smoke test, not a measurement).
// Composure's F1 is at DEFAULT_ANGRY_THRESHOLD (chosen on held-out *train* rows by the
// trainer, never on these sets); the lexicons are at their natural zero (negated score > 0).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeText, type AnalyzedText } from '../src/engine/analyzeText';
import { nlp } from '../src/engine/nlp';
import { DEFAULT_ANGRY_THRESHOLD, scoreAnger } from '../src/engine/anger';
import { createEngine, type ComposureEngine } from '../src/engine/engine';
import { loadRulePackYaml } from '../src/engine/rules/loadRulePack';
import { readJsonl, type LabeledText } from '../scripts/anger/data';
import { f1At, rocAuc } from '../scripts/anger/metrics';
import { emulatedCueHits } from './anger-cues';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(BENCH_DIR, '..');
const WEIGHTS_FILE = path.join(REPO_ROOT, 'models', 'anger-weights.json');

// The two lexicon packages ship no types; declare the little we use.
const require = createRequire(import.meta.url);
const Sentiment = require('sentiment') as new () => { analyze(text: string): { score: number } };
const vader = require('vader-sentiment') as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};
const afinn = new Sentiment();

interface Dataset {
  name: string;
  texts: string[];
  labels: boolean[];
}

interface Method {
  name: string;
  /** Higher = angrier. */
  score: (text: string, analyzed: AnalyzedText) => number;
  threshold: number;
  /** Lexicons: angry when strictly above their zero; Composure: at or above its threshold. */
  strict: boolean;
}

// The product as shipped: the model plus the cue rules in rules/*.yaml, through the engine.
function ruleEngine(): ComposureEngine | undefined {
  try {
    const dir = path.join(REPO_ROOT, 'rules');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'remedies.yaml').sort();
    return createEngine(files.map((f) => loadRulePackYaml(readFileSync(path.join(dir, f), 'utf8'), f)));
  } catch (error) {
    console.warn(`bench/anger: rules/ did not load, skipping the rules row (${String(error)})`);
    return undefined;
  }
}

// Composure at its default threshold; the lexicons negated (higher = angrier) at their zero.
function methods(engine: ComposureEngine | undefined): Method[] {
  const composure = (name: string, score: Method['score'], threshold = DEFAULT_ANGRY_THRESHOLD): Method => ({ name, score, threshold, strict: false });
  const lexicon = (name: string, score: Method['score']): Method => ({ name, score, threshold: 0, strict: true });
  return [
    composure('Composure (model only)', (_t, a) => scoreAnger(a, []).score),
    composure('Composure + emulated cue rules', (_t, a) => scoreAnger(a, emulatedCueHits(a.normalized)).score),
    ...(engine ? [composure('Composure + rules/*.yaml cues', (t) => engine.scoreAnger(t).score, engine.rules.settings.angryThreshold)] : []),
    lexicon('wink-nlp sentiment (negated)', (_t, a) => -a.sentiment),
    lexicon('AFINN / sentiment (negated)', (t) => -afinn.analyze(t).score),
    lexicon('VADER compound (negated)', (t) => -vader.SentimentIntensityAnalyzer.polarity_scores(t).compound),
  ];
}

function loadDatasets(): Dataset[] {
  const dev = readJsonl('goemotions_dev.jsonl');
  const tweets = readJsonl('vader_tweets.jsonl');
  const support = readFileSync(path.join(BENCH_DIR, 'support-lines.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { text: string; angry: boolean });
  const devTexts = dev.map((r: LabeledText) => r.text);
  return [
    { name: 'GoEmotions dev: anger', texts: devTexts, labels: dev.map((r) => r.anger === 1) },
    { name: 'GoEmotions dev: anger_broad', texts: devTexts, labels: dev.map((r) => r.anger_broad === 1) },
    { name: 'VADER tweets: negative', texts: tweets.map((r) => r.text), labels: tweets.map((r) => r.label === 'negative') },
    { name: 'Support lines (ours, 40)', texts: support.map((r) => r.text), labels: support.map((r) => r.angry) },
  ];
}

export interface AngerBenchRow {
  dataset: string;
  method: string;
  n: number;
  positives: number;
  auc: number;
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface AngerCost {
  messages: number;
  rounds: number;
  /** Microseconds per message. */
  winkReadDocSentimentUs: number;
  analyzeTextUs: number;
  scoreAngerUs: number;
  afinnUs: number;
  vaderUs: number;
  /** (analyzeText + scoreAnger) / bare readDoc+sentiment: the engine's whole per-turn NLP. */
  composureRatio: number;
  /** scoreAnger alone / bare readDoc+sentiment: what the anger model adds on top of the shared pass. */
  scoreAngerRatio: number;
  afinnRatio: number;
  vaderRatio: number;
}

export interface AngerBenchResult {
  threshold: number;
  weightsFileBytes: number;
  rows: AngerBenchRow[];
  cost: AngerCost;
  supportLines: { text: string; angry: boolean; score: number; withCues: number; withRules?: number }[];
}

function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function evaluate(datasets: Dataset[], engine: ComposureEngine | undefined): AngerBenchRow[] {
  const rows: AngerBenchRow[] = [];
  const analysed = new Map<string, AnalyzedText>();
  for (const ds of datasets) {
    const docs = ds.texts.map((t) => {
      let a = analysed.get(t);
      if (!a) analysed.set(t, (a = analyzeText(t)));
      return a;
    });
    for (const method of methods(engine)) {
      const scores = ds.texts.map((t, i) => method.score(t, docs[i]!));
      const f = f1At(scores, ds.labels, method.threshold, method.strict);
      rows.push({
        dataset: ds.name,
        method: method.name,
        n: ds.texts.length,
        positives: ds.labels.filter(Boolean).length,
        auc: round(rocAuc(scores, ds.labels)),
        threshold: round(method.threshold),
        precision: round(f.precision),
        recall: round(f.recall),
        f1: round(f.f1),
      });
    }
  }
  return rows;
}

// Each contender timed over the same texts, alternating rounds so machine noise hits all alike;
// CPU time of this process (process.cpuUsage), so other work on a shared machine counts less.
function measureCost(texts: string[], rounds = 5): AngerCost {
  const winkNlp = nlp();
  const its = winkNlp.its;
  const analysed = texts.map((t) => analyzeText(t));
  const timers = {
    wink: () => {
      for (const t of texts) winkNlp.readDoc(t).out(its.sentiment);
    },
    analyze: () => {
      for (const t of texts) analyzeText(t);
    },
    score: () => {
      for (const a of analysed) scoreAnger(a, []);
    },
    afinn: () => {
      for (const t of texts) afinn.analyze(t);
    },
    vader: () => {
      for (const t of texts) vader.SentimentIntensityAnalyzer.polarity_scores(t);
    },
  };
  const totals: Record<keyof typeof timers, number> = { wink: 0, analyze: 0, score: 0, afinn: 0, vader: 0 };
  for (const run of Object.values(timers)) run(); // warm-up (JIT, lazy loads)
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(timers) as [keyof typeof timers, () => void][]) {
      const start = process.cpuUsage();
      run();
      const used = process.cpuUsage(start);
      totals[name] += (used.user + used.system) / 1000;
    }
  }
  const perMessageUs = (ms: number): number => (ms * 1000) / (rounds * texts.length);
  const wink = perMessageUs(totals.wink);
  const analyze = perMessageUs(totals.analyze);
  const score = perMessageUs(totals.score);
  return {
    messages: texts.length,
    rounds,
    winkReadDocSentimentUs: round(wink, 1),
    analyzeTextUs: round(analyze, 1),
    scoreAngerUs: round(score, 1),
    afinnUs: round(perMessageUs(totals.afinn), 1),
    vaderUs: round(perMessageUs(totals.vader), 1),
    composureRatio: round((analyze + score) / wink, 3),
    scoreAngerRatio: round(score / wink, 3),
    afinnRatio: round(perMessageUs(totals.afinn) / wink, 3),
    vaderRatio: round(perMessageUs(totals.vader) / wink, 3),
  };
}

export function runAngerBench(options: { print?: boolean } = {}): AngerBenchResult {
  const datasets = loadDatasets();
  const engine = ruleEngine();
  const rows = evaluate(datasets, engine);
  const support = datasets.find((d) => d.name.startsWith('Support'))!;
  const devTexts = datasets[0]!.texts.slice(0, 2000);
  const result: AngerBenchResult = {
    threshold: DEFAULT_ANGRY_THRESHOLD,
    weightsFileBytes: statSync(WEIGHTS_FILE).size,
    rows,
    cost: measureCost(devTexts),
    supportLines: support.texts.map((text, i) => {
      const a = analyzeText(text);
      return {
        text,
        angry: support.labels[i]!,
        score: round(scoreAnger(a, []).score, 3),
        withCues: round(scoreAnger(a, emulatedCueHits(a.normalized)).score, 3),
        ...(engine ? { withRules: round(engine.scoreAnger(text).score, 3) } : {}),
      };
    }),
  };
  mkdirSync(path.join(BENCH_DIR, 'results'), { recursive: true });
  writeFileSync(path.join(BENCH_DIR, 'results', 'anger.json'), JSON.stringify(result, null, 2) + '\n');
  if (options.print !== false) printResult(result);
  return result;
}

function printResult(result: AngerBenchResult): void {
  const header = ['dataset', 'method', 'AUC', 'thr', 'P', 'R', 'F1'];
  const lines = result.rows.map((r) => [
    `${r.dataset} (${r.positives}/${r.n})`,
    r.method,
    r.auc.toFixed(3),
    r.threshold.toFixed(3),
    r.precision.toFixed(3),
    r.recall.toFixed(3),
    r.f1.toFixed(3),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const format = (cells: string[]): string => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
  console.log(`\nAnger bench (Composure threshold ${result.threshold}, chosen on held-out train)`);
  console.log(format(header));
  for (const l of lines) console.log(format(l));
  const c = result.cost;
  console.log(
    `\nCost per message over ${c.messages} GoEmotions dev texts × ${c.rounds}: wink readDoc+sentiment ${c.winkReadDocSentimentUs} µs; ` +
      `analyzeText ${c.analyzeTextUs} µs + scoreAnger ${c.scoreAngerUs} µs = ${c.composureRatio}× (scoreAnger alone ${c.scoreAngerRatio}×); ` +
      `AFINN ${c.afinnRatio}×, VADER ${c.vaderRatio}×`,
  );
  console.log(`Weights file: ${(result.weightsFileBytes / 1024).toFixed(1)} KB`);
  console.log('\nSupport lines: label, model only, + emulated cues, + rules/ (✗ = model only on the wrong side)');
  for (const s of result.supportLines) {
    const mark = s.score >= result.threshold === s.angry ? ' ' : '✗';
    console.log(`${mark} ${s.angry ? 'ANGRY' : 'calm '} ${s.score.toFixed(3)} ${s.withCues.toFixed(3)} ${s.withRules?.toFixed(3) ?? '  -  '}  ${s.text}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runAngerBench();
