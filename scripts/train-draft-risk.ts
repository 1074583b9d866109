// `npm run train:draft-risk`: trains the draft-risk model (src/engine/draftRisk, docs/detectors.md)
// and writes models/draft-risk-weights.json. Before the final fit it measures: each reader set
// left out in turn (fit on the rest, read the set left out), and real agents' lines of the twcs
// half never trained on. Deterministic: run it twice and the file is byte-identical.
//   --out FILE   write somewhere else than models/draft-risk-weights.json
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readerDrafts, trainingRows } from './draftRisk/data';
import { DEFAULT_RISK_CONFIG, fitRiskModel, heldOutReading, twcsFlagged } from './draftRisk/train';
import { bundledEngine } from '../tests/helpers/engine';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = path.resolve(REPO_ROOT, outIndex >= 0 ? args[outIndex + 1]! : 'models/draft-risk-weights.json');

// The rules label the hard chats' sentences; the model's own rule is left out of that reading.
const engine = bundledEngine();
const config = DEFAULT_RISK_CONFIG;
const sets = [...new Set(readerDrafts(REPO_ROOT).map((d) => d.set))].sort();
const heldOut = sets.map((set) => heldOutReading(REPO_ROOT, engine, set, config));
for (const h of heldOut) console.log(`reader set ${h.set} left out: of ${h.needs} drafts to stop, model ${h.model}, rules ${h.rules}, either ${h.either}; fine drafts flagged by the model ${h.fineFlagged}/${h.fine}`);

const rows = trainingRows(REPO_ROOT, engine);
const bySource: Record<string, [number, number]> = {};
for (const r of rows) (bySource[r.source] ??= [0, 0])[r.y]++;
const file = fitRiskModel(rows, config, {
  data: 'bench/data/draft-needs-* (three readers), rules/agent.yaml examples, tests/fixtures/reframeDrafts.ts, bench/hard-chats* (rule-labelled), twcs dev half (training half; reading set never read)',
  rows: rows.length,
  rowsBySource: bySource,
  config,
  heldOut,
});
const twcs = twcsFlagged(file);
file.meta.twcsMeasuringHalf = twcs;
console.log(`twcs agents' lines never trained on, flagged: ${twcs.flagged}/${twcs.lines}`);
const json = JSON.stringify(file) + '\n';
writeFileSync(out, json);
console.log(`wrote ${path.relative(REPO_ROOT, out)}: ${file.features.length} features, ${(json.length / 1024).toFixed(1)} KB`);
