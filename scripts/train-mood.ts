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
  crossValidateMood,
  DEFAULT_MOOD_CONFIG,
  readCustomerTurns,
  trainMoodModel,
  type MoodTrainConfig,
} from './mood/train';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const config = DEFAULT_MOOD_CONFIG;

const report = (label: string, c: MoodTrainConfig) => {
  const turns = readCustomerTurns(learningDialogues(readDialogues()), bundledEngine());
  const cv = crossValidateMood(turns, c);
  console.log(
    `${label} | AUC ${cv.auc.toFixed(3)}  F1 ${cv.f1.toFixed(3)} (P ${cv.precision.toFixed(3)} R ${cv.recall.toFixed(3)})  calm stays calm ${cv.calmStaysCalm.calm}/${cv.calmStaysCalm.of}  cuts ${cv.thresholds.join(' ')}  cue shrinks ${cv.shrinks.join(' ')}`,
  );
  return cv;
};

if (args.includes('--sweep')) {
  const grid = JSON.parse(option('--grid') ?? '[{}]') as Partial<MoodTrainConfig>[];
  for (const overrides of grid) report(JSON.stringify(overrides), { ...config, ...overrides });
} else {
  const { file, cv } = trainMoodModel(config);
  console.log(
    `5-fold CV by dialogue | AUC ${cv.auc.toFixed(3)}  F1 ${cv.f1.toFixed(3)} (P ${cv.precision.toFixed(3)} R ${cv.recall.toFixed(3)})  calm stays calm ${cv.calmStaysCalm.calm}/${cv.calmStaysCalm.of}  cuts ${cv.thresholds.join(' ')}  cue shrinks ${cv.shrinks.join(' ')}`,
  );
  const out = path.resolve(REPO_ROOT, option('--out') ?? 'models/mood-weights.json');
  const json = JSON.stringify(file) + '\n';
  writeFileSync(out, json);
  console.log(`frustrated threshold ${file.frustratedThreshold}; wrote ${path.relative(REPO_ROOT, out)} (${(json.length / 1024).toFixed(1)} KB)`);
}
