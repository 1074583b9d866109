// What the forty-first reading (hard chats 701–710) and the fourteenth reading of restatements
// (openings 731–750, held out until then) found, as kinds, in our own words: a Hungarian name
// written family name first read as a given name, a promise that no second inspection is needed
// and one to get "any charges refunded", a closing line beside a draft that answers the thanks
// with a plan, thanks for telling to a customer leaving with a chargeback, a bank dispute of "all
// three charges" and a post tagging the CEO not read as threats; restatements of their proof that
// the record is wrong, "like 5 times", and a wish said as the cause of being upset.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { isAWish } from '../../src/engine/suggestions';
import { notRestatableBecause } from '../../src/engine/suggestions/restatable';
import { bundledEngine, chatTurns, play, rulesOf, type ChatLine } from '../helpers/engine';
import { expectReframeFixes } from '../helpers/reframeExpect';

const engine = bundledEngine();

describe('names', () => {
  it.each([
    ['Kovács Réka', 'Réka'],
    ['Horváth Dániel', 'Dániel'],
    ['Tanaka Hiroshi', 'Hiroshi'],
    ['Simon Peter', 'Simon'],
  ])('"%s" is called %s', (header, first) => {
    expect(nameFrom(header, 'page')?.first).toBe(first);
  });
});

describe('reframes', () => {
  it('"you won\'t need another inspection" is a promise and goes', () => {
    expectReframeFixes(
      engine,
      'The assessor missed half the damage. I need the car for work.',
      "I've sent your photos to the claims team today. You won't need another inspection.",
      /another inspection/,
      /sent your photos to the claims team/,
    );
  });

  it('"I\'ll get any charges refunded" is a promise and goes', () => {
    expectReframeFixes(
      engine,
      'My rent goes out Friday and I will be short. Will I have it back by then?',
      "I've raised the fraud claim for the £600. If your rent bounces, I'll get any charges refunded for you.",
      /any charges refunded/,
      /raised the fraud claim/,
    );
  });
});

describe('moments', () => {
  it('no closing line beside a draft that answers the thanks with a plan', () => {
    const lines: ChatLine[] = [
      ['c', 'My repeat prescription still is not signed off and I run out on Sunday.'],
      ['a', 'I am sorry, I can see it is waiting on the GP to approve.'],
      ['c', 'Thanks for looking anyway'],
    ];
    const conversation = engine.startConversation({ id: 'plan', customer: { name: 'Mereana Pōhatu' } });
    for (const turn of chatTurns(lines)) conversation.addTurn(turn);
    // Thanked, the chat closes: a "You're welcome" card shows until the agent drafts the plan.
    expect(conversation.previewDraft('').suggestions.map((s) => s.kind)).toContain('follow-up');
    const result = conversation.previewDraft("No problem at all, Mereana. Here's what I'll do: I'll ring the practice myself this afternoon and call you back by 4.");
    expect(result.suggestions.map((s) => s.kind)).not.toContain('follow-up');
  });

  it('a customer leaving with a chargeback is not thanked for telling', () => {
    const cards = play(engine, [
      ['c', 'I moved away and want to cancel. You charged me three more months.'],
      ['a', 'I understand. Billing would review those charges separately.'],
      ['c', "separately. right. Forget it. I'm disputing all three charges with my bank. bye"],
    ]).at(-1)!;
    expect(cards.flags.map((f) => f.rule)).toContain('escalation.chargeback');
    expect(cards.suggestions.map((s) => s.text).join(' | ')).not.toMatch(/[Tt]hank you for letting us know/);
  });

  it('a post tagging the CEO is a public threat', () => {
    expect(rulesOf(play(engine, [['c', 'Rebook me on anything today or this goes on LinkedIn with your CEO tagged.']]))).toContain('escalation.public-shaming');
  });
});

describe('restatements', () => {
  it.each([
    ['their proof the record is wrong', 'there is no Schneider in your building'],
    ['their proof the record is wrong', "you haven't lived in Leeds since 2021"],
    ['a filler of speech', "you've rung the branch like 6 times and nobody answers"],
  ])('%s is not said back: "%s"', (_why, problem) => {
    expect(notRestatableBecause(problem)).toBeDefined();
  });

  it('"you\'d like to know why…" is a wish, said without "upset because"', () => {
    expect(isAWish("you'd like to know why the bill went up")).toBe(true);
  });
});
