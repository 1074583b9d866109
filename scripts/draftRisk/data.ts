// The draft-risk model's training sentences: which agent sentences a support trainer would stop
// before they are sent (1) and which go as written (0). Sources, in order of trust:
//   reader   drafts three readers judged (bench/data/draft-needs-N): a sentence holding a quoted
//            reason is 1, every other sentence of those drafts 0 (weight 2 for the 1s)
//   rule     the trigger (1) and ignore (0) examples of the agent-tone, liability-admission and
//            overpromise rules in rules/agent.yaml
//   fixture  the flawed drafts of tests/fixtures/reframeDrafts.ts: their sentences the rules flag (1)
//   hard     the hard chats' drafts: sentences the rules flag (1); their sent agent lines the rules
//            leave alone (0, weight 0.5: some were written flawed on purpose)
//   twcs     real agents' lines of the twcs dev half the rules leave alone (0); the reading set
//            (dialogue_id % 8 == 0) is never read, and half the rest is kept out to measure with
// The blind ten of the latest protocol reading (hard-1371…1380) is never read.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { splitSentences } from '../../src/engine/suggestions/clauses';
import type { ComposureEngine } from '../../src/engine';
import { rulesOfAgentLine } from '../../tests/helpers/engine';
import { readJsonl } from '../anger/data';
import { isReadingSet, TWCS_FILE, type TwcsTurn } from '../mood/dialogues';

export interface RiskRow {
  text: string;
  y: 0 | 1;
  weight: number;
  source: string;
  /** The reader set the row came from (reader rows only). */
  set?: number;
}

export interface ReaderDraft {
  item: string;
  set: number;
  needs: boolean;
  text: string;
}

// (The model's own rule is no label: it would learn what it already says.)
const RISK_RULE = /^(?:overpromise|liability-admission|agent-tone)\.(?!shouting\b|risky-wording\b)/;
const BLIND_TEN = (n: number) => n >= 1371 && n <= 1380;

/** Whether the rules flag `line` as the agent's reply to an upset customer. */
export function rulesFlag(engine: ComposureEngine, line: string): boolean {
  return rulesOfAgentLine(engine, line).some((rule) => RISK_RULE.test(rule));
}

/** The agent lines of the twcs dev dialogues whose id `take`s. */
export function twcsAgentLines(take: (dialogueId: number) => boolean): string[] {
  return readJsonl<TwcsTurn>(TWCS_FILE)
    .filter((r) => r.speaker === 'agent' && take(r.dialogue_id))
    .map((r) => r.text);
}

export function hardChatFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of readdirSync(path.join(root, 'bench'))) {
    if (!dir.startsWith('hard-chats')) continue;
    for (const f of readdirSync(path.join(root, 'bench', dir))) if (f.endsWith('.json')) files.set(f.slice(0, -5), path.join(root, 'bench', dir, f));
  }
  return files;
}

const lastText = (file: string): string => {
  const turns = (JSON.parse(readFileSync(file, 'utf8')) as { turns: { text?: string }[] }).turns;
  return turns[turns.length - 1]!.text ?? '';
};

/** The drafts of every reader set, with the readers' majority and the quotes they gave. */
export function readerDrafts(root: string): (ReaderDraft & { quotes: string[] })[] {
  const files = hardChatFiles(root);
  const out: (ReaderDraft & { quotes: string[] })[] = [];
  const dataDir = path.join(root, 'bench', 'data');
  for (const dir of readdirSync(dataDir).filter((d) => /^draft-needs-\d+$/.test(d)).sort()) {
    const set = Number(dir.slice('draft-needs-'.length));
    const byItem = new Map<string, { needs: boolean; quote: string[] }[]>();
    for (const reader of readdirSync(path.join(dataDir, dir)).filter((f) => /^reader\d+\.jsonl$/.test(f))) {
      for (const line of readFileSync(path.join(dataDir, dir, reader), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const o = JSON.parse(line) as { item: string; needs: boolean; quote: string[] };
        (byItem.get(o.item) ?? byItem.set(o.item, []).get(o.item)!).push(o);
      }
    }
    for (const [item, answers] of byItem) {
      const file = files.get(item);
      if (!file) continue;
      out.push({ item, set, needs: answers.filter((a) => a.needs).length * 2 > answers.length, text: lastText(file), quotes: answers.flatMap((a) => a.quote) });
    }
  }
  return out;
}

export interface RowOptions {
  /** Reader sets left out (to measure on). */
  holdSets?: readonly number[];
}

export function trainingRows(root: string, engine: ComposureEngine, options: RowOptions = {}): RiskRow[] {
  const rows: RiskRow[] = [];
  const add = (text: string, y: 0 | 1, weight: number, source: string, set?: number) => {
    const t = text.trim();
    if (/\p{L}{2}/u.test(t)) rows.push({ text: t, y, weight, source, ...(set === undefined ? {} : { set }) });
  };
  const flagged = (s: string) => rulesFlag(engine, s);

  const pack = parse(readFileSync(path.join(root, 'rules', 'agent.yaml'), 'utf8')) as { rules: { id: string; category: string; examples?: { trigger?: unknown[]; ignore?: unknown[] } }[] };
  for (const rule of pack.rules) {
    if (!/^(?:overpromise|liability-admission|agent-tone)$/.test(rule.category) || rule.id === 'agent-tone.shouting') continue;
    for (const ex of rule.examples?.trigger ?? []) if (typeof ex === 'string') add(ex, 1, 1, 'rule');
    for (const ex of rule.examples?.ignore ?? []) if (typeof ex === 'string') add(ex, 0, 1, 'rule');
  }

  const fixtureSource = readFileSync(path.join(root, 'tests', 'fixtures', 'reframeDrafts.ts'), 'utf8');
  for (const m of fixtureSource.matchAll(/\bdraft:\s*(['"])((?:\\.|(?!\1).)*)\1/g)) {
    const draft = m[2]!.replace(/\\(['"\\])/g, '$1');
    for (const s of splitSentences(draft)) if (flagged(s)) add(s, 1, 1, 'fixture');
  }

  const readers = readerDrafts(root);
  const judged = new Set(readers.map((r) => r.item));
  for (const draft of readers) {
    if (options.holdSets?.includes(draft.set)) continue;
    for (const s of splitSentences(draft.text)) {
      const bare = s.replace(/[.!?]+$/, '');
      const quoted = draft.needs && draft.quotes.some((q) => q.length > 3 && (s.includes(q) || q.includes(bare)));
      add(s, quoted ? 1 : 0, quoted ? 2 : 1, 'reader', draft.set);
    }
  }

  for (const [item, file] of hardChatFiles(root)) {
    if (judged.has(item) || BLIND_TEN(Number(item.slice(5)))) continue;
    for (const turn of (JSON.parse(readFileSync(file, 'utf8')) as { turns: { speaker: string; text?: string; draft?: boolean }[] }).turns) {
      if (turn.speaker !== 'agent' || !turn.text) continue;
      for (const s of splitSentences(turn.text)) {
        const risky = flagged(s);
        if (turn.draft && risky) add(s, 1, 1, 'hard');
        else if (!turn.draft && !risky) add(s, 0, 0.5, 'hard');
      }
    }
  }

  for (const line of twcsAgentLines(isTwcsTrainingDialogue)) for (const s of splitSentences(line)) if (!flagged(s)) add(s, 0, 1, 'twcs');
  return rows;
}

/** twcs dialogues the model learns from: not the reading set, and half of the rest. */
export function isTwcsTrainingDialogue(id: number): boolean {
  return !isReadingSet(id) && Math.floor(id / 8) % 2 === 0;
}

/** twcs dialogues kept out to measure how often real agents' lines are flagged. */
export function isTwcsMeasuringDialogue(id: number): boolean {
  return !isReadingSet(id) && Math.floor(id / 8) % 2 === 1;
}
