import { readJsonl } from '../scripts/anger/data';
import { analyzeText } from '../src/engine/analyzeText';
import { loadAngerModel, type AngerWeightsFile } from '../src/engine/anger/model';
import { visitFeatures } from '../src/engine/anger/features';
import wf from '../models/anger-weights.json';
const model = loadAngerModel(wf as AngerWeightsFile);
const texts = readJsonl('goemotions_dev.jsonl').slice(0, 2000).map((r) => r.text);
const an = texts.map((t) => analyzeText(t));
const row = model.weights.get('w')!;
const flat = an.map((a) => a.tokens.map((t) => (' ' + t).slice(1)));
let n = 0;
const fs: Record<string, () => void> = {
  'get wink tokens': () => { for (const a of an) for (const t of a.tokens) if (row.get(t) !== undefined) n++; },
  'get flat tokens': () => { for (const f of flat) for (const t of f) if (row.get(t) !== undefined) n++; },
  'visit noop': () => { for (const a of an) visitFeatures(a, () => { n++; }); },
};
for (const f of Object.values(fs)) f();
for (const [k, f] of Object.entries(fs)) { const s = process.cpuUsage(); for (let r = 0; r < 20; r++) f(); const u = process.cpuUsage(s); console.log(k, ((u.user + u.system) / 20 / 2000).toFixed(3), 'us/msg'); }
