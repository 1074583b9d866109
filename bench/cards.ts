// Card bench: every card `composure analyze` would show, over real support dialogues and the hard
// chats written for the purpose, through the program checks of the card-quality protocol
// (bench/README.md); and whether the turns that needed help got a card that answers them.
//   npx tsx bench/cards.ts [--reading] [--list N] [--dump FILE.jsonl]   (--dump with --reading: the reading set's cards too)
// Prints a summary and writes bench/results/cards.json.
//
// - twcs: twcs_frustration_dev.jsonl (in DATA_DIR) minus the reading set (dialogue_id % 8 == 0).
//   `--reading` adds the reading set as its own line: run it once, at the end, never to tune.
// - hard chats: bench/hard-chats*/*.json, written before anyone looked at the engine's output on
//   them (bench/hard-chats/README.md).
// A card is checked where it is shown: after a customer turn it must fit that message; a reframe
// is read back through the engine as the agent's next message in place of the one it rewords.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRulesDir } from '../src/cli/loadRules';
import { createEngine, type ComposureEngine } from '../src/engine/engine';
import type { ConversationInfo } from '../src/engine/api';
import type { FlagCategory, Transcript, Turn, TurnResult } from '../src/engine/types';
import { isRated, isReadingSet, readDialogues, type Dialogue } from '../scripts/mood/dialogues';
import { failedCheck, notNamesIn } from './cardChecks';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(BENCH_DIR, '..');
const HARD_CHATS = ['hard-chats', 'hard-chats-2', 'hard-chats-3', 'hard-chats-4', 'hard-chats-5', 'hard-chats-6', 'hard-chats-7', 'hard-chats-8', 'hard-chats-9', 'hard-chats-10', 'hard-chats-11', 'hard-chats-12', 'hard-chats-13', 'hard-chats-14', 'hard-chats-15', 'hard-chats-16', 'hard-chats-17', 'hard-chats-18', 'hard-chats-19', 'hard-chats-20', 'hard-chats-21', 'hard-chats-22', 'hard-chats-23', 'hard-chats-24', 'hard-chats-25', 'hard-chats-26', 'hard-chats-27', 'hard-chats-28', 'hard-chats-29', 'hard-chats-30', 'hard-chats-31', 'hard-chats-32', 'hard-chats-33', 'hard-chats-34', 'hard-chats-35', 'hard-chats-36', 'hard-chats-37', 'hard-chats-38', 'hard-chats-39', 'hard-chats-40', 'hard-chats-41', 'hard-chats-42', 'hard-chats-43', 'hard-chats-44', 'hard-chats-45', 'hard-chats-46', 'hard-chats-47', 'hard-chats-48', 'hard-chats-49', 'hard-chats-50', 'hard-chats-51', 'hard-chats-52', 'hard-chats-53', 'hard-chats-54', 'hard-chats-55', 'hard-chats-56', 'hard-chats-57', 'hard-chats-58', 'hard-chats-59', 'hard-chats-60', 'hard-chats-61', 'hard-chats-62', 'hard-chats-63', 'hard-chats-64', 'hard-chats-65', 'hard-chats-66', 'hard-chats-67', 'hard-chats-68', 'hard-chats-69', 'hard-chats-70', 'hard-chats-71', 'hard-chats-72', 'hard-chats-73', 'hard-chats-74', 'hard-chats-75', 'hard-chats-76', 'hard-chats-77', 'hard-chats-78', 'hard-chats-79', 'hard-chats-80', 'hard-chats-81', 'hard-chats-82', 'hard-chats-83', 'hard-chats-84', 'hard-chats-85', 'hard-chats-86', 'hard-chats-87', 'hard-chats-88', 'hard-chats-89', 'hard-chats-90', 'hard-chats-91', 'hard-chats-92', 'hard-chats-93', 'hard-chats-94', 'hard-chats-95', 'hard-chats-96', 'hard-chats-97', 'hard-chats-98', 'hard-chats-99', 'hard-chats-100', 'hard-chats-101', 'hard-chats-102', 'hard-chats-103', 'hard-chats-104', 'hard-chats-105', 'hard-chats-106', 'hard-chats-107', 'hard-chats-108', 'hard-chats-109', 'hard-chats-110', 'hard-chats-111', 'hard-chats-112', 'hard-chats-113', 'hard-chats-114', 'hard-chats-115', 'hard-chats-116', 'hard-chats-117', 'hard-chats-118', 'hard-chats-119', 'hard-chats-120', 'hard-chats-121', 'hard-chats-122', 'hard-chats-123', 'hard-chats-124', 'hard-chats-125', 'hard-chats-126', 'hard-chats-127', 'hard-chats-128', 'hard-chats-129', 'hard-chats-130', 'hard-chats-131', 'hard-chats-132', 'hard-chats-133', 'hard-chats-134', 'hard-chats-135', 'hard-chats-136', 'hard-chats-137', 'hard-chats-138', 'hard-chats-139', 'hard-chats-140', 'hard-chats-141', 'hard-chats-142', 'hard-chats-143', 'hard-chats-144', 'hard-chats-145', 'hard-chats-146', 'hard-chats-147', 'hard-chats-148', 'hard-chats-149', 'hard-chats-150', 'hard-chats-151', 'hard-chats-152', 'hard-chats-153', 'hard-chats-154', 'hard-chats-155', 'hard-chats-156', 'hard-chats-157', 'hard-chats-158', 'hard-chats-159', 'hard-chats-160', 'hard-chats-161', 'hard-chats-162', 'hard-chats-163', 'hard-chats-164', 'hard-chats-165', 'hard-chats-166', 'hard-chats-167', 'hard-chats-168', 'hard-chats-169', 'hard-chats-170', 'hard-chats-171', 'hard-chats-172', 'hard-chats-173', 'hard-chats-174', 'hard-chats-175', 'hard-chats-176', 'hard-chats-177', 'hard-chats-178', 'hard-chats-179', 'hard-chats-180', 'hard-chats-181', 'hard-chats-182', 'hard-chats-183', 'hard-chats-184', 'hard-chats-185', 'hard-chats-186', 'hard-chats-187', 'hard-chats-188', 'hard-chats-189', 'hard-chats-190', 'hard-chats-191', 'hard-chats-192', 'hard-chats-193', 'hard-chats-194', 'hard-chats-195', 'hard-chats-196', 'hard-chats-197', 'hard-chats-198', 'hard-chats-199', 'hard-chats-200', 'hard-chats-201', 'hard-chats-202', 'hard-chats-203', 'hard-chats-204', 'hard-chats-205', 'hard-chats-206', 'hard-chats-207', 'hard-chats-208', 'hard-chats-209', 'hard-chats-210', 'hard-chats-211', 'hard-chats-212', 'hard-chats-213', 'hard-chats-214', 'hard-chats-215', 'hard-chats-216', 'hard-chats-217', 'hard-chats-218', 'hard-chats-219', 'hard-chats-220', 'hard-chats-221', 'hard-chats-222', 'hard-chats-223', 'hard-chats-224', 'hard-chats-225', 'hard-chats-226', 'hard-chats-227', 'hard-chats-228', 'hard-chats-229', 'hard-chats-230', 'hard-chats-231', 'hard-chats-232', 'hard-chats-233', 'hard-chats-234', 'hard-chats-235', 'hard-chats-236', 'hard-chats-237', 'hard-chats-238', 'hard-chats-239', 'hard-chats-240', 'hard-chats-241', 'hard-chats-242', 'hard-chats-243', 'hard-chats-244', 'hard-chats-245', 'hard-chats-246', 'hard-chats-247', 'hard-chats-248', 'hard-chats-249', 'hard-chats-250', 'hard-chats-251', 'hard-chats-252', 'hard-chats-253', 'hard-chats-254', 'hard-chats-255', 'hard-chats-256', 'hard-chats-257', 'hard-chats-258', 'hard-chats-259', 'hard-chats-260', 'hard-chats-261', 'hard-chats-262', 'hard-chats-263', 'hard-chats-264', 'hard-chats-265', 'hard-chats-266', 'hard-chats-267', 'hard-chats-268', 'hard-chats-269', 'hard-chats-270', 'hard-chats-271', 'hard-chats-272', 'hard-chats-273', 'hard-chats-274', 'hard-chats-275', 'hard-chats-276', 'hard-chats-277', 'hard-chats-278', 'hard-chats-279', 'hard-chats-280', 'hard-chats-281', 'hard-chats-282', 'hard-chats-283', 'hard-chats-284', 'hard-chats-285', 'hard-chats-286', 'hard-chats-287', 'hard-chats-288', 'hard-chats-289', 'hard-chats-290', 'hard-chats-291', 'hard-chats-292', 'hard-chats-293', 'hard-chats-294', 'hard-chats-295', 'hard-chats-296', 'hard-chats-297', 'hard-chats-298', 'hard-chats-299', 'hard-chats-300', 'hard-chats-301', 'hard-chats-302', 'hard-chats-303', 'hard-chats-304', 'hard-chats-305', 'hard-chats-306', 'hard-chats-307', 'hard-chats-308', 'hard-chats-309', 'hard-chats-310', 'hard-chats-311', 'hard-chats-312', 'hard-chats-313', 'hard-chats-314', 'hard-chats-315', 'hard-chats-316', 'hard-chats-317', 'hard-chats-318', 'hard-chats-319', 'hard-chats-320', 'hard-chats-321', 'hard-chats-322', 'hard-chats-323', 'hard-chats-324', 'hard-chats-325', 'hard-chats-326', 'hard-chats-327'].map((dir) => path.join(BENCH_DIR, dir));

// The flags a reframe is made to fix; reading the reframe back must not raise them again.
const DRAFT_CATEGORIES: ReadonlySet<FlagCategory> = new Set(['liability-admission', 'overpromise', 'agent-tone']);
// Cards that answer an upset customer or a draft that admits fault or promises.
const ANSWERING_KINDS = new Set(['restate', 'apologize', 'reframe']);

interface ShownCard {
  chat: string;
  turn: number;
  after: 'customer' | 'agent';
  kind: string;
  text: string;
  rule: string;
  input: string;
  failed?: string;
}

interface NeededHelp {
  chat: string;
  turn: number;
  why: 'frustrated customer' | 'draft admits fault or promises';
  input: string;
  answered: boolean;
}

interface ChatToRead {
  name: string;
  transcript: Transcript;
  /** Turn index → the raters' mean (twcs customer turns that were rated). */
  ratings: Map<number, number>;
}

export interface CardBenchResult {
  chats: number;
  cards: number;
  passed: number;
  distinctTexts: number;
  byKind: Record<string, { cards: number; failed: number }>;
  failures: ShownCard[];
  needed: { total: number; answered: number; frustrated: [number, number]; drafts: [number, number]; unanswered: NeededHelp[] };
  mostRepeated: { text: string; shown: number }[];
  /** Every card shown (written with --dump, not to the results file). */
  shown: ShownCard[];
}

function twcsChats(dialogues: readonly Dialogue[]): ChatToRead[] {
  return dialogues.map((d) => ({
    name: `twcs-${d.id}`,
    transcript: { id: `twcs-${d.id}`, turns: d.turns.map((t) => ({ speaker: t.speaker, text: t.text })) },
    ratings: new Map(d.turns.flatMap((t, i) => (isRated(t) ? [[i, t.score!] as const] : []))),
  }));
}

function hardChats(): ChatToRead[] {
  return HARD_CHATS.flatMap((dir) => {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    } catch {
      return [];
    }
    return files.map((f) => {
      const transcript = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Transcript;
      return { name: transcript.id ?? f, transcript, ratings: new Map() };
    });
  });
}

function infoOf(transcript: Transcript): ConversationInfo {
  const { turns: _, ...info } = transcript;
  return info;
}

function textOf(turn: Turn): string {
  return 'text' in turn && typeof turn.text === 'string' ? turn.text : '';
}

/** The flags raised when `text` is read as the agent's message at `index`, after the turns before it. */
function flagsAsAgentMessage(engine: ComposureEngine, transcript: Transcript, index: number, text: string): Set<FlagCategory> {
  const conversation = engine.startConversation(infoOf(transcript));
  for (const turn of transcript.turns.slice(0, index)) if (!('draft' in turn && turn.draft)) conversation.addTurn(turn);
  return new Set(conversation.addTurn({ speaker: 'agent', text }).flags.map((f) => f.category));
}

function readChat(engine: ComposureEngine, chat: ChatToRead, shown: ShownCard[], needed: NeededHelp[]): void {
  const { transcript } = chat;
  const notNames = notNamesIn(transcript.turns.map(textOf));
  const conversation = engine.startConversation(infoOf(transcript));
  let runs = new Map<string, number>();
  // The agent message whose flags the reframes on show were made for.
  let reframed: { index: number; categories: Set<FlagCategory> } | undefined;
  transcript.turns.forEach((turn, index) => {
    const result: TurnResult = conversation.addTurn(turn);
    const input = textOf(turn);
    if (turn.speaker === 'system' || ('typing' in turn && turn.typing)) return;
    const after = turn.speaker === 'customer' ? 'customer' : 'agent';
    if (after === 'agent') {
      const categories = new Set(result.flags.map((f) => f.category).filter((c) => DRAFT_CATEGORIES.has(c)));
      if (categories.size > 0) {
        reframed = { index, categories };
        const answered = result.suggestions.some((s) => s.kind === 'reframe');
        if (categories.has('liability-admission') || categories.has('overpromise')) {
          needed.push({ chat: chat.name, turn: index, why: 'draft admits fault or promises', input, answered });
        }
      }
    }
    const rating = chat.ratings.get(index);
    if (after === 'customer' && rating !== undefined && rating >= 2) {
      needed.push({ chat: chat.name, turn: index, why: 'frustrated customer', input, answered: result.suggestions.some((s) => ANSWERING_KINDS.has(s.kind)) });
    }
    const nextRuns = new Map<string, number>();
    for (const s of result.suggestions) {
      const inARow = after === 'customer' ? (runs.get(s.text) ?? 0) + 1 : (runs.get(s.text) ?? 0);
      if (after === 'customer') nextRuns.set(s.text, inARow);
      const card: ShownCard = { chat: chat.name, turn: index, after, kind: s.kind, text: s.text, rule: s.rule, input };
      card.failed = failedCheck({ kind: s.kind, text: s.text, ...(after === 'customer' ? { afterCustomer: input } : {}), notNames, shownInARow: inARow });
      if (!card.failed && s.kind === 'reframe' && reframed) {
        const again = flagsAsAgentMessage(engine, transcript, reframed.index, s.text);
        const raised = [...reframed.categories].filter((c) => again.has(c));
        if (raised.length > 0) card.failed = `reframe raises ${raised.join(', ')} again`;
      }
      shown.push(card);
    }
    if (after === 'customer') runs = nextRuns;
  });
}

export function runCardBench(engine: ComposureEngine, chats: readonly ChatToRead[]): CardBenchResult {
  const shown: ShownCard[] = [];
  const needed: NeededHelp[] = [];
  for (const chat of chats) readChat(engine, chat, shown, needed);
  const byKind: CardBenchResult['byKind'] = {};
  for (const card of shown) {
    const k = (byKind[card.kind] ??= { cards: 0, failed: 0 });
    k.cards++;
    if (card.failed) k.failed++;
  }
  const counts = new Map<string, number>();
  for (const card of shown) counts.set(card.text, (counts.get(card.text) ?? 0) + 1);
  const ratio = (why: NeededHelp['why']): [number, number] => {
    const of = needed.filter((n) => n.why === why);
    return [of.filter((n) => n.answered).length, of.length];
  };
  return {
    chats: chats.length,
    cards: shown.length,
    passed: shown.filter((c) => !c.failed).length,
    distinctTexts: counts.size,
    byKind,
    failures: shown.filter((c) => c.failed),
    needed: {
      total: needed.length,
      answered: needed.filter((n) => n.answered).length,
      frustrated: ratio('frustrated customer'),
      drafts: ratio('draft admits fault or promises'),
      unanswered: needed.filter((n) => !n.answered),
    },
    mostRepeated: [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([text, n]) => ({ text, shown: n })),
    shown,
  };
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}

function printResult(label: string, r: CardBenchResult, list: number): void {
  console.log(`\n## ${label}: ${r.chats} chats, ${r.cards} cards, ${r.distinctTexts} distinct texts`);
  console.log(`program checks passed: ${r.passed}/${r.cards} (${pct(r.passed, r.cards)})`);
  for (const [kind, k] of Object.entries(r.byKind).sort()) console.log(`  ${kind.padEnd(10)} ${String(k.cards).padStart(5)} cards, ${k.failed} failed`);
  const [fa, ft] = r.needed.frustrated;
  const [da, dt] = r.needed.drafts;
  console.log(`needed help, answered by restate/apologize/reframe: ${r.needed.answered}/${r.needed.total} (${pct(r.needed.answered, r.needed.total)}); frustrated turns ${fa}/${ft}, drafts that admit fault or promise ${da}/${dt}`);
  console.log('most repeated:');
  for (const m of r.mostRepeated.slice(0, 5)) console.log(`  ${String(m.shown).padStart(4)}× ${m.text}`);
  if (list > 0) {
    console.log('failures:');
    for (const f of r.failures.slice(0, list)) console.log(`  [${f.failed}] ${f.chat}#${f.turn} ${f.kind}: ${f.text}\n      after: ${f.input.slice(0, 140).replace(/\n/g, ' ')}`);
    console.log('needed help, got none:');
    for (const n of r.needed.unanswered.slice(0, list)) console.log(`  ${n.chat}#${n.turn} (${n.why}): ${n.input.slice(0, 140).replace(/\n/g, ' ')}`);
  }
}

export function bundledCardEngine(): ComposureEngine {
  const { packs, remedies } = loadRulesDir(path.join(REPO_ROOT, 'rules'));
  return createEngine(packs, { remedies });
}

function main(): void {
  const args = process.argv.slice(2);
  const listAt = args.indexOf('--list');
  const list = listAt >= 0 ? Number(args[listAt + 1] ?? 20) : 0;
  const engine = bundledCardEngine();
  const dialogues = readDialogues();
  const results: Record<string, CardBenchResult> = {
    twcs: runCardBench(engine, twcsChats(dialogues.filter((d) => !isReadingSet(d.id)))),
    hard: runCardBench(engine, hardChats()),
  };
  printResult('twcs dev half minus the reading set', results['twcs']!, list);
  printResult('hard chats', results['hard']!, list);
  if (args.includes('--reading')) {
    results['reading'] = runCardBench(engine, twcsChats(dialogues.filter((d) => isReadingSet(d.id))));
    printResult('reading set (report once, never tune)', results['reading']!, 0);
  }
  const dumpAt = args.indexOf('--dump');
  // With --reading, the reading set's cards too (its chats are twcs-N with N divisible by 8).
  const dumped = [...results['twcs']!.shown, ...results['hard']!.shown, ...(results['reading']?.shown ?? [])];
  if (dumpAt >= 0) writeFileSync(args[dumpAt + 1]!, dumped.map((c) => JSON.stringify(c)).join('\n'));
  mkdirSync(path.join(BENCH_DIR, 'results'), { recursive: true });
  const saved = Object.fromEntries(Object.entries(results).map(([k, { shown: _, ...rest }]) => [k, rest]));
  writeFileSync(path.join(BENCH_DIR, 'results', 'cards.json'), `${JSON.stringify(saved, null, 2)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
