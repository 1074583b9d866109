// What the 168th reading's blind twenty (hard chats 2611–2630, graded on b7f7423 before any of
// this) found, as kinds, in our own words: a shop with a tagline, and a parent called after their
// child ("Mẹ Bắp"), greeted by a word that is no name; "got them!!" after the desk's handle, with a
// joke the mood model reads as anger, met with "how frustrating"; a colleague who "must have
// cracked" it kept in a reframe, and "kr." read as the end of a sentence; a reframe that dropped
// what the depot's staff had done; a defensive aside ("I didn't even use the phone much") said back.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { splitSentences } from '../../src/engine/suggestions/clauses';
import { notRestatableBecause } from '../../src/engine/suggestions/restatable';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('a shop and its tagline name no one; a person and theirs still do', () => {
    expect(nameFrom('Casa Lumen | handmade candles 🕯️', 'page')).toBeUndefined();
    expect(nameFrom('Atelier Rosa – custom dresses', 'page')).toBeUndefined();
    expect(nameFrom('Priya | tired teacher', 'page')).toMatchObject({ first: 'Priya' });
  });

  it('a parent called after their child is not greeted as "Mum"', () => {
    expect(nameFrom('Mẹ Tôm 🍼', 'page')).toBeUndefined();
    expect(nameFrom('Mama Achieng', 'page')).toBeUndefined();
  });

  it('pronouns beside the name are no part of it', () => {
    expect(nameFrom('Ana Souza | she/her', 'page')).toMatchObject({ first: 'Ana', last: 'Souza' });
  });
});

describe('news, thanks and a joke', () => {
  it('"@Desk got them!! ty, now buff my healer shes useless 😂" closes', () => {
    const cards = cardsAfter(engine, [
      ['c', '@GameCo paid for the gem pack yesterday, money gone, 0 gems. receipt GPA.1234-5678-9012 pls fix'],
      ['a', '@kimchi_queen All done! The gems are in your mailbox now, plus a bonus for the wait.'],
      ['c', '@GameCo got them!! ty ty now pls buff my healer shes useless 😂'],
    ]);
    expect(cards.some((c) => c.kind === 'apologize')).toBe(false);
    expect(cards.some((c) => c.kind === 'follow-up')).toBe(true);
  });
});

describe('reframes', () => {
  it('"our technician X must have cracked it" is an admission', () => {
    expect(rulesOfAgentLine(engine, 'Our fitter Lars must have cracked the panel when he took it off.')).toContain('liability-admission.fault');
  });

  it('drop the colleague who "must have cracked" it', () => {
    const result = draftAfterChat(
      engine,
      [['c', 'The boiler you serviced on Monday now leaks and there is a crack in the cover that was not there before. I am quite upset.']],
      "I've checked and honestly our engineer Piotr must have cracked the cover when he opened it, that's entirely our fault. I promise you'll have a new cover by Friday.",
      'Helen Marsh',
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '';
    expect(reframe).not.toMatch(/Piotr|cracked/);
  });

  it('"kr." before the sentence goes on ends no sentence', () => {
    expect(splitSentences('We will refund the 1.450 kr. and add 500 kr. on top. Best regards')).toEqual(['We will refund the 1.450 kr. and add 500 kr. on top.', 'Best regards']);
  });

  it('keep what the depot staff have done', () => {
    expect(sendablePartOf('Our Leeds staff have now weighed and relabelled the pallet, and it is booked on tonight\'s 11 pm trunk.')).toBe(
      "Our Leeds staff have now weighed and relabelled the pallet, and it is booked on tonight's 11 pm trunk.",
    );
  });
});

describe('restatements', () => {
  it('an aside in their own defence is no problem to say back', () => {
    expect(notRestatableBecause("you didn't even leave the hotel much, only the beach")).toBeDefined();
    expect(notRestatableBecause("you don't know about these things")).toBeDefined();
  });

  it('(guard) the problem itself still is', () => {
    expect(notRestatableBecause('your weekly data ran out after one day')).toBeUndefined();
  });

  it('(guard) said back from a chat: the data, not the aside', () => {
    const cards = cardsAfter(engine, [
      ['c', 'what kind of scam is this'],
      ['c', 'I bought the weekly data on Sunday and today it says 0MB left??'],
      ['c', 'I didnt even use the phone much, only whatsapp'],
    ]);
    expect(cardTexts(cards, 'restate')).not.toMatch(/didn't even|didnt even/);
  });
});
