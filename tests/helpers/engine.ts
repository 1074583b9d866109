// Test helpers: the bundled rules loaded from disk (as the CLI does) and a compact chat syntax.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, loadRuleFolder, type ComposureEngine, type EngineOptions, type LoadedPack, type RuleFolder, type Suggestion, type Turn, type TurnResult } from '../../src/engine';

export const RULES_DIR = join(import.meta.dirname, '../../rules');

/** rules/ as the CLI and the extension read it, named `rules/agent.yaml` wherever the tests run from. */
function bundledRules(): RuleFolder {
  const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.yaml'));
  return loadRuleFolder(files.map((f) => [`rules/${f}`, readFileSync(join(RULES_DIR, f), 'utf8')] as const));
}

export function bundledPacks(): LoadedPack[] {
  return bundledRules().packs;
}

export function bundledEngine(options: EngineOptions = {}, extraPacks: LoadedPack[] = []): ComposureEngine {
  const { packs, remedies } = bundledRules();
  return createEngine([...packs, ...extraPacks], { remedies, ...options });
}

/** `['c', 'text']`, `['a', 'text']`, `['typing']`, `['s', 'Chat ended']`, optional seconds after the previous turn. */
export type ChatLine = ['c' | 'a' | 's', string, number?] | ['typing', number?];

const START = Date.UTC(2026, 10, 24, 14, 0, 0); // a Tuesday afternoon

export function chatTurns(lines: ChatLine[]): Turn[] {
  let at = START;
  return lines.map((line, i) => {
    const gap = line[0] === 'typing' ? line[1] : line[2];
    if (i > 0) at += (gap ?? 30) * 1000;
    if (line[0] === 'typing') return { speaker: 'customer', typing: true, at };
    const speaker = line[0] === 'c' ? 'customer' : line[0] === 'a' ? 'agent' : 'system';
    return { speaker, text: line[1], at };
  });
}

export function play(engine: ComposureEngine, lines: ChatLine[], customerName?: string): TurnResult[] {
  const conversation = engine.startConversation({ id: 'test', customer: customerName ? { name: customerName } : undefined });
  return chatTurns(lines).map((t) => conversation.addTurn(t));
}

/** The cards shown after the last line of the chat `lines`. */
export function cardsAfter(engine: ComposureEngine, lines: ChatLine[], customerName?: string): Suggestion[] {
  return play(engine, lines, customerName).at(-1)!.suggestions;
}

/** The cards' texts joined with spaces: all of them, or those of one kind. */
export function cardTexts(cards: readonly Suggestion[], kind?: Suggestion['kind']): string {
  return cards
    .filter((c) => kind === undefined || c.kind === kind)
    .map((c) => c.text)
    .join(' ');
}

/** The rules one customer message raises, alone in a chat. */
export function rulesOfCustomerLine(engine: ComposureEngine, line: string): string[] {
  return rulesOf(play(engine, [['c', line]]));
}

/** The rules an agent's line raises, sent after an upset customer message. */
export function rulesOfAgentLine(engine: ComposureEngine, line: string): string[] {
  return rulesOf(play(engine, [['c', 'This is still not sorted and I am fed up.'], ['a', line]]));
}

export const categoriesOf = (results: TurnResult[]) => results.flatMap((r) => r.flags.map((f) => f.category));
export const rulesOf = (results: TurnResult[]) => results.flatMap((r) => r.flags.map((f) => f.rule));

/** What the engine reads in `draft`, previewed after one customer message. */
export function draftAfter(engine: ComposureEngine, customerText: string, draft: string): TurnResult {
  const conversation = engine.startConversation({ id: 'draft' });
  conversation.addTurn({ speaker: 'customer', text: customerText });
  return conversation.previewDraft(draft);
}

/** What the engine reads in `draft`, previewed after the chat `lines` (timed as `chatTurns` times them). */
export function draftAfterChat(engine: ComposureEngine, lines: ChatLine[], draft: string, customerName?: string): TurnResult {
  const conversation = engine.startConversation({ id: 'draft', customer: customerName ? { name: customerName } : undefined });
  for (const turn of chatTurns(lines)) conversation.addTurn(turn);
  return conversation.previewDraft(draft);
}

/** The reframe card shown for `draft` after the chat `lines`; undefined when none. */
export function reframeAfterChat(engine: ComposureEngine, lines: ChatLine[], draft: string): string | undefined {
  return draftAfterChat(engine, lines, draft).suggestions.find((s) => s.kind === 'reframe')?.text;
}

/** The reframe card shown for `draft`, previewed after one customer message; undefined when none. */
export function reframeAfter(engine: ComposureEngine, customerText: string, draft: string): string | undefined {
  return draftAfter(engine, customerText, draft).suggestions.find((s) => s.kind === 'reframe')?.text;
}
