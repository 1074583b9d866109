// What the engine does that a transcript's `expect` cannot say: readings compared across chats,
// options, drafts, cost. Chats with flags and cards expected at given turns are data, in
// tests/scenarios/ (run by scenarios.test.ts).
import { describe, expect, it } from 'vitest';
import { FLAG_CATEGORIES, SUGGESTION_KINDS } from '../../src/engine/types';
import { bundledEngine, categoriesOf, chatTurns, play } from '../helpers/engine';
import { analyzeText } from '../../src/engine/analyzeText';
import { inCustomerSpelling, nameFrom, nameFromCustomerWords, spelledAsCustomer } from '../../src/engine/conversation/customerName';

const engine = bundledEngine();

describe('anger', () => {
  // The flags and the score of this chat are in tests/scenarios/anger.json.
  it('explains the anger the lexicons miss by the rule behind it', () => {
    const [r] = play(engine, [['c', "This is the THIRD time I'm contacting you and nobody has done anything!!!"]]);
    expect(r!.explain?.map((c) => c.feature)).toContain('anger.repeat-contact');
  });

  it('handles negation: "not happy" is anger, "not a problem" is not', () => {
    const [angry] = play(engine, [['c', 'I am NOT happy with this at all. Ridiculous.']]);
    const [calm] = play(engine, [['c', 'Not a problem at all, thanks for checking.']]);
    expect(angry!.anger).toBeGreaterThan(calm!.anger);
    expect(calm!.angry).toBe(false);
  });

  it('follows the conversation level and its trend', () => {
    const results = play(engine, [
      ['c', 'Hi, my order has not arrived.'],
      ['a', "I'm sorry to hear that. Let me check."],
      ['c', 'This is ridiculous, I have been waiting for THREE WEEKS!!!'],
      ['a', 'I understand how frustrating that is.'],
      ['c', 'You people are useless. I want my money back NOW or I am disputing the charge!!!'],
    ]);
    expect(results[4]!.conversation.level).toBeGreaterThan(results[0]!.conversation.level);
    expect(results[4]!.conversation.trend).toBe('rising');
    const cooled = engine.startConversation();
    for (const t of chatTurns([['c', 'THIS IS A JOKE, WORST SERVICE EVER!!!'], ['c', 'ok thanks, that helps'], ['c', 'great, thank you']])) cooled.addTurn(t);
    expect(cooled.level().trend).toBe('cooling');
  });
});

describe('escalation', () => {
  it('flags a legal threat and offers an escalation card naming the team contact', () => {
    const e = bundledEngine({ escalationContact: 'the Tier 2 desk' });
    const [r] = play(e, [['c', "If this isn't fixed today I'm taking you to court."]]);
    expect(categoriesOf([r!])).toContain('escalation');
    const card = r!.suggestions.find((s) => s.kind === 'escalate');
    expect(card?.text).toContain('Tier 2 desk');
  });
});

describe('interruption', () => {
  it('warns on the draft before it is sent', () => {
    const conversation = engine.startConversation();
    for (const t of chatTurns([['c', 'My order never came.'], ['typing', 2]])) conversation.addTurn(t);
    const preview = conversation.previewDraft('Can I have your order number?');
    expect(preview.flags.some((f) => f.category === 'interruption' && f.draft)).toBe(true);
    expect(conversation.openFlags().some((f) => f.draft)).toBe(true);
    expect(conversation.turnCount()).toBe(2); // a draft is not part of the history
  });
});

describe('vocabulary and cost', () => {
  it('uses only the contract categories and kinds', () => {
    const results = play(engine, [
      ['c', "This is the THIRD time I'm contacting you, you idiots, and I'll see you in court!!!"],
      ['a', 'Calm down. I guarantee it will arrive tomorrow.'],
    ]);
    for (const f of results.flatMap((r) => r.flags)) expect(FLAG_CATEGORIES).toContain(f.category);
    for (const s of results.flatMap((r) => r.suggestions)) expect(SUGGESTION_KINDS).toContain(s.kind);
  });

  it('varies phrasings between turns', () => {
    const conversation = engine.startConversation({ id: 'vary' });
    const seen = new Set<string>();
    for (const t of chatTurns([['c', 'My package never arrived!!!'], ['c', 'Hello??'], ['c', 'Anyone there?'], ['c', 'Still waiting...'], ['c', 'HELLO']])) {
      for (const s of conversation.addTurn(t).suggestions) if (s.kind === 'apologize') seen.add(s.text);
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it('keeps state bounded: a 2,000-turn chat keeps the open flags and windows bounded', () => {
    const conversation = engine.startConversation();
    const turns = chatTurns([['c', 'Where is my order? It has not arrived.'], ['a', "I'm sorry, let me check."]]);
    for (let i = 0; i < 2000; i++) conversation.addTurn({ ...turns[i % 2]!, at: Date.UTC(2026, 0, 1) + i * 1000 });
    expect(conversation.turnCount()).toBe(2000);
    expect(conversation.openFlags().length).toBeLessThan(30);
  });

  it('analyses a 200 KB message without choking', () => {
    const huge = 'My order never came. '.repeat(10_000);
    const [r] = play(engine, [['c', huge]]);
    expect(r!.speaker).toBe('customer');
    expect(r!.anger).toBeGreaterThanOrEqual(0);
  });
});

describe('open flags', () => {
  it("show the latest customer message's anger reasons and let a draft supersede the same rule", () => {
    const conversation = engine.startConversation({ id: 'open' });
    for (const t of chatTurns([['c', 'You people are useless, this is the THIRD time I am contacting you!!!'], ['c', 'Where is my refund?']])) conversation.addTurn(t);
    expect(conversation.openFlags().filter((f) => f.category === 'anger').map((f) => f.rule)).not.toContain('anger.insult');
    conversation.addTurn({ speaker: 'agent', text: 'Calm down, please.' });
    conversation.previewDraft('Calm down, I said.');
    const tone = conversation.openFlags().filter((f) => f.rule === 'agent-tone.dismissive');
    expect(tone).toHaveLength(1);
    expect(tone[0]!.draft).toBe(true);
  });
});

describe('the customer’s name from their own words (issue 14: names)', () => {
  const nameIn = (text: string) => nameFromCustomerWords(analyzeText(text));
  it('reads a Vietnamese name family name first, and greets by the given name, diacritics kept', () => {
    expect(nameIn('Hi, this is Nguyễn Thị Hương, my order is late')).toMatchObject({ full: 'Nguyễn Thị Hương', first: 'Hương' });
    expect(nameFrom('Trần Văn Minh', 'page')).toMatchObject({ first: 'Minh', last: 'Trần' });
    expect(nameIn('My name is José Álvarez')).toMatchObject({ first: 'José', last: 'Álvarez' });
  });

  it("keeps the customer's own accents over a header or a draft that dropped them", () => {
    const header = nameFrom('Eoin Ni Bhriain', 'page')!;
    expect(spelledAsCustomer(header, 'Still no engineer.\nÉoin Ní Bhriain')).toMatchObject({ full: 'Éoin Ní Bhriain', first: 'Éoin', last: 'Bhriain' });
    // Typed without the accents, or not at all: nothing changes.
    expect(spelledAsCustomer(header, 'eoin here, still waiting')).toBe(header);
    const own = nameFrom('Zoë Brennan', 'introduction')!;
    expect(inCustomerSpelling('Zoe, I have re-sent the code. ZOE', own)).toBe('Zoë, I have re-sent the code. Zoë');
    expect(inCustomerSpelling('Zoey, hello', own)).toBe('Zoey, hello');
  });

  it("cards use the customer's spelling after the agent's greeting misspelt it", () => {
    const conversation = bundledEngine().startConversation({ id: 'accents' });
    conversation.addTurn({ speaker: 'agent', text: 'Hi Renee, thanks for waiting. How can I help?' });
    const result = conversation.addTurn({ speaker: 'customer', text: "My parcel is a week late and nobody will tell me where it is. Renée" });
    expect(result.customerName).toBe('Renée');
    const draft = conversation.previewDraft("Renee, that one's on us. I've asked the depot to call you today.");
    const texts = draft.suggestions.map((s) => s.text);
    expect(texts.some((t) => t.includes('Renée'))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/\bRenee\b/);
  });

  it('never takes a brand or product for a name', () => {
    expect(nameIn("It's Xbox Live that keeps dropping, @XboxSupport")).toBeUndefined();
    expect(nameIn("@AmazonHelp it's Prime Video again")).toBeUndefined();
    expect(nameIn('Thanks, Netflix')).toBeUndefined();
    expect(nameIn("Hi it's Dana Whitfield here")).toMatchObject({ first: 'Dana' });
  });
});
