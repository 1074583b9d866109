// What the 203rd reading's blind twenty left unanswered and the 204th's (hard chats 3331–3350, graded on
// caf9f18) found, as kinds, in our own words: threats to a regulator, a trade body, a complaints site
// or a lawyer said in ways no rule read; "stuck in the cold" after the locker opened; a stable's name
// in the header taken for the customer's; the agent's own name, greeted by the customer, taken for
// theirs; a reframe that kept a free redo and "no need for court"; a reframe cut at "a.m." and short of
// the nurse's and the search's news; an apology beside a draft that already says it is a real worry.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { customerCuesOf } from '../../src/engine/suggestions/caseCues';
import { splitSentences } from '../../src/engine/suggestions/clauses';
import { promisesMakeGood } from '../../src/engine/suggestions/compensation';
import { isSendableClause } from '../../src/engine/suggestions/sendableClause';
import { withoutTaunt } from '../../src/engine/suggestions/taunt';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('hand-offs said in other words', () => {
  it('regulators, trade bodies, complaint sites and a lawyer reading the contract', () => {
    expect(rulesOfCustomerLine(engine, 'Monday I make complaint to AGCOM about you')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'no tickets, no refund. see ya at Consumer Affairs mate')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'if nothing happens I write to the council about you')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, "I'm reporting you to the Guild of Master Roofers")).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, 'tonight everything goes to Şikayetvar')).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, "it's going on every parents group in town")).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, 'no answer by Monday and my solicitor reads the contract')).toContain('escalation.legal-threat');
    expect(rulesOfCustomerLine(engine, 'give me a date or give me someone who can')).toContain('escalation.manager-request');
  });

  it('(guard) the same words with no threat in them', () => {
    expect(rulesOfCustomerLine(engine, 'I read the contract with my solicitor last year and it was fine')).not.toContain('escalation.legal-threat');
    expect(rulesOfCustomerLine(engine, 'see you at the store on Saturday then')).not.toContain('escalation.regulator');
  });

  it('"don\'t bother with the \'so sorry\' script" refuses apologies; "what you are going to DO" asks for the step', () => {
    const cues = customerCuesOf(analyzeText("don't bother with the 'so sorry for the trouble' script. I want to know what you are going to DO") as never);
    expect(cues).toContain('refuses-sorry');
    expect(cues).toContain('asks-what-we-do');
  });
});

describe('moments', () => {
  it('the locker open again is safe, and a gripe let drop "just saying" with thanks is feedback', () => {
    expect(customerCuesOf(analyzeText('@ParcelBox IT OPENED!! thank you') as never)).toContain('safe-now');
    const cards = cardsAfter(
      engine,
      [
        ['c', "the locker at the station won't open and my coat is in it, it's -5 out here"],
        ['a', "I'm sorry, Ida. A new code is on its way by text now."],
        ['c', 'it opened!! thank you so much (3rd time this month that locker does it, just saying)'],
      ],
      'Ida Berg',
    );
    expect(cardTexts(cards)).not.toMatch(/stuck out there|somewhere warm/);
    expect(cardTexts(cards)).toMatch(/pass it on/);
  });

  it('(guard) "just so you know" about their own name, and "just me in the house" about a bill, are no feedback and no loneliness', () => {
    const named = cardsAfter(engine, [['c', 'my deposit is still not back'], ['a', 'Sorry, Ms Ito. Let me check.'], ['c', 'Thank you. Just so you know, Ito is my family name, Rin is my given name. It is fine, many people make the same mistake.']], 'Ito Rin');
    expect(cardTexts(named)).not.toMatch(/pass it on/);
    const bill = cardsAfter(engine, [['c', 'brown water every morning and you billed me £240 for one quarter when it is just me in the house. sort it out please']], 'Bev');
    expect(cardTexts(bill)).not.toMatch(/do this alone/);
  });

  it("thanks for a colleague's kindness are passed on", () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'is the bench plaque up yet? the memorial walk is Sunday'],
        ['a', 'Good news, Ruth: Declan fitted it this morning.'],
        ['c', 'I saw it, it looks lovely. Tell Declan he was very kind, he waited while I cried. Thanks Aoife.'],
      ],
      'Ruth Byrne',
    );
    expect(cardTexts(cards)).toMatch(/pass your thanks on/);
    expect(cardTexts(cards)).not.toMatch(/look into this/);
  });

  it('a draft that already says it is a real worry needs no apology card beside it', () => {
    const result = draftAfterChat(
      engine,
      [['c', 'my application is still on hold and I work nights, I keep missing the door and would not hear the fire alarm']],
      "Thanks for waiting, Sam. What's missing is page 2 of the GP form. I know not hearing the fire alarm while you sleep is a real worry, so here is what we can do in the meantime.",
    );
    expect(result.suggestions.map((s) => s.kind)).not.toContain('apologize');
  });
});

describe('names', () => {
  it("a stable's name in the header is no name", () => {
    const cards = cardsAfter(engine, [['c', 'your fitter ruined my saddle and the vet bill is £150. useless']], 'Oakfield Livery');
    expect(cardTexts(cards)).not.toMatch(/Oakfield/);
  });

  it("the name the customer greeted is the agent's, however they sign off", () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Morning Niall, any word on the plaque? The memorial is Saturday. Ruth'],
        ['a', 'Morning Ruth. Declan fitted the plaque this morning.'],
        ['c', 'I saw it. But honestly I should not have had to ring three times and drive out to the yard to get his name spelt right, it was a disgrace and it upset me. Thanks Niall.'],
      ],
      'Byrne family (order 5512)',
    );
    expect(cardTexts(cards)).not.toMatch(/Niall/);
    expect(cardTexts(cards)).toMatch(/Ruth/);
  });
});

describe('reframes', () => {
  it('a redo given free is a make-good, and "no need for court" goes', () => {
    expect(promisesMakeGood("we'll refit the whole kitchen free of charge before Christmas")).toBe(true);
    expect(promisesMakeGood("so we'll remake the crown at no charge")).toBe(false); // (guard)
    expect(withoutTaunt('You have my word, there is no need for court.')).toBe('');
    expect(withoutTaunt('We will call you before noon.')).toBeUndefined(); // (guard)
  });

  it('"a.m." and "p.m." before the rest of the time end no sentence', () => {
    expect(splitSentences('She was found at 3:40 a.m. on Sunday. The nurse came. I can offer 9 a.m. or Monday at 4 p.m. Which suits you?')).toEqual([
      'She was found at 3:40 a.m. on Sunday.',
      'The nurse came.',
      'I can offer 9 a.m. or Monday at 4 p.m.',
      'Which suits you?',
    ]);
  });

  it("the home's account of the night is kept", () => {
    expect(isSendableClause('The night nurse checked him straight away')).toBe(true);
    expect(isSendableClause('he slept well for the rest of the night')).toBe(true);
    expect(isSendableClause("His glasses haven't turned up yet")).toBe(true);
    expect(isSendableClause('housekeeping is searching the laundry today')).toBe(true);
  });
});
