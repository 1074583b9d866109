// The mood model's training pipeline (`npm run train:mood`, scripts/train-mood.ts):
//  1. the rated support dialogues, minus the reading set, replayed turn by turn through the
//     engine's own reading (analyzeText, anger with the bundled rule cues, MoodMemory);
//  2. two strongly regularised logistic regressions: the message's own reading over
//     MESSAGE_INPUTS (each cue's own weight penalised harder than the weight all cues share:
//     `cueShrink`), then the conversation's over CONVERSATION_INPUTS (that reading, how upset the
//     earlier messages read in their conversation, what the agent did), cross-validated by
//     dialogue; the cue shrink and the `frustrated` cut are chosen inside the training folds only.
// Deterministic: fixed order, full-batch L-BFGS, no random numbers.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../src/engine/analyzeText';
import { createEngine, type ComposureEngine } from '../../src/engine/engine';
import { MoodMemory, type MoodContext } from '../../src/engine/mood/context';
import { CALMING_COUNT_INPUT, CONVERSATION_INPUTS, conversationInputs, MESSAGE_INPUTS, messageInputs } from '../../src/engine/mood/features';
import type { LinearStage, MoodWeightsFile } from '../../src/engine/mood/model';
import { loadRulePackYaml } from '../../src/engine/rules/loadRulePack';
import { fitLogisticRegression, sigmoid, type TrainingSet } from '../anger/logisticRegression';
import { f1At, rocAuc } from '../anger/metrics';
import { foldsByDialogue, isRated, learningDialogues, readDialogues, type Dialogue } from './dialogues';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface MoodTrainConfig {
  /** L2 on the standardised frustration inputs (mean weighted loss). */
  l2: number;
  /**
   * The candidates for how much harder each cue's own input is penalised than the cue counts
   * (its standardised input is scaled by this: 0.25 → a 16× penalty), so a rare cue's weight
   * stays near the weight all upset (or calming) cues share. Chosen by cross-validated AUC on the
   * turns being trained on, never on the turns a model is judged by.
   */
  cueShrink: number[];
  /**
   * Rounds of refitting the conversation stage with the memory it produces: how upset the
   * customer's earlier messages read *in their conversation*, as the engine remembers them.
   */
  memoryRounds: number;
  /** Targets: the raters' mean score / 4 (soft) or `frustrated` (mean ≥ 2) as 0/1. */
  softTargets: boolean;
  folds: number;
  /** Share of the turns every rater scored 0 that must read calm at the chosen cut. */
  calmKept: number;
}

export const DEFAULT_MOOD_CONFIG: MoodTrainConfig = {
  l2: 0.02,
  cueShrink: [0.25, 0.5, 1],
  memoryRounds: 4,
  softTargets: true,
  folds: 5,
  calmKept: 0.95,
};

// ---------------------------------------------------------------- 1. support dialogues

/** One customer turn of a dialogue, read as the engine reads it (rated or not). */
export interface ReadTurn {
  dialogueId: number;
  turn: number;
  text: string;
  /** The message's own inputs (MESSAGE_INPUTS). */
  own: Float64Array;
  /** Its context, except how upset earlier messages read (that depends on the model: filled in per fit). */
  context: MoodContext;
  anger: number;
  angry: boolean;
  rated: boolean;
  /** Raters' mean, 0–4 (0 when not rated). */
  score: number;
  frustrated: boolean;
  /** All three raters said 0. */
  allCalm: boolean;
}

/** The engine with the bundled rules, as `composure analyze` runs it. */
export function bundledEngine(): ComposureEngine {
  const dir = path.join(REPO_ROOT, 'rules');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'remedies.yaml').sort();
  return createEngine(files.map((f) => loadRulePackYaml(readFileSync(path.join(dir, f), 'utf8'), f)));
}

/** Replays each dialogue through the engine's readings and MoodMemory; its customer turns in order. */
export function readCustomerTurns(dialogues: readonly Dialogue[], engine: ComposureEngine): ReadTurn[] {
  const threshold = engine.rules.settings.angryThreshold;
  const out: ReadTurn[] = [];
  for (const dialogue of dialogues) {
    const memory = new MoodMemory();
    for (const turn of dialogue.turns) {
      const text = analyzeText(turn.text);
      if (turn.speaker !== 'customer') {
        memory.rememberAgent(text);
        continue;
      }
      const anger = engine.scoreAnger(turn.text).score;
      const own = Float64Array.from(messageInputs(text, logitOf(anger)).values);
      const context = memory.contextOf();
      memory.rememberCustomer(text, 0);
      const rated = isRated(turn);
      out.push({
        dialogueId: dialogue.id,
        turn: turn.turn,
        text: turn.text,
        own,
        context,
        anger,
        angry: anger >= threshold,
        rated,
        score: rated ? turn.score! : 0,
        frustrated: rated && turn.score! >= 2,
        allCalm: rated && turn.ratings!.every((r) => r === 0),
      });
    }
  }
  return out;
}

function logitOf(p: number): number {
  const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  return Math.log(q / (1 - q));
}

// ---------------------------------------------------------------- 2. frustration model

export interface FrustrationFit {
  message: LinearStage;
  conversation: LinearStage;
}

/** A standardised, L2-regularised logistic regression, folded back to raw inputs told relative to their means. */
function fitStage(rows: readonly Float64Array[], targets: readonly number[], names: readonly string[], l2: number, penaltyScale?: readonly number[]): LinearStage {
  const n = names.length;
  const centers = new Float64Array(n);
  const spreads = new Float64Array(n);
  for (const r of rows) for (let j = 0; j < n; j++) centers[j]! += r[j]! / rows.length;
  for (const r of rows) for (let j = 0; j < n; j++) spreads[j]! += (r[j]! - centers[j]!) ** 2 / rows.length;
  // An input scaled down by s after standardising costs 1/s² as much penalty per unit of effect.
  for (let j = 0; j < n; j++) spreads[j] = (Math.sqrt(spreads[j]!) || 1) / (penaltyScale?.[j] ?? 1);
  const all = Int32Array.from({ length: n }, (_, j) => j);
  const set: TrainingSet = {
    rows: rows.map((r) => ({ indices: all, values: Float64Array.from(r, (v, j) => (v - centers[j]!) / spreads[j]!) })),
    targets: Float64Array.from(targets),
    weights: new Float64Array(rows.length).fill(1),
    featureCount: n,
  };
  const fit = fitLogisticRegression(set, { l2, maxIterations: 500, tolerance: 1e-10 });
  return {
    inputs: [...names],
    weights: Array.from(fit.weights, (w, j) => round6(w / spreads[j]!)),
    centers: Array.from(centers, round6),
    bias: round6(fit.bias),
  };
}

function logitWith(stage: LinearStage, values: Float64Array): number {
  let z = stage.bias;
  for (let j = 0; j < stage.weights.length; j++) z += stage.weights[j]! * (values[j]! - stage.centers[j]!);
  return z;
}

/**
 * The conversation inputs of every turn, and its frustration, played forward through each dialogue
 * as MoodMemory does live: each customer message is remembered by how upset it read in its
 * conversation (under `conversation`), or, before there is a conversation stage to read with, by
 * its own reading.
 */
function conversationRows(turns: readonly ReadTurn[], message: LinearStage, conversation?: LinearStage): { rows: Float64Array[]; scores: number[] } {
  let dialogue = Number.NaN;
  let previous = 0;
  let peak = 0;
  const scores: number[] = [];
  const rows = turns.map((t) => {
    if (t.dialogueId !== dialogue) {
      dialogue = t.dialogueId;
      previous = peak = 0;
    }
    const own = logitWith(message, t.own);
    const row = Float64Array.from(conversationInputs(own, { ...t.context, previous, peak }));
    const score = sigmoid(conversation ? logitWith(conversation, row) : own);
    scores.push(score);
    previous = score;
    peak = Math.max(peak, previous);
    return row;
  });
  return { rows, scores };
}

const targetOf = (t: ReadTurn, config: MoodTrainConfig): number => (config.softTargets ? t.score / 4 : t.frustrated ? 1 : 0);

/** How hard each message input is penalised: the cues' own inputs `shrink`, the rest 1. */
function messagePenaltyScale(shrink: number): number[] {
  return MESSAGE_INPUTS.map((_, j) => (j > CALMING_COUNT_INPUT ? shrink : 1));
}

export function fitFrustration(turns: readonly ReadTurn[], config: MoodTrainConfig, shrink: number): FrustrationFit {
  const rated = turns.filter((t) => t.rated);
  const targets = rated.map((t) => targetOf(t, config));
  const message = fitStage(rated.map((t) => t.own), targets, MESSAGE_INPUTS, config.l2, messagePenaltyScale(shrink));
  const ratedRows = (conversation?: LinearStage) => conversationRows(turns, message, conversation).rows.filter((_, i) => turns[i]!.rated);
  // First with earlier messages remembered by their own reading, then by the reading it fits.
  let conversation = fitStage(ratedRows(), targets, CONVERSATION_INPUTS, config.l2);
  for (let round = 0; round < config.memoryRounds; round++) conversation = fitStage(ratedRows(conversation), targets, CONVERSATION_INPUTS, config.l2);
  return { message, conversation };
}

/** Frustration of every turn (turns of one dialogue together, in order). */
export function frustrationScores(fit: FrustrationFit, turns: readonly ReadTurn[]): number[] {
  return conversationRows(turns, fit.message, fit.conversation).scores;
}

function splitByFold(turns: readonly ReadTurn[], folds: number): (t: ReadTurn) => number {
  const dialogues = [...new Set(turns.map((t) => t.dialogueId))].map((id) => ({ id, turns: [] }));
  const foldOf = foldsByDialogue(dialogues, folds);
  return (t) => foldOf.get(t.dialogueId)!;
}

/** Out-of-fold frustration by dialogue: each turn scored by a model that never saw its dialogue. */
export function outOfFold(turns: readonly ReadTurn[], config: MoodTrainConfig, shrink: number, folds = config.folds): number[] {
  const foldOf = splitByFold(turns, folds);
  const scores = new Array<number>(turns.length).fill(0);
  for (let fold = 0; fold < folds; fold++) {
    const fit = fitFrustration(turns.filter((t) => foldOf(t) !== fold), config, shrink);
    const held = turns.map((t, i) => [t, i] as const).filter(([t]) => foldOf(t) === fold);
    frustrationScores(fit, held.map(([t]) => t)).forEach((score, k) => (scores[held[k]![1]] = score));
  }
  return scores;
}

/**
 * The cue shrink among `config.cueShrink` whose out-of-fold scores over `turns` rank the rated
 * turns best (AUC; the first candidate wins a tie). Only `turns` are read, so a caller that passes
 * a training part keeps the choice inside it. Returns the out-of-fold scores with it: the cut is
 * chosen on them.
 */
export function chooseShrink(turns: readonly ReadTurn[], config: MoodTrainConfig, folds = config.folds): { shrink: number; scores: number[] } {
  const labels = turns.filter((t) => t.rated).map((t) => t.frustrated);
  let best: { shrink: number; scores: number[]; auc: number } | undefined;
  for (const shrink of config.cueShrink) {
    const scores = outOfFold(turns, config, shrink, folds);
    const auc = rocAuc(scores.filter((_, i) => turns[i]!.rated), labels);
    if (!best || auc > best.auc) best = { shrink, scores, auc };
  }
  return { shrink: best!.shrink, scores: best!.scores };
}

/**
 * The `frustrated` cut: the best F1 of mood ≠ calm (angry or frustrated) over the rated turns
 * among the cuts that keep calm customers calm, i.e. that leave at least `calmKept` of the turns
 * every rater scored 0 reading calm. An agent told "frustrated" about a customer who is merely
 * asking stops trusting the meter; that costs more than a missed mild case.
 */
export function chooseThreshold(turns: readonly ReadTurn[], scores: readonly number[], calmKept: number): number {
  const rated = turns.map((t, i) => [t, scores[i]!] as const).filter(([t]) => t.rated);
  const calmScores = rated.filter(([t]) => t.allCalm && !t.angry).map(([, s]) => s).sort((a, b) => b - a);
  // Cuts above the calm turns' (1 − calmKept) quantile keep enough of them calm.
  const allowed = Math.floor(calmScores.length * (1 - calmKept));
  const floor = allowed >= calmScores.length ? 0 : calmScores[allowed]! + 1e-9;
  const candidates = [...new Set(rated.map(([, s]) => s))].filter((s) => s >= floor).sort((a, b) => a - b);
  const labels = rated.map(([t]) => t.frustrated);
  let best = { threshold: floor, f1: -1 };
  for (const cut of candidates.length ? candidates : [floor]) {
    const { f1 } = f1At(rated.map(([t, s]) => (t.angry || s >= cut ? 1 : 0)), labels, 1);
    if (f1 > best.f1) best = { threshold: cut, f1 };
  }
  return Math.floor(best.threshold * 1000) / 1000;
}

export interface CrossValidated {
  /** The rated turns, and their out-of-fold frustration and mood ≠ calm at the cut their training folds chose. */
  turns: ReadTurn[];
  scores: number[];
  notCalm: boolean[];
  thresholds: number[];
  /** The cue shrink each fold's training part chose. */
  shrinks: number[];
  auc: number;
  f1: number;
  precision: number;
  recall: number;
  calmStaysCalm: { calm: number; of: number };
}

/**
 * 5-fold cross-validation by dialogue of the whole procedure: each fold's cue shrink and cut are
 * chosen on its training folds' own out-of-fold scores (an inner cross-validation), never on the
 * fold they are applied to.
 */
export function crossValidateMood(turns: readonly ReadTurn[], config: MoodTrainConfig): CrossValidated {
  const foldOf = splitByFold(turns, config.folds);
  const scores = new Array<number>(turns.length).fill(0);
  const notCalm = new Array<boolean>(turns.length).fill(false);
  const thresholds: number[] = [];
  const shrinks: number[] = [];
  for (let fold = 0; fold < config.folds; fold++) {
    const training = turns.filter((t) => foldOf(t) !== fold);
    const chosen = chooseShrink(training, config, config.folds - 1);
    const fit = fitFrustration(training, config, chosen.shrink);
    const threshold = chooseThreshold(training, chosen.scores, config.calmKept);
    thresholds.push(threshold);
    shrinks.push(chosen.shrink);
    const held = turns.map((t, i) => [t, i] as const).filter(([t]) => foldOf(t) === fold);
    frustrationScores(fit, held.map(([t]) => t)).forEach((score, k) => {
      const [t, i] = held[k]!;
      scores[i] = score;
      notCalm[i] = t.angry || score >= threshold;
    });
  }
  const keep = turns.map((t, i) => i).filter((i) => turns[i]!.rated);
  const rated = keep.map((i) => turns[i]!);
  const labels = rated.map((t) => t.frustrated);
  const f = f1At(keep.map((i) => Number(notCalm[i])), labels, 1);
  const calm = keep.filter((i) => turns[i]!.allCalm && !notCalm[i]).length;
  return {
    turns: rated,
    scores: keep.map((i) => scores[i]!),
    notCalm: keep.map((i) => notCalm[i]!),
    thresholds,
    shrinks,
    auc: rocAuc(keep.map((i) => scores[i]!), labels),
    ...f,
    calmStaysCalm: { calm, of: rated.filter((t) => t.allCalm).length },
  };
}

export function moodWeightsFile(fit: FrustrationFit, threshold: number, meta: Record<string, unknown>): MoodWeightsFile {
  return { format: 'composure-mood/4', meta, message: fit.message, conversation: fit.conversation, frustratedThreshold: threshold };
}


function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Everything `npm run train:mood` does, from the data to the weights file: the rated dialogues
 * minus the reading set, cross-validated, then fitted on all of them with the cut chosen on their
 * out-of-fold scores (no turn judges the model that saw it; the reading set plays no part).
 */
export function trainMoodModel(config: MoodTrainConfig = DEFAULT_MOOD_CONFIG): { file: MoodWeightsFile; cv: CrossValidated; dialogues: number } {
  const dialogues = learningDialogues(readDialogues());
  const turns = readCustomerTurns(dialogues, bundledEngine());
  const cv = crossValidateMood(turns, config);
  const chosen = chooseShrink(turns, config);
  const fit = fitFrustration(turns, config, chosen.shrink);
  const threshold = chooseThreshold(turns, chosen.scores, config.calmKept);
  const file = moodWeightsFile(fit, threshold, {
    description:
      'message = bias + sum of weight x (input - center) over MESSAGE_INPUTS; frustration = sigmoid(bias + sum of weight x (input - center)) over CONVERSATION_INPUTS (src/engine/mood/features.ts); mood = angry when anger >= angryThreshold, frustrated when frustration >= frustratedThreshold, else calm.',
    data: 'Support dialogues: twcs_frustration_dev.jsonl without the reading set (dialogue_id % 8 === 0), customer turns rated 0-4 by three people (Zuters & Leonova, "Frustration Intensity Prediction in Customer Support Dialog Texts", ITCS 2020; MIT). The anger input is the GoEmotions-trained anger model (models/anger-weights.json). The data itself is not shipped.',
    trainedBy: 'npm run train:mood (scripts/train-mood.ts); deterministic',
    config: { ...config },
    cueShrink: chosen.shrink,
    crossValidated: {
      dialogues: dialogues.length,
      turns: cv.turns.length,
      auc: round4(cv.auc),
      f1: round4(cv.f1),
      precision: round4(cv.precision),
      recall: round4(cv.recall),
      calmStaysCalm: cv.calmStaysCalm,
      foldThresholds: cv.thresholds,
      foldCueShrinks: cv.shrinks,
    },
  });
  return { file, cv, dialogues: dialogues.length };
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
