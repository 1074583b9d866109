import { readJsonl } from '../scripts/anger/data';
import { analyzeText } from '../src/engine/analyzeText';
import { scoreAnger } from '../src/engine/anger';
import { nlp } from '../src/engine/nlp';
const texts = readJsonl('goemotions_dev.jsonl').slice(0, 2000).map((r) => r.text);
const an = texts.map((t) => analyzeText(t));
const w = nlp();
const tot: Record<string, number> = {};
const fs: Record<string, () => void> = {
 wink: () => { for (const t of texts) w.readDoc(t).out(w.its.sentiment); },
 score: () => { for (const a of an) scoreAnger(a, []); },
};
for (let r = 0; r < 8; r++) for (const [k, f] of Object.entries(fs)) { const s = process.cpuUsage(); f(); const u = process.cpuUsage(s); tot[k] = (tot[k] ?? 0) + u.user + u.system; }
for (const k in tot) console.log(k, (tot[k]! / tot.wink!).toFixed(3));
console.log(JSON.stringify(scoreAnger(analyzeText("I'm not happy with this at all. You people are useless!!"), [{ rule: 'anger.insult', weight: 3 }])));
