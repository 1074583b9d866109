// Problem types on real support dialogues: how far three readers agree on them, how well the
// engine reads them (and how sure it is), and whether the remedies and clarifying questions it
// shows fit the problem the readers saw.
//   npx tsx bench/problem-types.ts [--against <checkout>] [--reading]
// Prints tables and writes bench/results/problem-types.json.
//
// Labels: bench/data/problem-types/ (README there): three readers, every customer turn of
// twcs_frustration_dev.jsonl (in DATA_DIR), combined by majority (bench/problem-type-labels.ts).
//  1. Agreement of the readers, all labeled turns.
//  2. The detector on the dialogues minus the reading set: per customer turn, the type of the
//     customer's turns so far (the engine's window of recent messages) against the majority
//     label; the confidence threshold cross-validated by dialogue (5 folds: chosen on four,
//     scored on the fifth), then precision / recall / coverage and the confusion matrix at the
//     shipped threshold.
//  3. Remedy fit: every dialogue through the engine, as `composure analyze` runs it; at each
//     labeled customer turn, the remedy cards and clarifying questions shown, and how many of
//     them suit only a type that is not the readers' (an order number asked of a flight delay).
//     With --against: the other checkout (e.g. main before this change) with its own rules, too.
//  4. --reading: the reading set (dialogue_id % 8 === 0), once, at the end: the shipped
//     threshold, totals only. Never tuned on.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText, type AnalyzedText } from '../src/engine/analyzeText';
import type { ComposureEngine } from '../src/engine/engine';
import { RECENT_CUSTOMER_MESSAGES } from '../src/engine/conversation/state';
import { CONFIDENT_PROBLEM_TYPE, PROBLEM_TYPES, readProblemType, type ProblemType, type ProblemTypeReading, type RemedyCatalogue } from '../src/engine/suggestions';
import { foldsByDialogue, isReadingSet, readDialogues, type Dialogue } from '../scripts/mood/dialogues';
import { agreementOf, agreementTable, readLabeledTurns, type Label, type LabeledTurn } from './problem-type-labels';

const ROOT = join(import.meta.dirname, '..');
const FOLDS = 5;
const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);
// What the threshold is chosen for (a priori): a confident type shows cards only that type fits.
// A right one helps a little over the general card, which fits anyway; a wrong one tells an upset
// customer nobody read their message, and costs the agent a card to skip. So a wrong reading
// costs twice what a right one gains; `other` shows the general cards, so it neither gains nor costs.
const WRONG_COST = 2;

interface TurnReading {
  dialogue: number;
  label: Label;
  reading: ProblemTypeReading;
}

/** Per labeled customer turn (not disputed), the reading of the customer's recent turns so far. */
function readTurns(dialogues: readonly Dialogue[], labels: ReadonlyMap<string, LabeledTurn>, read: (texts: AnalyzedText[]) => ProblemTypeReading): TurnReading[] {
  const out: TurnReading[] = [];
  for (const dialogue of dialogues) {
    const texts: AnalyzedText[] = [];
    for (const turn of dialogue.turns) {
      if (turn.speaker !== 'customer') continue;
      texts.push(analyzeText(turn.text));
      const label = labels.get(key(dialogue.id, turn.turn));
      if (!label || label.majority === 'disputed') continue;
      out.push({ dialogue: dialogue.id, label: label.majority, reading: read(texts.slice(-RECENT_CUSTOMER_MESSAGES)) });
    }
  }
  return out;
}

const key = (dialogue: number, turn: number) => `${dialogue}:${turn}`;

interface DetectorScore {
  threshold: number;
  turns: number;
  /** Turns whose majority label is a problem type (not `none`). */
  problemTurns: number;
  confident: number;
  correct: number;
  precision: number;
  recall: number;
  /** Confident readings on turns the readers saw no problem in. */
  confidentOnNone: number;
}

function scoreAt(turns: readonly TurnReading[], threshold: number): DetectorScore {
  const confident = turns.filter((t) => t.reading.type !== undefined && t.reading.confidence >= threshold);
  const correct = confident.filter((t) => t.reading.type === t.label).length;
  const problemTurns = turns.filter((t) => t.label !== 'none').length;
  return {
    threshold,
    turns: turns.length,
    problemTurns,
    confident: confident.length,
    correct,
    precision: confident.length ? correct / confident.length : 0,
    recall: problemTurns ? correct / problemTurns : 0,
    confidentOnNone: confident.filter((t) => t.label === 'none').length,
  };
}

/** Right type-specific readings minus WRONG_COST times the wrong ones. */
function netGain(turns: readonly TurnReading[], threshold: number): number {
  let gain = 0;
  for (const { reading, label } of turns) {
    if (reading.type === undefined || reading.type === 'other' || reading.confidence < threshold) continue;
    gain += reading.type === label ? 1 : -WRONG_COST;
  }
  return gain;
}

/** The threshold with the highest net gain (ties: the lowest). */
function bestThreshold(turns: readonly TurnReading[]): number {
  return THRESHOLDS.reduce((a, b) => (netGain(turns, b) > netGain(turns, a) ? b : a));
}

/** Threshold chosen on four folds, scored on the fifth; the held-out turns pooled. */
function crossValidate(turns: readonly TurnReading[], dialogues: readonly Dialogue[]) {
  const fold = foldsByDialogue(dialogues, FOLDS);
  const chosen: number[] = [];
  const heldOut: TurnReading[] = [];
  const heldOutThreshold: number[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const train = turns.filter((t) => fold.get(t.dialogue) !== f);
    const test = turns.filter((t) => fold.get(t.dialogue) === f);
    const best = bestThreshold(train);
    chosen.push(best);
    heldOut.push(...test);
    heldOutThreshold.push(...test.map(() => best));
  }
  // Pooled: each held-out turn judged at its own fold's threshold.
  const confident = heldOut.filter((t, i) => t.reading.type !== undefined && t.reading.confidence >= heldOutThreshold[i]!);
  const correct = confident.filter((t) => t.reading.type === t.label).length;
  const problemTurns = heldOut.filter((t) => t.label !== 'none').length;
  return { foldThresholds: chosen, onAll: bestThreshold(turns), precision: correct / confident.length, recall: correct / problemTurns, confident: confident.length, correct };
}

function confusion(turns: readonly TurnReading[], threshold: number): Record<string, Record<string, number>> {
  const matrix: Record<string, Record<string, number>> = {};
  for (const t of turns) {
    const said = t.reading.type !== undefined && t.reading.confidence >= threshold ? t.reading.type : 'general';
    const row = (matrix[t.label] ??= {});
    row[said] = (row[said] ?? 0) + 1;
  }
  return matrix;
}

function confusionTable(matrix: Record<string, Record<string, number>>): string {
  const columns = [...PROBLEM_TYPES, 'general'];
  const short = (c: string) => ({ 'wrong-item': 'wrong', 'account-access': 'access', cancellation: 'cancel', technical: 'tech', general: 'general' })[c] ?? c;
  const lines = [`| readers ↓ / engine → | ${columns.map(short).join(' | ')} |`, `|---|${columns.map(() => '---:').join('|')}|`];
  for (const label of [...PROBLEM_TYPES, 'none']) {
    const row = matrix[label] ?? {};
    lines.push(`| ${label} | ${columns.map((c) => (row[c] ? String(row[c]) : '·')).join(' | ')} |`);
  }
  return lines.join('\n');
}

// Which problems each clarifying question suits, judged from the labeling guide, not from the
// engine's own table (whose `other` entry asked every customer for an order number).
const ORDER_TYPES: readonly Label[] = ['wrong-item', 'defect', 'refund', 'delivery', 'cancellation'];
const QUESTION_FITS: [RegExp, string, readonly Label[] | 'any'][] = [
  [/order number/i, 'order number', ORDER_TYPES],
  [/photo/i, 'photo', ['wrong-item', 'defect']],
  [/which device/i, 'device', ['technical', 'account-access']],
  [/what have you tried/i, 'tried', ['technical', 'account-access', 'defect']],
  [/email address/i, 'account email', ['account-access', 'billing', 'cancellation', 'refund']],
  [/what amount/i, 'amount', ['billing', 'refund']],
  [/place the order/i, 'order date', ORDER_TYPES],
  [/charge appear/i, 'charge date', ['billing', 'refund']],
  [/request the refund/i, 'refund date', ['refund']],
  [/item arrive/i, 'arrival date', ['defect', 'wrong-item', 'delivery']],
  [/when did this (?:happen|start)/i, 'when (general)', 'any'],
];

interface CardFit {
  turns: number;
  turnsWithCard: number;
  cards: number;
  /** Cards that suit only some types (not the general ones). */
  typeSpecific: number;
  misfit: number;
  turnsWithMisfit: number;
  /** Misfit cards by what they were (a remedy's type, a question's fact). */
  misfitBy: Record<string, number>;
}

const emptyFit = (): CardFit => ({ turns: 0, turnsWithCard: 0, cards: 0, typeSpecific: 0, misfit: 0, turnsWithMisfit: 0, misfitBy: {} });

interface EngineUnderTest {
  name: string;
  engine: ComposureEngine;
  /** Remedy text → the catalogue type it is listed under. */
  remedyType: Map<string, ProblemType>;
}

async function engineAt(root: string, name: string): Promise<EngineUnderTest> {
  const load = (p: string) => import(pathToFileURL(join(resolve(root), p)).href);
  const [{ createEngine }, { loadRulePackYaml }, { parseRemedyCatalogue }] = await Promise.all([
    load('src/engine/engine.ts'),
    load('src/engine/rules/loadRulePack.ts'),
    load('src/engine/suggestions/index.ts'),
  ]);
  const rules = join(resolve(root), 'rules');
  const packs = readdirSync(rules)
    .filter((f) => f.endsWith('.yaml') && f !== 'remedies.yaml')
    .sort()
    .map((f) => loadRulePackYaml(readFileSync(join(rules, f), 'utf8'), f));
  const remedies = parseRemedyCatalogue(readFileSync(join(rules, 'remedies.yaml'), 'utf8'), 'remedies.yaml') as RemedyCatalogue;
  const remedyType = new Map<string, ProblemType>();
  for (const type of PROBLEM_TYPES) for (const text of remedies[type]?.remedies ?? []) remedyType.set(text, type);
  return { name, engine: createEngine(packs, { remedies }) as ComposureEngine, remedyType };
}

/** Remedy cards and clarifying questions at each labeled customer turn, against the majority label. */
function cardFit(subject: EngineUnderTest, dialogues: readonly Dialogue[], labels: ReadonlyMap<string, LabeledTurn>) {
  const remedies = emptyFit();
  const questions = emptyFit();
  const unclassified = new Set<string>();
  for (const dialogue of dialogues) {
    const results = subject.engine.analyzeTranscript({ id: `twcs-${dialogue.id}`, turns: dialogue.turns.map((t) => ({ speaker: t.speaker, text: t.text })) });
    dialogue.turns.forEach((turn, i) => {
      const label = labels.get(key(dialogue.id, turn.turn))?.majority;
      if (turn.speaker !== 'customer' || !label || label === 'disputed') return;
      const suggestions = results[i]!.suggestions;
      const judge = (fit: CardFit, cards: { text: string; fits: readonly Label[] | 'any'; what: string }[]) => {
        fit.turns++;
        if (cards.length > 0) fit.turnsWithCard++;
        let misfit = 0;
        for (const card of cards) {
          fit.cards++;
          if (card.fits === 'any') continue;
          fit.typeSpecific++;
          if (!card.fits.includes(label)) {
            misfit++;
            fit.misfitBy[card.what] = (fit.misfitBy[card.what] ?? 0) + 1;
          }
        }
        fit.misfit += misfit;
        if (misfit > 0) fit.turnsWithMisfit++;
      };
      judge(
        remedies,
        suggestions
          .filter((s) => s.kind === 'solution' && subject.remedyType.has(s.text))
          .map((s) => {
            const type = subject.remedyType.get(s.text)!;
            return { text: s.text, fits: type === 'other' ? ('any' as const) : [type], what: type };
          }),
      );
      judge(
        questions,
        suggestions
          .filter((s) => s.kind === 'clarify')
          .map((s) => {
            const fit = QUESTION_FITS.find(([pattern]) => pattern.test(s.text));
            if (!fit) unclassified.add(s.text);
            return { text: s.text, fits: fit?.[2] ?? 'any', what: fit?.[1] ?? 'unclassified' };
          }),
      );
    });
  }
  return { engine: subject.name, remedies, questions, unclassifiedQuestions: [...unclassified] };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const round = (x: number) => Math.round(x * 1000) / 1000;

function fitTable(rows: ReturnType<typeof cardFit>[]): string {
  const lines = [
    '| engine | cards | labeled turns | turns with a card | cards shown | type-specific | of which fit | misfit cards | turns with a misfit | misfits by kind |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    for (const [what, f] of [['remedies', r.remedies], ['clarify', r.questions]] as const) {
      const by = Object.entries(f.misfitBy).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || '—';
      lines.push(`| ${r.engine} | ${what} | ${f.turns} | ${f.turnsWithCard} | ${f.cards} | ${f.typeSpecific} | ${f.typeSpecific - f.misfit} | ${f.misfit} | ${f.turnsWithMisfit} (${pct(f.turnsWithMisfit / f.turns)}) | ${by} |`);
    }
  }
  return lines.join('\n');
}

function detectorLine(name: string, s: DetectorScore): string {
  return `| ${name} | ${s.threshold} | ${s.confident} of ${s.turns} (${pct(s.confident / s.turns)}) | ${pct(s.precision)} | ${pct(s.recall)} | ${s.confidentOnNone} |`;
}

export async function runProblemTypeBench(options: { against?: string; reading?: boolean } = {}) {
  const labeled = readLabeledTurns();
  const labels = new Map(labeled.map((t) => [key(t.dialogue_id, t.turn), t]));
  const all = readDialogues();
  const learning = all.filter((d) => !isReadingSet(d.id));
  const reading = all.filter((d) => isReadingSet(d.id));

  // 1. Agreement.
  const agreement = agreementOf(labeled);
  console.log(`## Readers' agreement\n${agreementTable(agreement)}\n`);

  // 2. The detector, learning dialogues only.
  const ownRead = (texts: AnalyzedText[]) => readProblemType(texts);
  const turns = readTurns(learning, labels, ownRead);
  const cv = crossValidate(turns, learning);
  const shipped = scoreAt(turns, CONFIDENT_PROBLEM_TYPE);
  const anyType = scoreAt(turns, 0);
  const detectorRows = [detectorLine('this engine, any type it reads', anyType), detectorLine('this engine, confident type (shipped threshold)', shipped)];
  let before: DetectorScore | undefined;
  if (options.against) {
    const { detectProblemType } = await import(pathToFileURL(join(resolve(options.against), 'src/engine/suggestions/index.ts')).href);
    const theirs = readTurns(learning, labels, (texts) => {
      const type = detectProblemType(texts) as ProblemType | undefined;
      return { type, confidence: type ? 1 : 0 };
    });
    before = scoreAt(theirs, 0);
    detectorRows.unshift(detectorLine(`${options.against} (no confidence: every type it reads)`, before));
  }
  console.log(`## Problem type on ${turns.length} labeled customer turns (${learning.length} dialogues, reading set left out; ${turns.filter((t) => t.label !== 'none').length} with a problem)`);
  console.log('| detector | threshold | typed turns | precision | recall | typed on no-problem turns |\n|---|---:|---:|---:|---:|---:|');
  console.log(detectorRows.join('\n'));
  console.log(
    `Cross-validated by dialogue (${FOLDS} folds; threshold with the best net gain, right − ${WRONG_COST}×wrong type-specific readings, inside the training folds): ` +
      `thresholds ${cv.foldThresholds.join(', ')}; held-out precision ${pct(cv.precision)}, recall ${pct(cv.recall)} (${cv.correct} of ${cv.confident} confident readings right). ` +
      `Chosen on all these turns: ${cv.onAll} (shipped: ${CONFIDENT_PROBLEM_TYPE}).\n`,
  );
  const matrix = confusion(turns, CONFIDENT_PROBLEM_TYPE);
  console.log(`Confusion at the shipped threshold (${CONFIDENT_PROBLEM_TYPE}; "general" = no confident type):\n${confusionTable(matrix)}\n`);

  // 3. Remedy fit through the engine.
  const subjects = [await engineAt(ROOT, 'this checkout')];
  if (options.against) subjects.unshift(await engineAt(options.against, options.against));
  const fit = subjects.map((s) => cardFit(s, learning, labels));
  console.log(`## Remedy fit: cards shown at labeled customer turns (reading set left out)\n${fitTable(fit)}`);
  for (const f of fit) if (f.unclassifiedQuestions.length) console.log(`(${f.engine}: unclassified questions, counted as general: ${f.unclassifiedQuestions.join(' | ')})`);

  // 4. The reading set, once.
  let readingResult;
  if (options.reading) {
    const readingTurns = readTurns(reading, labels, ownRead);
    const score = scoreAt(readingTurns, CONFIDENT_PROBLEM_TYPE);
    const readingFit = subjects.map((s) => cardFit(s, reading, labels));
    readingResult = { detector: score, fit: readingFit.map(({ engine, remedies, questions }) => ({ engine, remedies, questions })) };
    console.log(`\n## Reading set (${reading.length} dialogues, once, shipped threshold)`);
    console.log('| detector | threshold | typed turns | precision | recall | typed on no-problem turns |\n|---|---:|---:|---:|---:|---:|');
    console.log(detectorLine('this engine, confident type', score));
    console.log(fitTable(readingFit.map((f) => ({ ...f, unclassifiedQuestions: [] }))));
  }

  const result = {
    agreement: { ...agreement, pairwise: round(agreement.pairwise), fleissKappa: round(agreement.fleissKappa) },
    detector: { shipped, anyType, before, crossValidated: cv, confusion: matrix },
    remedyFit: fit,
    reading: readingResult,
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/problem-types.json'), JSON.stringify(result, null, 2) + '\n');
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--against');
  await runProblemTypeBench({ against: at >= 0 ? args[at + 1] : undefined, reading: args.includes('--reading') });
}
