// The reframe measure (issue 14): of the agent drafts the engine flags for an admission, a promise
// or tone, how many get a reframe card, and how many of those cards the engine reads back clean
// (a fresh conversation's preview of the card as the agent's draft raises no such flag).
// The drafts: lines written for the purpose (tests/fixtures/reframeDrafts.ts) after an upset
// customer, and the company turns of twcs_frustration_dev.jsonl in their own dialogues
// (dialogue_id % 8 === 0 is the held-out reading set and is never read).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComposureEngine } from '../src/engine/engine';
import { echoesEmpathy } from '../src/engine/suggestions';
import type { Flag, TurnResult } from '../src/engine/types';
import { grammarProblems } from '../tests/helpers/grammarChecks';
import { DATA_DIR } from './calmCorpus';

const REFRAMED: ReadonlySet<Flag['category']> = new Set(['agent-tone', 'liability-admission', 'overpromise']);
const ANSWERS_OF_CONCERN: ReadonlySet<Flag['category']> = new Set(['liability-admission', 'overpromise']);

export interface ReframeOutcome {
  draft: string;
  categories: Flag['category'][];
  reframe?: string;
  /** The categories the engine flags on the reframe read as the agent's draft. */
  readBack?: Flag['category'][];
  /** What the grammar sanity checks (tests/helpers/grammarChecks.ts) find in the reframe. */
  grammar?: string[];
  /** The reframe hands back a line of empathy the agent sent in their last two messages. */
  echoes?: boolean;
}

export interface ReframeTally {
  drafts: number;
  flagged: number;
  /** Flagged for an admission or a promise (the 90 % target). */
  admitOrPromise: number;
  reframed: number;
  admitOrPromiseReframed: number;
  readBackClean: number;
  /** Reframes that read back clean and pass the grammar sanity checks. */
  grammarClean: number;
  /** Reframes that hand back the agent's own earlier line of empathy. */
  echoing: number;
}

/** A chat to play: the turns before the draft, then the draft. */
export interface DraftInChat {
  before: { speaker: 'customer' | 'agent'; text: string }[];
  draft: string;
}

export function reframeOutcomes(engine: ComposureEngine, chats: readonly DraftInChat[]): ReframeOutcome[] {
  return chats.map(({ before, draft }, i) => {
    const conversation = engine.startConversation({ id: `reframe-${i}` });
    for (const turn of before) conversation.addTurn(turn);
    const preview = conversation.previewDraft(draft);
    const categories = reframedCategories(preview);
    const reframe = categories.length > 0 ? preview.suggestions.find((s) => s.kind === 'reframe')?.text : undefined;
    if (!reframe) return { draft, categories };
    return { draft, categories, reframe, readBack: readBackOf(engine, before, reframe), grammar: grammarProblems(reframe), echoes: echoesEmpathy(reframe, agentLinesOf(before)) };
  });
}

/** The engine's reading of a reframe sent in the same chat in place of the draft. */
export function readBackOf(engine: ComposureEngine, before: DraftInChat['before'], reframe: string): Flag['category'][] {
  const conversation = engine.startConversation({ id: 'read-back' });
  for (const turn of before) conversation.addTurn(turn);
  return reframedCategories(conversation.previewDraft(reframe));
}

function reframedCategories(result: TurnResult): Flag['category'][] {
  return [...new Set(result.flags.map((f) => f.category).filter((c) => REFRAMED.has(c)))];
}

export function tally(outcomes: readonly ReframeOutcome[]): ReframeTally {
  const flagged = outcomes.filter((o) => o.categories.length > 0);
  const admitOrPromise = flagged.filter((o) => o.categories.some((c) => ANSWERS_OF_CONCERN.has(c)));
  return {
    drafts: outcomes.length,
    flagged: flagged.length,
    admitOrPromise: admitOrPromise.length,
    reframed: flagged.filter((o) => o.reframe).length,
    admitOrPromiseReframed: admitOrPromise.filter((o) => o.reframe && o.readBack?.length === 0).length,
    readBackClean: flagged.filter((o) => o.reframe && o.readBack?.length === 0).length,
    grammarClean: flagged.filter((o) => o.reframe && o.readBack?.length === 0 && o.grammar?.length === 0).length,
    echoing: flagged.filter((o) => o.echoes).length,
  };
}

// The agent's last two messages, as the engine remembers them for cards (`agent.recentLines`).
const agentLinesOf = (turns: DraftInChat['before']) => turns.filter((t) => t.speaker === 'agent').slice(-2).map((t) => t.text);

export interface ApologyEchoTally {
  /** Apology cards shown after a customer message, in chats where the agent had already sent empathy. */
  cards: number;
  /** Of those, the cards that hand one of the agent's last two lines of empathy back. */
  echoing: number;
  examples: string[];
}

/** The apology cards shown after each customer message of the chats, against the agent's lines before them. */
export function apologyEchoes(engine: ComposureEngine, chats: readonly DraftInChat['before'][]): ApologyEchoTally {
  const tally: ApologyEchoTally = { cards: 0, echoing: 0, examples: [] };
  chats.forEach((turns, i) => {
    const conversation = engine.startConversation({ id: `apology-${i}` });
    turns.forEach((turn, at) => {
      const result = conversation.addTurn(turn);
      if (turn.speaker !== 'customer') return;
      const said = agentLinesOf(turns.slice(0, at)).filter((line) => echoesEmpathy(line, [line]));
      if (said.length === 0) return;
      for (const card of result.suggestions.filter((s) => s.kind === 'apologize')) {
        tally.cards++;
        if (echoesEmpathy(card.text, said)) {
          tally.echoing++;
          if (tally.examples.length < 5) tally.examples.push(`${said.join(' / ')} → ${card.text}`);
        }
      }
    });
  });
  return tally;
}

export function twcsAvailable(): boolean {
  return existsSync(join(DATA_DIR, 'twcs_frustration_dev.jsonl'));
}

/** Every company turn of the twcs dev dialogues (reading set left out), with its dialogue before it. */
export function twcsAgentDrafts(): DraftInChat[] {
  const chats: DraftInChat[] = [];
  for (const dialogue of twcsDialogues()) {
    dialogue.forEach((turn, at) => {
      if (turn.speaker === 'agent') chats.push({ before: dialogue.slice(0, at), draft: turn.text });
    });
  }
  return chats;
}

/** The twcs dev dialogues (reading set left out), turn by turn. */
export function twcsDialogues(): DraftInChat['before'][] {
  const rows = readFileSync(join(DATA_DIR, 'twcs_frustration_dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { dialogue_id: number; turn: number; speaker: string; text: string });
  const dialogues = new Map<number, typeof rows>();
  for (const row of rows) {
    if (row.dialogue_id % 8 === 0) continue; // the held-out reading set
    const turns = dialogues.get(row.dialogue_id) ?? [];
    turns.push(row);
    dialogues.set(row.dialogue_id, turns);
  }
  return [...dialogues.values()].map((turns) =>
    turns.sort((a, b) => a.turn - b.turn).map((turn) => ({ speaker: turn.speaker === 'agent' ? ('agent' as const) : ('customer' as const), text: turn.text })),
  );
}
