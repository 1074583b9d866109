// Behaviour check for engine refactors: plays one corpus of chats through this checkout's engine
// and another checkout's (e.g. the commit before a speed-up) and compares, byte for byte, every
// turn result (flags, level, lazy suggestions), open flags, suggestions and customer name after
// every turn, under two engine configurations and two reading patterns (a live panel reading
// after every turn; a replay read only at the end, when the per-turn snapshots are composed).
//
//   git worktree add /tmp/eng-base <commit> && ln -s "$PWD/node_modules" /tmp/eng-base/node_modules
//   npx tsx scripts/compare-engine.ts /tmp/eng-base
//
// Corpus (all from this checkout, so only engine code differs): every example of every rule,
// docs/examples, and 160 chats built from the anger data (/work/shared/data or
// COMPOSURE_DATA_DIR, if present) and bench/support-lines.jsonl, with agent lines taken from the
// agent rules' examples, drafts, typing and system lines. Exit code 1 on any difference.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ComposureEngine, EngineOptions } from '../src/engine/engine';
import type { LoadedPack } from '../src/engine/rules/loadRulePack';
import type { Transcript, Turn } from '../src/engine/types';

const ROOT = resolve(import.meta.dirname, '..');
const RULES = join(ROOT, 'rules');
const DATA_DIR = process.env.COMPOSURE_DATA_DIR ?? resolve(ROOT, '..', 'shared', 'data');

type Step = Turn & { draft?: boolean };
interface Chat {
  id: string;
  customerName?: string;
  /** Set from the page halfway through, as the content script does when the header loads. */
  laterName?: string;
  steps: Step[];
}

interface EngineModules {
  createEngine: (packs: LoadedPack[], options?: EngineOptions) => ComposureEngine;
  loadRulePackYaml: (text: string, file: string) => LoadedPack;
  parseRemedyCatalogue: (text: string, file: string) => NonNullable<EngineOptions['remedies']>;
}

async function engineModules(root: string): Promise<EngineModules> {
  const load = (p: string) => import(pathToFileURL(join(root, p)).href);
  const [{ createEngine }, { loadRulePackYaml }, { parseRemedyCatalogue }] = await Promise.all([
    load('src/engine/engine.ts'),
    load('src/engine/rules/loadRulePack.ts'),
    load('src/engine/suggestions/index.ts'),
  ]);
  return { createEngine, loadRulePackYaml, parseRemedyCatalogue };
}

// Two configurations: as shipped, and with a user's changes (rules off, severities, contact).
function engines(m: EngineModules): { name: string; engine: ComposureEngine }[] {
  const files = readdirSync(RULES).filter((f) => f.endsWith('.yaml') && f !== 'remedies.yaml').sort();
  const packs = () => files.map((f) => m.loadRulePackYaml(readFileSync(join(RULES, f), 'utf8'), `rules/${f}`));
  const remedies = () => m.parseRemedyCatalogue(readFileSync(join(RULES, 'remedies.yaml'), 'utf8'), 'rules/remedies.yaml');
  const shipped = m.createEngine(packs(), { remedies: remedies() });
  const ids = shipped.rules.rules.map((r) => r.id);
  const tuned = m.createEngine(packs(), {
    remedies: remedies(),
    disabledRules: ids.filter((_, i) => i % 7 === 3),
    severities: Object.fromEntries(ids.filter((_, i) => i % 5 === 1).map((id) => [id, 'info'])),
    escalationContact: 'the Tier 2 team',
  });
  return [
    { name: 'shipped', engine: shipped },
    { name: 'tuned', engine: tuned },
  ];
}

function corpus(m: EngineModules, engine: ComposureEngine): Chat[] {
  const chats: Chat[] = [];
  void m;
  // 1. Every rule example, as `composure test` plays it.
  const start = Date.UTC(2026, 0, 6, 10, 0, 0);
  const agentLines: string[] = [];
  for (const rule of engine.rules.rules) {
    rule.examples.forEach((ex, i) => {
      const example = ex.example;
      if (typeof example === 'string') {
        const speaker = rule.speaker === 'any' ? 'customer' : rule.speaker;
        if (speaker === 'agent') agentLines.push(example);
        chats.push({ id: `${rule.id}#${i}`, steps: [{ speaker, text: example, at: start }] });
        return;
      }
      let at = start;
      const steps = example.turns.map((t, j): Step => {
        if (j > 0) at += (t.after ?? 30) * 1000;
        if (t.typing) return { speaker: 'customer', typing: true, at };
        if (t.draft !== undefined) return { speaker: 'agent', text: t.draft, at, draft: true };
        if (t.customer !== undefined) return { speaker: 'customer', text: t.customer, at };
        if (t.agent !== undefined) {
          agentLines.push(t.agent);
          return { speaker: 'agent', text: t.agent, at };
        }
        return { speaker: 'system', text: t.system ?? '', at };
      });
      chats.push({ id: `${rule.id}#${i}`, customerName: example.customer, steps });
    });
  }
  // 2. docs/examples (JSON and JSON Lines transcripts).
  for (const file of readdirSync(join(ROOT, 'docs/examples')).sort()) {
    for (const t of readTranscriptsLoosely(readFileSync(join(ROOT, 'docs/examples', file), 'utf8'))) {
      chats.push({ id: `${file}:${t.id}`, customerName: t.customer?.name, steps: t.turns.map((turn) => ({ ...turn })) });
    }
  }
  // 3. 160 chats of real-world lines as the customer's messages.
  const lines = customerLines();
  const agents = agentLines.length > 0 ? agentLines : ['I understand, let me check that for you.'];
  const names = [undefined, 'Dana Whitfield', 'Jerome Okafor', 'Priya Raman'];
  for (let c = 0; c < 160 && lines.length > 0; c++) {
    const steps: Step[] = [];
    let at = Date.UTC(2026, 10, 20 + (c % 7), 9 + (c % 8), 0, 0);
    for (let k = 0; k < 8; k++) {
      at += (10 + ((c * 7 + k * 13) % 240)) * 1000;
      const text = lines[(c * 8 + k) % lines.length]!;
      if (k % 3 === 1) steps.push({ speaker: 'customer', typing: true, at: at - 5000 });
      steps.push({ speaker: 'customer', text, at });
      if ((c + k) % 4 !== 0) {
        at += (5 + ((c + k) % 90)) * 1000;
        const agent = agents[(c * 5 + k * 3) % agents.length]!;
        if (k % 4 === 2) steps.push({ speaker: 'agent', text: agent, at, draft: true });
        steps.push({ speaker: 'agent', text: agent, at });
      }
    }
    if (c % 5 === 0) steps.push({ speaker: 'system', text: 'Chat ended by customer', at: at + 60_000 });
    chats.push({ id: `data#${c}`, customerName: names[c % 4], laterName: c % 6 === 5 ? 'Sam Lee' : undefined, steps });
  }
  return chats;
}

function customerLines(): string[] {
  const read = (file: string) =>
    existsSync(file)
      ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text)
      : [];
  const support = read(join(ROOT, 'bench/support-lines.jsonl'));
  const goemotions = read(join(DATA_DIR, 'goemotions_dev.jsonl')).filter((_, i) => i % 11 === 0);
  const tweets = read(join(DATA_DIR, 'vader_tweets.jsonl')).filter((_, i) => i % 13 === 0);
  const mixed: string[] = [];
  for (let i = 0; i < Math.max(goemotions.length, tweets.length); i++) {
    if (goemotions[i]) mixed.push(goemotions[i]!);
    if (tweets[i]) mixed.push(tweets[i]!);
    if (support[i % support.length]) mixed.push(support[i % support.length]!);
  }
  return mixed;
}

function readTranscriptsLoosely(text: string): Transcript[] {
  const trimmed = text.trim();
  try {
    const v = JSON.parse(trimmed) as Transcript | Transcript[];
    return Array.isArray(v) ? v : [v];
  } catch {
    return trimmed.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Transcript);
  }
}

function toMs(at: Turn['at']): number | undefined {
  return typeof at === 'string' ? Date.parse(at) : (at as number | undefined);
}

/** Every observable output of one chat, in order, as one string. */
function play(engine: ComposureEngine, chat: Chat, live: boolean): string {
  const conversation = engine.startConversation({ id: chat.id, customer: chat.customerName ? { name: chat.customerName } : undefined });
  const out: unknown[] = [];
  const results: unknown[] = [];
  chat.steps.forEach((step, i) => {
    if (chat.laterName && i === Math.floor(chat.steps.length / 2)) conversation.setCustomerName(chat.laterName);
    const { draft, ...turn } = step;
    const result = draft ? conversation.previewDraft(turn.text ?? '', toMs(turn.at)) : conversation.addTurn(turn);
    if (live) out.push(result, conversation.openFlags(), conversation.suggestions(), conversation.level(), conversation.customerName(), conversation.turnCount());
    else results.push(result);
  });
  // A replay reads the results' lazy suggestions only now, long after their turns.
  if (!live) out.push(results, conversation.openFlags(), conversation.suggestions(), conversation.level(), conversation.customerName());
  return JSON.stringify(out);
}

async function outputs(root: string): Promise<Map<string, string>> {
  const m = await engineModules(root);
  const all = new Map<string, string>();
  const configs = engines(m);
  const chats = corpus(m, configs[0]!.engine);
  for (const { name, engine } of configs) {
    for (const live of [true, false]) {
      for (const chat of chats) all.set(`${name}/${live ? 'live' : 'replay'}/${chat.id}`, play(engine, chat, live));
    }
  }
  return all;
}

function digest(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at char ${i}:\n  base: …${a.slice(Math.max(0, i - 120), i + 200)}\n  this: …${b.slice(Math.max(0, i - 120), i + 200)}`;
}

const base = process.argv[2];
if (!base) {
  console.error('usage: npx tsx scripts/compare-engine.ts <other checkout>');
  process.exit(2);
}
const before = await outputs(resolve(base));
const after = await outputs(ROOT);
let differing = 0;
for (const [key, a] of before) {
  const b = after.get(key);
  if (b === a) continue;
  differing++;
  if (differing <= 3) console.log(`DIFFERS ${key} ${b === undefined ? '(missing)' : firstDifference(a, b)}`);
}
const chats = new Set([...before.keys()].map((k) => k.split('/').slice(2).join('/'))).size;
const turns = [...before.values()].reduce((n, s) => n + s.length, 0);
console.log(`${chats} chats × 2 configurations × live/replay = ${before.size} runs, ${(turns / 1e6).toFixed(1)} MB of output each side; digest ${digest([...before.values()].join('\n'))} vs ${digest([...after.values()].join('\n'))}`);
console.log(differing === 0 ? 'identical' : `${differing} runs differ`);
process.exit(differing === 0 ? 0 : 1);
