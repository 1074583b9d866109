import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine } from '../src/engine/engine';
import { loadRulePackYaml } from '../src/engine/rules/loadRulePack';
import { analyzeText } from '../src/engine/analyzeText';
import { scoreAnger } from '../src/engine/anger';
const files = readdirSync('rules').filter((f) => f.endsWith('.yaml') && f !== 'remedies.yaml').sort();
const e = createEngine(files.map((f) => loadRulePackYaml(readFileSync(path.join('rules', f), 'utf8'), f)));
console.log('threshold', e.rules.settings.angryThreshold);
for (const t of ["Get me a manager right now, I'm done talking to you.", "How many times do I have to tell you the same thing?!", "Oh great, another week of waiting. Thanks for nothing.", "Love how I have to chase you every single time. Great service, really.", "I was charged twice for the same order and nobody told me!!!", "This is a disgrace. Nobody at your company knows what they are doing."]) {
  const r = e.scoreAnger(t); console.log(r.score.toFixed(3), scoreAnger(analyzeText(t), []).score.toFixed(3), t, JSON.stringify(r.contributions.slice(0, 4)));
}
