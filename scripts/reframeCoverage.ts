// The reframe measure (issue 14): of the agent drafts the engine flags for an admission, a promise
// or tone, how many get a reframe card, and how many of those cards the engine reads back clean
// (a fresh conversation's preview of the card as the agent's draft raises no such flag).
// The drafts: lines written for the purpose (tests/fixtures/reframeDrafts.ts) after an upset
// customer, and the company turns of twcs_frustration_dev.jsonl in their own dialogues
// (dialogue_id % 8 === 0 is the held-out reading set and is never read).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComposureEngine } from '../src/engine/engine';
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
    return { draft, categories, ...(reframe ? { reframe, readBack: readBackOf(engine, before, reframe), grammar: grammarProblems(reframe) } : {}) };
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
  };
}

export function twcsAvailable(): boolean {
  return existsSync(join(DATA_DIR, 'twcs_frustration_dev.jsonl'));
}

/** Every company turn of the twcs dev dialogues (reading set left out), with its dialogue before it. */
export function twcsAgentDrafts(): DraftInChat[] {
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
  const chats: DraftInChat[] = [];
  for (const turns of dialogues.values()) {
    const before: DraftInChat['before'] = [];
    for (const turn of turns.sort((a, b) => a.turn - b.turn)) {
      const speaker = turn.speaker === 'agent' ? 'agent' : 'customer';
      if (speaker === 'agent') chats.push({ before: [...before], draft: turn.text });
      before.push({ speaker, text: turn.text });
    }
  }
  return chats;
}
