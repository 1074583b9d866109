// `npx tsx scripts/reframe-coverage.ts [--list]`: the reframe measure of issue 14 on the written
// drafts and the twcs company turns (see scripts/reframeCoverage.ts); --list prints each flagged
// draft with its card.
import {
  COMPENSATION_DRAFTS,
  ECHO_CHATS,
  LATER_DRAFTS,
  POLICY_DRAFTS,
  REFRAME_DRAFTS,
  REPEAT_DRAFTS,
  ROUND_TWO_UNSEEN,
  THIRTEENTH_READING_DRAFTS,
  TWELFTH_READING_DRAFTS,
} from '../tests/fixtures/reframeDrafts';
import { bundledEngine } from '../tests/helpers/engine';
import { apologyEchoes, reframeOutcomes, tally, twcsAgentDrafts, twcsAvailable, twcsDialogues, type DraftInChat, type ReframeOutcome } from './reframeCoverage';

const UPSET_CUSTOMER = { speaker: 'customer' as const, text: "This is the second time my order has gone wrong and I'm really fed up." };
const engine = bundledEngine();
const list = process.argv.includes('--list');
const afterUpset = (drafts: readonly { draft: string }[]): DraftInChat[] => drafts.map(({ draft }) => ({ before: [UPSET_CUSTOMER], draft }));

function report(name: string, outcomes: ReframeOutcome[]): ReframeOutcome[] {
  const t = tally(outcomes);
  console.log(
    `${name}: ${t.drafts} drafts, ${t.flagged} flagged (${t.admitOrPromise} for an admission or a promise), ` +
      `${t.reframed} got a reframe, ${t.readBackClean} read back clean, ${t.grammarClean} of those pass the grammar checks` +
      `${t.echoing ? `, ${t.echoing} echo the agent's empathy` : ''}; admission/promise drafts with a clean card: ${t.admitOrPromiseReframed}/${t.admitOrPromise}`,
  );
  if (list) {
    for (const o of outcomes.filter((o) => o.categories.length > 0)) {
      const problems = [o.readBack?.length ? `read back: ${o.readBack.join(', ')}` : '', o.grammar?.length ? `grammar: ${o.grammar.join('; ')}` : '', o.echoes ? 'echoes' : ''].filter(Boolean);
      console.log(`  [${o.categories.join(', ')}] ${o.draft}\n    → ${o.reframe ?? '(no card)'}${problems.length ? `  ✗ ${problems.join('  ✗ ')}` : ''}`);
    }
  }
  return outcomes;
}

const written = [
  ...report('written while building, round one (45)', reframeOutcomes(engine, afterUpset(REFRAME_DRAFTS))),
  ...report('written after round one (20)', reframeOutcomes(engine, afterUpset(LATER_DRAFTS))),
  ...report('round two: terms and brush-offs', reframeOutcomes(engine, afterUpset(POLICY_DRAFTS))),
  ...report('round two: promises to pay', reframeOutcomes(engine, afterUpset(COMPENSATION_DRAFTS))),
  ...report('round two: rewordings that repeated themselves', reframeOutcomes(engine, afterUpset(REPEAT_DRAFTS))),
  ...report("round two: after the agent's own empathy", reframeOutcomes(engine, ECHO_CHATS)),
  ...report('round two: set aside, unseen while building', reframeOutcomes(engine, afterUpset(ROUND_TWO_UNSEEN))),
  ...report("the twelfth reading's kinds: taunts, lead-ins, promises, exceptions, staff slips", reframeOutcomes(engine, afterUpset(TWELFTH_READING_DRAFTS))),
  ...report(
    "the thirteenth reading's kinds: known faults, make-goods, citations, blame, warnings, name-calling, casing, walls",
    reframeOutcomes(engine, afterUpset(THIRTEENTH_READING_DRAFTS)),
  ),
];
report('all written drafts', written);
const echoChats = ECHO_CHATS.map(({ before }) => before);
const cards = apologyEchoes(engine, echoChats);
console.log(`apology cards after the agent's own empathy (written chats): ${cards.cards}, echoing it: ${cards.echoing}`);
if (twcsAvailable()) {
  report('twcs company turns (reading set left out)', reframeOutcomes(engine, twcsAgentDrafts()));
  const twcs = apologyEchoes(engine, twcsDialogues());
  console.log(`apology cards after the agent's own empathy (twcs, reading set left out): ${twcs.cards}, echoing it: ${twcs.echoing}`);
  for (const example of twcs.examples) console.log(`  ${example}`);
} else console.log('twcs data not found: set COMPOSURE_DATA_DIR');
