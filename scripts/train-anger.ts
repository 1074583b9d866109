// `npm run train:anger`: trains the anger model on GoEmotions train (in DATA_DIR, see
// docs/anger-model.md) and writes models/anger-weights.json. Deterministic: run it twice and
// the file is byte-identical.
//   --sweep [--grid JSON]  compare settings by 5-fold cross-validation on train, write nothing
//   --limit N      train on the first N rows only (quick checks)
//   --out FILE     write somewhere else than models/anger-weights.json
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl } from './anger/data';
import { crossValidate, DEFAULT_TRAIN_CONFIG, prepareExamples, trainAngerModel, type TrainConfig } from './anger/train';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const limit = Number(option('--limit') ?? Infinity);
const rows = readJsonl('goemotions_train.jsonl').slice(0, limit);
console.log(`goemotions_train.jsonl: ${rows.length} rows; analysing with wink-nlp…`);
const examples = prepareExamples(rows);

if (args.includes('--sweep')) {
  // Settings are compared by 5-fold cross-validation over train (never on dev): each line of
  // the grid is a JSON object of TrainConfig overrides, e.g. --grid '[{"l2":1e-4},{"l2":3e-4}]'.
  const grid = JSON.parse(option('--grid') ?? '[{}]') as Partial<TrainConfig>[];
  console.log('overrides | CV AUC anger  CV AUC broad  CV best F1 anger');
  for (const overrides of grid) {
    const cv = crossValidate(examples, { ...DEFAULT_TRAIN_CONFIG, ...overrides });
    console.log(`${JSON.stringify(overrides)} | ${cv.aucAnger.toFixed(4)}  ${cv.aucAngerBroad.toFixed(4)}  ${cv.bestF1Anger.toFixed(4)}`);
  }
} else {
  const { weightsFile, heldOut } = trainAngerModel(examples, DEFAULT_TRAIN_CONFIG, console.log);
  const out = path.resolve(REPO_ROOT, option('--out') ?? 'models/anger-weights.json');
  const json = JSON.stringify(weightsFile) + '\n';
  writeFileSync(out, json);
  console.log(`held out: ${JSON.stringify(heldOut)}`);
  console.log(`wrote ${path.relative(REPO_ROOT, out)}: ${weightsFile.features.length} features, ${(json.length / 1024).toFixed(1)} KB`);
}
