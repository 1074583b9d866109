// What the 201st reading's blind twenty (hard chats 3271–3290, graded on 8180fc1) found, as kinds, in
// our own words: a symptom a doctor already put down to anxiety sent to the emergency number; "Coach
// Joy here" under "Jocelyn Dizon" unread, the cards saying a name never used in the chat; "I actually
// feel sick thinking about it" told how frustrating it must be; a reframe that kept "two free days on
// your next trip" and turned a replacement van into "get this sorted"; a driver who texted a personal
// number and "knows the house" given no safety card.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { customerCuesOf } from '../../src/engine/suggestions/caseCues';
import { promisesMakeGood } from '../../src/engine/suggestions/compensation';
import { saferWordingFor } from '../../src/engine/suggestions/saferPromise';
import { bundledEngine, cardsAfter, cardTexts, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('safety', () => {
  it('a symptom the doctor already put down to anxiety is no emergency', () => {
    expect(rulesOfCustomerLine(engine, 'She gets stomach pain every school morning and the GP said maybe it is anxiety, so we would like an appointment.')).not.toContain('escalation.safety');
    expect(rulesOfCustomerLine(engine, 'He has had stomach pain since your takeaway last night and now a fever.')).toContain('escalation.safety'); // (guard)
  });

  it('a driver who texted a personal number and knows the house gets the harassment card', () => {
    expect(rulesOfCustomerLine(engine, 'your courier has messaged my private number asking if my husband is away')).toContain('escalation.safety');
    const cards = cardsAfter(engine, [['c', "your delivery driver texted my personal number twice asking if I'm alone tonight, and he knows the house"]], 'Nora');
    expect(cardTexts(cards)).toMatch(/block the number|no one should be contacted like that/);
    expect(cardTexts(cards)).not.toMatch(/Is everyone all right/);
  });
});

describe('names', () => {
  it('"Coach Joy here" under another name in the header is what the cards call her', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Hi po! Coach Joy here, from the Cebu dance troupe 😊'],
        ['c', 'the costumes for order #DT-22 came in the wrong colour, the festival is on Saturday!!'],
      ],
      'Jocelyn Dizon',
    );
    expect(cardTexts(cards)).toMatch(/Coach Joy/);
    expect(cardTexts(cards)).not.toMatch(/Jocelyn/);
  });

  it('(guard) "So here\'s where we are" and "Still here." give no name', () => {
    const cards = cardsAfter(engine, [['c', "So here's where we are. You charged me twice and nobody answers. This is a joke!!"]], 'Lan Pham');
    expect(cardTexts(cards)).not.toMatch(/\bSo\b,|, So\b/);
  });
});

describe('moments', () => {
  it('"I actually feel sick thinking about it" is worry, not frustration', () => {
    expect(customerCuesOf(analyzeText('what do I do if it happens at night. I actually feel sick thinking about it') as never)).toContain('worried');
  });
});

describe('drafts', () => {
  it('free days on the next trip are a make-good; a replacement van at a place is a delivery', () => {
    expect(promisesMakeGood("and we'll give you three free nights on your next stay")).toBe(true);
    expect(saferWordingFor('A replacement car will be at the airport by 9am tomorrow, guaranteed')).toMatch(/get the replacement to you by 9am tomorrow/);
  });
});
