// What the thirty-ninth reading (hard chats 641–650) and the eleventh reading of restatements
// (openings 651–670, written blind) found, as kinds, in our own words: the header's name kept after
// the agent took up the one the customer gave ("it's DJ…" → "noted, DJ!"), a reframe leaving
// "From chat." behind "nothing I can do", an insurer's approval told as certain, "should never
// have been raised" kept as if it were no admission, sarcasm ("cool cool cool", "top notch stuff")
// read calm, and the stakes "if this isn't reversed" said back instead of the mistake.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { cleanComplaint } from '../../src/engine/suggestions/cleanComplaint';
import { notRestatableBecause } from '../../src/engine/suggestions/restatable';
import { bundledEngine, play, type ChatLine } from '../helpers/engine';
import { expectReframeFixes } from '../helpers/reframeExpect';
import { factsGiven } from '../../src/engine/suggestions/clarify';
import { factIsMoot } from '../../src/engine/suggestions/caseFit';

const engine = bundledEngine();
const lastResult = (lines: ChatLine[], header?: string) => play(engine, lines, header).at(-1)!;
const texts = (lines: ChatLine[], header?: string) => lastResult(lines, header).suggestions.map((s) => s.text).join(' | ');

describe('the name the agent took up from the customer', () => {
  it.each([
    ['a short form they asked for', 'Bartholomew Okoye', "my router's dead again. also it's BJ, nobody calls me Bartholomew except my gran", 'Ha, got it, BJ! Let me check the line.', /\bBJ\b/, /Bartholomew/],
    ['a given name of two words', 'Luiz Felipe S.', 'oi, my refund never came. and is Luiz Felipe, Luiz is my father 😅', 'Sorry, Luiz Felipe! Let me look.', /\bLuiz Felipe\b/, /Luiz[,.!]/],
    ['the one chatting for the account holder', 'Hildegard Brandt', "Hello, this is Hildegard's grandson, Jonas. She asked me to sort her broadband bill.", 'Hi Jonas, thanks for helping her out.', /\bJonas\b/, /Hildegard/],
    ['a title and family name, written family name first', 'Kovács Réka', 'Kovács is my family name, Réka is my first name. We write it the other way round in Hungary.', 'Apologies, Ms Kovács! Thank you.', /\bMs Kovács\b/, /, Kovács\b/],
  ])('%s', (_why, header, customer, agent, wanted, unwanted) => {
    const cards = texts([['c', customer], ['a', agent], ['c', 'Still nothing works and I have been waiting all week, this is so frustrating.']], header);
    expect(cards).toMatch(wanted);
    expect(cards).not.toMatch(unwanted);
  });

  it('not a name the customer said was not theirs', () => {
    const lines: ChatLine[] = [
      ['c', "my router's dead again. also it's BJ, nobody calls me Bartholomew except my gran"],
      ['a', 'Sorry, Bartholomew! Let me check the line.'],
      ['c', 'Still nothing works and I have been waiting all week, this is so frustrating.'],
    ];
    expect(lastResult(lines, 'Bartholomew Okoye').customerName).not.toMatch(/^Bartholomew$/);
  });

  it('nor a name the agent greets them by that the customer never wrote', () => {
    const lines: ChatLine[] = [
      ['c', 'my router is dead again'],
      ['a', 'Hi Bart, sorry to hear that!'],
      ['c', 'Still nothing works and I have been waiting all week, this is so frustrating.'],
    ];
    expect(texts(lines, 'Bartholomew Okoye')).not.toMatch(/\bBart\b/);
  });
});

describe('reframes', () => {
  it('"nothing I can do from chat" goes whole', () => {
    expectReframeFixes(
      engine,
      'I emailed to cancel a month ago and got charged again',
      'Per our terms, cancellations must be made by letter. There is nothing I can do over the phone.',
      /over the phone|\.\s*From|\bphone\./,
      /[Cc]ancellations must be made by letter/,
    );
  });

  it("another's approval told as certain is taken out", () => {
    expectReframeFixes(
      engine,
      "She flies on Sunday and her inhaler refill says too early. Can you help?",
      "Sure! I'll send the early-refill request right now, the insurer always approves these for travel 😊",
      /always approves/,
      /early-refill request/,
    );
  });

  it('"should never have been raised" is an admission and goes', () => {
    expectReframeFixes(
      engine,
      'I have photos from pickup showing the dent was already there. Why am I charged 300?',
      "You're right, the damage charge should never have been raised. I'll look at your photos now.",
      /should never have been/,
      /look at your photos/,
    );
  });
});

describe('sarcasm', () => {
  it.each(['5-7 business days. cool. cool cool cool.', 'a £3 voucher for a lost suitcase, really top notch stuff 👍'])('"%s" is not calm', (text) => {
    const result = lastResult([
      ['c', 'my suitcase never arrived in Lyon'],
      ['a', "I've logged it with the baggage team, they will reply within 5-7 business days."],
      ['c', text],
    ]);
    expect(result.flags.map((f) => f.rule)).toContain('anger.sarcasm');
    expect(result.suggestions.map((s) => s.kind)).not.toContain('follow-up');
  });
});

describe('restatements', () => {
  it('what follows if it is not put right is not said back', () => {
    expect(notRestatableBecause("you have rent payments bouncing on Monday if this isn't reversed")).toBeDefined();
  });

  it.each(['nothing has changed', "no reminder no nothing, the money's still in your account"])('nor "%s" (the twelfth reading of restatements)', (problem) => {
    expect(notRestatableBecause(problem)).toBeDefined();
  });

  it('going with nowhere named is not said back', () => {
    expect(notRestatableBecause("you can't go")).toBeDefined();
  });

  it.each([
    ['two statements an emoji divides', 'hi, my gym took the membership fee 3 times this month 😤 29,90€ on 2 dec and again on 4 dec', /^(?!.*this month 29).*fee 3 times this month\b/],
    ['a month written short beside a day', 'I was charged twice for the same room, on 12 oct and on 14 oct, and nobody answers', /12 Oct\b/],
    ['a second object after the card', 'you charged my card the €45 late fee TWICE 🙃 even though I paid on time', /your card was charged the €45 late fee twice/],
  ])('said back cleanly: %s', (_why, message, wanted) => {
    const restatement = play(engine, [['c', message]]).at(-1)!.suggestions.find((s) => s.kind === 'restate')?.text;
    expect(restatement).toMatch(wanted);
  });

  it('a courtesy at the end is not part of the problem', () => {
    expect(cleanComplaint('I want to close my savings account please')).toBe('I want to close my savings account');
  });

  it('the mistake itself still is', () => {
    expect(notRestatableBecause('your payroll was taken from your account twice this morning')).toBeUndefined();
  });
});

describe('questions already answered', () => {
  it('"40 min ago" dates the order', () => {
    expect(factsGiven([analyzeText("ordered a pizza 40 min ago and it still isn't here")])).toContain('date');
  });

  it('no order number or email asked once the agent acted on the order ("I\'ve refunded the full £24")', () => {
    const acted = { customer: new Set<never>(), agent: new Set(['own-action'] as const), refused: new Set<string>(), facts: new Set<never>() };
    expect(factIsMoot('order-number', acted)).toBe(true);
    expect(factIsMoot('account-email', acted)).toBe(true);
    expect(factIsMoot('order-number', { ...acted, agent: new Set<never>() })).toBe(false);
  });
});
