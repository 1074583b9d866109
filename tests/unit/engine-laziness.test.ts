// The engine defers what few turns need (a turn's suggestions, the restatement, a draft's
// rewording, wink's full reading of agent lines); deferring must never change what is read.
import { describe, expect, it } from 'vitest';
import { analyzeAgentLine, analyzeText, analyzeTextFully, TextMemo } from '../../src/engine/analyzeText';
import { bundledEngine, chatTurns, type ChatLine } from '../helpers/engine';

const engine = bundledEngine({ escalationContact: 'escalations@example.com' });

const HEATED: ChatLine[] = [
  ['c', "This is the THIRD time I'm contacting you and nobody has done anything!!!"],
  ['a', 'What is your order number?'],
  ['c', 'My package was supposed to arrive last Tuesday and it still has not come.'],
  ['a', 'I can send a replacement by express delivery at no cost.'],
  ['c', 'I want my money back now or I am disputing the charge with my bank.'],
  ['a', "It's our fault, we messed up. I guarantee it will arrive tomorrow."],
  ['c', 'Ok thanks, that makes sense.'],
  ['a', "I'll check back with you on Friday to make sure everything arrived."],
  ['s', 'Chat ended'],
];

describe('lazy turn results', () => {
  it("gives each turn's suggestions as of that turn, even when read after the chat moved on", () => {
    const asYouGo = engine.startConversation({ id: 'lazy', customer: { name: 'Dana Whitfield' } });
    const expected = chatTurns(HEATED).map((turn) => {
      asYouGo.addTurn(turn);
      return asYouGo.suggestions();
    });
    const late = engine.startConversation({ id: 'lazy', customer: { name: 'Dana Whitfield' } });
    const results = chatTurns(HEATED).map((turn) => late.addTurn(turn));
    expect(results.map((r) => r.suggestions)).toEqual(expected);
    // The suggestions change over this chat, so reading them late could not pass by accident.
    expect(new Set(expected.map((s) => JSON.stringify(s))).size).toBeGreaterThan(3);
  });

  it('still serialises, spreads and assigns like a plain object', () => {
    const r = engine.startConversation({ id: 'plain' }).addTurn(chatTurns(HEATED)[0]!);
    expect(Object.keys(r)).toContain('suggestions');
    expect(JSON.parse(JSON.stringify(r)).suggestions).toEqual(r.suggestions);
    expect({ ...r }.suggestions).toEqual(r.suggestions);
    r.suggestions = [];
    expect(r.suggestions).toEqual([]);
  });

  it('rewords a flagged agent message when its reframe card is read', () => {
    const conversation = engine.startConversation({ id: 'reframe' });
    for (const turn of chatTurns(HEATED.slice(0, 6))) conversation.addTurn(turn);
    const reframe = conversation.suggestions().find((s) => s.kind === 'reframe');
    expect(reframe?.text).toBeTruthy();
    expect(reframe!.text).not.toMatch(/guarantee/i);
    expect(reframe!.text).not.toBe(HEATED[5]![1]);
  });
});

describe('light reading', () => {
  it('gives the tokens, sentences and sentiment of the full reading, and the full one on demand', () => {
    for (const text of ["I'm NOT happy... you sent the wrong size!!", 'Hi, this is Jerome Okafor. My order #48213 never came.', '']) {
      const light = analyzeText(text);
      const full = analyzeTextFully(text);
      expect([light.tokens, light.types, light.negated, light.sentences, light.sentiment]).toEqual([full.tokens, full.types, full.negated, full.sentences, full.sentiment]);
      expect(light.pos).toEqual(full.pos);
    }
  });

  it("gives an agent's line the light reading's tokens and sentences, and its sentiment when asked", () => {
    for (const text of ["I'm so sorry, that's NOT what should have happened!!", 'Could you share your order number? I will check it right away.', '']) {
      const line = analyzeAgentLine(text);
      const light = analyzeText(text);
      expect([line.raw, line.normalized, line.tokens, line.types, line.negated, line.sentences, line.rawTokens, line.capsRatio, line.exclamations, line.questions]).toEqual([
        light.raw,
        light.normalized,
        light.tokens,
        light.types,
        light.negated,
        light.sentences,
        light.rawTokens,
        light.capsRatio,
        light.exclamations,
        light.questions,
      ]);
      expect(line.sentiment).toBe(light.sentiment);
      expect(line.pos).toEqual(light.pos);
    }
  });
});

describe('values derived from a reading', () => {
  it('are computed once per reading, and a copy of a reading gets its own', () => {
    let computed = 0;
    const firstWord = new TextMemo((text) => {
      computed++;
      return text.tokens[0] ?? null;
    });
    const reading = analyzeText('Where is my parcel?');
    expect([firstWord.of(reading), firstWord.of(reading)]).toEqual(['where', 'where']);
    expect(computed).toBe(1);
    // A spread copy (as tests and tools make) is another text: it must not see the original's value.
    const edited = { ...reading, tokens: ['why', 'is', 'my', 'parcel', '?'] };
    expect([firstWord.of(edited), firstWord.of(edited)]).toEqual(['why', 'why']);
    expect(computed).toBe(2);
    expect(firstWord.of(analyzeText(''))).toBeNull();
  });
});

describe('snapshots sharing what a turn did not change', () => {
  it("keep an earlier turn's open flags and customer windows as they were", () => {
    const lines: ChatLine[] = [
      ['c', 'I ordered a blue jacket for my son'],
      ['c', 'it came two weeks late and you sent me', 5],
      ['a', 'Please calm down, these things happen.', 5],
      ['c', 'Are you even listening? I said the order NEVER CAME.'],
      ['a', "I'm so sorry. It sounds like your order still hasn't arrived — is that right?"],
    ];
    const live = engine.startConversation({ id: 'cow' });
    const expected = chatTurns(lines).map((turn) => {
      live.addTurn(turn);
      return live.suggestions();
    });
    const late = engine.startConversation({ id: 'cow' });
    const results = chatTurns(lines).map((turn) => late.addTurn(turn));
    expect(results.map((r) => r.suggestions)).toEqual(expected);
    expect(results.flatMap((r) => r.flags.map((f) => f.rule))).toContain('interruption.mid-burst');
  });
});
