// `npm run train:mood`: trains the mood model (docs/mood-model.md) and writes
// models/mood-weights.json. Deterministic: run it twice and the file is byte-identical.
// The reading set (dialogue_id % 8 === 0) is dropped before anything else happens.
//   --sweep [--grid JSON]  compare settings by 5-fold CV by dialogue, write nothing
//   --out FILE             write somewhere else than models/mood-weights.json
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { learningDialogues, readDialogues } from './mood/dialogues';
import {
  bundledEngine,
  chooseThreshold,
  crossValidateMood,
  DEFAULT_MOOD_CONFIG,
  fitFrustration,
  moodWeightsFile,
  outOfFold,
  readCustomerTurns,
  type MoodTrainConfig,
} from './mood/train';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const config = DEFAULT_MOOD_CONFIG;

const dialogues = learningDialogues(readDialogues());
const turns = readCustomerTurns(dialogues, bundledEngine());
console.log(`support dialogues without the reading set: ${dialogues.length} dialogues, ${turns.filter((t) => t.rated).length} rated customer turns`);

const report = (label: string, c: MoodTrainConfig) => {
  const cv = crossValidateMood(turns, c);
  console.log(
    `${label} | AUC ${cv.auc.toFixed(3)}  F1 ${cv.f1.toFixed(3)} (P ${cv.precision.toFixed(3)} R ${cv.recall.toFixed(3)})  calm stays calm ${cv.calmStaysCalm.calm}/${cv.calmStaysCalm.of}  cuts ${cv.thresholds.join(' ')}`,
  );
  return cv;
};

if (args.includes('--sweep')) {
  const grid = JSON.parse(option('--grid') ?? '[{}]') as Partial<MoodTrainConfig>[];
  for (const overrides of grid) report(JSON.stringify(overrides), { ...config, ...overrides });
} else {
  const cv = report('5-fold CV by dialogue', config);
  const fit = fitFrustration(turns, config);
  // The shipped cut is chosen on out-of-fold scores over all learning turns: no turn judges the
  // model that saw it, and the reading set plays no part.
  const threshold = chooseThreshold(turns, outOfFold(turns, config), config.calmKept);
  const file = moodWeightsFile(fit, threshold, {
    description:
      'frustration = sigmoid(bias + sum of weight x (input - center)) over src/engine/mood/features.ts; mood = angry when anger >= angryThreshold, frustrated when frustration >= frustratedThreshold, else calm.',
    data: 'Support dialogues: twcs_frustration_dev.jsonl without the reading set (dialogue_id % 8 === 0), rated 0-4 by three people (Zuters & Leonova, ITCS 2020; MIT). The anger input is the GoEmotions-trained anger model (models/anger-weights.json). The data itself is not shipped.',
    trainedBy: 'npm run train:mood (scripts/train-mood.ts); deterministic',
    config: { l2: config.l2, softTargets: config.softTargets, folds: config.folds, calmKept: config.calmKept },
    crossValidated: { dialogues: dialogues.length, turns: cv.turns.length, auc: round(cv.auc), f1: round(cv.f1), precision: round(cv.precision), recall: round(cv.recall), calmStaysCalm: cv.calmStaysCalm, foldThresholds: cv.thresholds },
  });
  const out = path.resolve(REPO_ROOT, option('--out') ?? 'models/mood-weights.json');
  const json = JSON.stringify(file) + '\n';
  writeFileSync(out, json);
  console.log(`frustrated threshold ${threshold}; wrote ${path.relative(REPO_ROOT, out)} (${(json.length / 1024).toFixed(1)} KB)`);
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
