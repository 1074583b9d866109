// `npx tsx scripts/reframe-coverage.ts [--list]`: the reframe measure of issue 14 on the written
// drafts and the twcs company turns (see scripts/reframeCoverage.ts); --list prints each flagged
// draft with its card.
import { LATER_DRAFTS, REFRAME_DRAFTS } from '../tests/fixtures/reframeDrafts';
import { bundledEngine } from '../tests/helpers/engine';
import { reframeOutcomes, tally, twcsAgentDrafts, twcsAvailable, type ReframeOutcome } from './reframeCoverage';

const UPSET_CUSTOMER = { speaker: 'customer' as const, text: "This is the second time my order has gone wrong and I'm really fed up." };
const engine = bundledEngine();
const list = process.argv.includes('--list');

function report(name: string, outcomes: ReframeOutcome[]): void {
  const t = tally(outcomes);
  console.log(
    `${name}: ${t.drafts} drafts, ${t.flagged} flagged (${t.admitOrPromise} for an admission or a promise), ` +
      `${t.reframed} got a reframe, ${t.readBackClean} reframes read back clean, ${t.grammarClean} of those pass the grammar checks; ` +
      `admission/promise drafts with a clean card: ${t.admitOrPromiseReframed}/${t.admitOrPromise}`,
  );
  if (!list) return;
  for (const o of outcomes.filter((o) => o.categories.length > 0)) {
    console.log(`  [${o.categories.join(', ')}] ${o.draft}\n    → ${o.reframe ?? '(no card)'}${o.readBack?.length ? `  ✗ read back: ${o.readBack.join(', ')}` : ''}${o.grammar?.length ? `  ✗ grammar: ${o.grammar.join('; ')}` : ''}`);
  }
}

report('written drafts', reframeOutcomes(engine, REFRAME_DRAFTS.map(({ draft }) => ({ before: [UPSET_CUSTOMER], draft }))));
if (twcsAvailable()) report('twcs company turns (reading set left out)', reframeOutcomes(engine, twcsAgentDrafts()));
else console.log('twcs data not found: set COMPOSURE_DATA_DIR');
report('drafts written after the rewording (see docs/reframes.md for their first run)', reframeOutcomes(engine, LATER_DRAFTS.map(({ draft }) => ({ before: [UPSET_CUSTOMER], draft }))));
