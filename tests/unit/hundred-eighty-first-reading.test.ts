// What the 181st reading's blind twenty (hard chats 2871–2890, graded before any of this) found, as
// kinds, in our own words: "it worked, thanks" in Portuguese met with sympathy; a shop's name ("… St
// Vintage") greeted as a person; "Wei Ling" cut to "Wei"; "your pet's health comes first" after the
// pet died (a bill for a night in intensive care read as a scare); condolences for a funeral a church
// hosts; reframes that kept a colleague's slip by name, a free year "as compensation", and blame put
// as "this probably wouldn't happen"; a reframe left as "Hi, thanks."; no hand-off for "the front
// page", "everyone in Como will know", the NTA.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('moments', () => {
  it('"deu certo!! valeu" after the fix closes, with no sympathy', () => {
    const cards = cardsAfter(engine, [
      ['c', 'my card was charged twice and the account is blocked'],
      ['a', 'Done! The second charge is refunded and your account is active again.'],
      ['c', 'deu certo!! valeu Ana 💜 still sad about the ending of the show but not ur fault kkkk'],
    ]);
    expect(cardTexts(cards, 'apologize')).toBe('');
    expect(cardTexts(cards, 'follow-up')).toMatch(/glad/i);
  });

  it('a funeral a church hosts is no loss of the writer\'s own', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The sound system in our chapel cuts out every few minutes. We have a funeral on Saturday for a man who was our caretaker for 30 years. Please send someone.'],
    ]);
    expect(cardTexts(cards)).not.toMatch(/sorry for your loss/i);
  });

  it('(guard) "my dad\'s funeral is next week" is still a loss', () => {
    const cards = cardsAfter(engine, [['c', "my dad's funeral is next week and the flowers you were meant to deliver never came"]]);
    expect(cardTexts(cards, 'apologize')).toMatch(/sorry for your loss/i);
  });

  it('after a pet died, a bill for "the night in ICU" is no scare, and memories get their card', () => {
    const cards = cardsAfter(engine, [
      ['c', 'I sent a claim for Pepper last week. She died on Sunday after the operation.'],
      ['a', "I'm so sorry about Pepper. The claim stays open."],
      ['c', 'the vet says there is another bill for the night in ICU too. I had her since she was a kitten'],
    ]);
    expect(cardTexts(cards, 'escalate')).toBe('');
    expect(cardTexts(cards)).not.toMatch(/pet's health comes first/i);
    expect(cardTexts(cards, 'apologize')).toMatch(/thank you for telling me/i);
  });
});

describe('names', () => {
  it('a shop named in the header is no one; two given syllables go together', () => {
    expect(cardTexts(cardsAfter(engine, [['c', 'three parcels late and one marked delivered that nobody signed for. useless.']], 'Rivertown Thrift 🛍️'))).not.toMatch(/Rivertown/);
    const cards = cardsAfter(engine, [['c', 'Hi this is Jia Hui from unit 4B. the water heater has been off since Friday and nobody came, this is the third time I am asking!!']]);
    expect(cardTexts(cards)).toMatch(/Jia Hui/);
  });
});

describe('reframes', () => {
  it('a colleague\'s slip by name, and a free year "as compensation", are flagged', () => {
    expect(rulesOfAgentLine(engine, 'Tom in IT pushed the update without testing the login screen properly.')).toContain('liability-admission.fault');
    expect(rulesOfAgentLine(engine, "I'll refund the charge and give you three free months as compensation.")).toContain('liability-admission.compensation');
  });

  it('blame as "this probably wouldn\'t have happened" and "is probably on you" is flagged', () => {
    expect(rulesOfAgentLine(engine, 'If the filter had been changed monthly this probably would not have happened.')).toContain('agent-tone.dismissive');
    expect(rulesOfAgentLine(engine, 'Those hinges snap when people force them, so the damage is probably on you.')).toContain('agent-tone.dismissive');
  });

  it('no reframe left as a greeting and thanks alone', () => {
    const result = draftAfterChat(
      engine,
      [['c', 'The heater in my flat has leaked for three days and nobody has come. Who pays for this?']],
      'Hi. As per Clause 7 of your lease, the tenant is responsible for servicing and small repairs. If the heater had been serviced every year this probably would not have happened. Maybe try reading your lease before messaging us. Thanks.',
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '';
    expect(reframe).not.toMatch(/^(?:Hi[^.]*,\s*)?thanks\.?$/i);
    expect(reframe).not.toMatch(/probably would not have happened|reading your lease/i);
  });
});

describe('hand-offs', () => {
  it('the front page, "everyone in <town> will know", a review tonight and the NTA are handed over', () => {
    expect(rulesOfCustomerLine(engine, 'lets see how you like the front page')).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, 'everyone in Kinsale will know how you treat people')).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, 'I write the review on google tonight if nobody answers')).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, 'next stop is the NTA')).toContain('escalation.regulator');
  });
});
