// What the 187th reading's blind twenty (hard chats 2991–3010, graded on 8e534d9) found, as kinds, in
// our own words, with what was left from the 183rd and 184th: a mood signing off a letter ("Angry of
// …") greeted as a name; no card for one bereaved, apologising for her questions on the way to a
// burial; "thanks for being clear" to a widow asking honestly about a fine; a chargeback "going in",
// photos "going on TripAdvisor" and "its ComReg" with no hand-off; a reframe that lost who was coming
// back to clear up; a reframe of walls and charges alone; a colleague's duty kept beside the slip that
// went; "you should have had a call from us" read as blame, and the apology beside it lost.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { reframeDraft } from '../../src/engine/suggestions';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('"Furious of Leith" is a mood, not a name', () => {
    expect(nameFrom('Furious of Leith', 'page')).toBeUndefined();
    // (guard) a surname after a given name is still a name
    expect(nameFrom('Sadie Angry', 'page')?.first).toBe('Sadie');
  });
});

describe('moments', () => {
  it('one bereaved, sorry for her many questions, is told she is not alone', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'my grandmother died this morning in Kuching, I need to change my flight to today, the app keeps failing'],
        ['a', "We're deeply sorry for your loss. You can change flights in Manage Booking, subject to fare difference."],
        ['c', 'i tried, it fails. called too, 40 min on hold. is there a compassionate fare? sorry for so many questions, i just want to be there for the funeral'],
      ],
      'Farah',
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cardTexts(cards)).not.toMatch(/clear about what you need|frustrat/i);
  });

  it('"please tell me honest" gets a straight answer, not thanks for being clear', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'my husband died last month and all the tax papers were in his phone. I am crying a bit'],
        ['a', "I'm so sorry for your loss. I'll help you with the declaration."],
        ['c', 'Please tell me honest. If I am late with it, will they give me a fine? I cannot pay a fine now.'],
      ],
      'Elena',
    );
    expect(cardTexts(cards, 'solution')).not.toMatch(/clear about what you need/);
    expect(cardTexts(cards, 'solution')).toMatch(/straight answer/);
  });

  it('(guard) "she is alive now? tell me the truth" gets the honest answer, not "let me check that now"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'my cat died at your clinic on sunday after you said we could wait'],
      ['a', "I'm so sorry for your loss."],
      ['c', 'if we came in on friday would she be alive now? please tell me the truth'],
    ]);
    expect(cardTexts(cards)).not.toMatch(/check that now/);
  });
});

describe('hand-offs', () => {
  it('a chargeback going in, photos going on TripAdvisor and "its ComReg" are threats to hand off', () => {
    expect(rulesOfCustomerLine(engine, 'I want the 300 back. Chargeback goes in with my bank on Monday.')).toContain('escalation.chargeback');
    expect(rulesOfCustomerLine(engine, 'the photos are going on TripAdvisor tonight')).toContain('escalation.public-shaming');
    expect(rulesOfCustomerLine(engine, 'money off the bill, otherwise its ComReg')).toContain('escalation.regulator');
  });

  it('(guard) a manager asked for beside a chargeback is answered in the manager\'s words', () => {
    const cards = cardsAfter(engine, [
      ['c', 'you charged me 150 for damage that was already there, I have the photos'],
      ['a', 'As a gesture we can offer a 10 euro credit.'],
      ['c', 'No thanks. Give me someone who can actually decide this, a team lead, whoever. Otherwise chargeback with my bank.'],
    ]);
    expect(cardTexts(cards, 'escalate')).toMatch(/manager|supervisor/);
  });
});

describe('reframes', () => {
  it('who will be back to clear up stays, beside the blame that goes', () => {
    const said = reframeDraft(
      "Thanks Ruth. I've spoken to Sean, who led the crew, and he'll be back tomorrow at 9am to clear the branches. Honestly the lads obviously dropped that limb on your shed, so we'll pay for a new one, whatever it costs.",
      { overpromises: ['whatever it costs'] },
    ) ?? '';
    expect(said).toMatch(/he'll be back tomorrow at 9am to clear the branches/);
    expect(said).not.toMatch(/obviously dropped/);
  });

  it('walls and charges alone are not handed back reworded', () => {
    const result = draftAfterChat(
      engine,
      [['c', 'The worktop is 4cm short and there is no sink. I need a date for someone to come back and I am not paying the balance.']],
      "As per clause 7.3 of our terms, measurements signed at survey are final, so that's down to you. Any return visit is chargeable at €95 per hour. The plumbing is not part of our scope. We cannot give a date at this time. The balance remains due within 7 days.",
      'Niamh',
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '';
    expect(reframe).not.toMatch(/chargeable|remains due|not part of our scope/);
  });

  it("a colleague's duty beside the slip goes with it", () => {
    const result = draftAfterChat(
      engine,
      [['c', 'Did my dog get her tablets while she boarded with you? The vet needs to know.']],
      "Hi Anna, honestly this one is on us. Marta was doing the evening meds all week and she's obviously just forgotten Bella's. We'll refund the full stay.",
      'Anna',
    );
    expect(result.suggestions.find((s) => s.kind === 'reframe')?.text ?? '').not.toMatch(/Marta/);
  });

  it('"you should have had a call from us" owns the miss; it is not blame, and the draft needs no reframe', () => {
    expect(rulesOfAgentLine(engine, "You should have had a call from us before 9, and I'm truly sorry.")).not.toContain('agent-tone.dismissive');
    // (guard) telling them what they should have done still is
    expect(rulesOfAgentLine(engine, 'You should have read the terms before booking.')).toContain('agent-tone.dismissive');
  });
});

// What the 188th reading's blind twenty (hard chats 3011–3030, graded on d09d303) found, as kinds, in
// our own words: a shop's name joined by "&", a nickname in lower case beside a flag, a place in
// brackets after a dash, a letting agent's name said as an introduction, each greeted as the
// customer; "stuck out there in the cold" to a landlord whose tenant has no heating; a sorry and a
// stock remedy for "Last one: …" asked happily; a stock remedy over thanks with a word for the call
// centre ("tşk ederim… please tell somebody").
describe('the 188th reading: names', () => {
  it('no shop, nickname, place or letting agent is greeted as the customer', () => {
    expect(nameFrom('Wax&Wick 🕯️ handmade', 'page')).toBeUndefined();
    expect(nameFrom('el gordo 🇦🇷⚽', 'page')).toBeUndefined();
    expect(nameFrom('Priya – party cakes (Koramangala)', 'page')?.first).toBe('Priya');
    const cards = cardsAfter(engine, [['c', 'This is Hill Lettings. Job ref 4471, the boiler at flat 3 has been broken since Friday and your engineer never came.']]);
    expect(cardTexts(cards)).not.toMatch(/\bHill\b/);
  });

  it('"Gracias Luis" gives the name the agent read', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@TelcoHelp you charged me double for 3 months, I called twice, nobody called back'],
        ['a', '@gordo_r Gracias Luis. A specialist will call you within 48 business hours.'],
        ['c', '@TelcoHelp NO more callbacks. I want a supervisor today and my money back'],
      ],
      'el gordo 🇦🇷⚽',
    );
    expect(cardTexts(cards)).toMatch(/Luis/);
  });
});

describe('the 188th reading: moments', () => {
  it('a landlord writing of a tenant without heat is not told she is stuck in the cold', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Tenant has had no heating or hot water since Saturday and your engineer did not show twice.'],
      ['a', 'Sorry about this. The part arrived at our depot this morning.'],
      ['c', "So why did no one tell us? My tenant has a baby. She's been boiling kettles to bath her. It's minus 5 here this week."],
    ]);
    expect(cardTexts(cards)).not.toMatch(/stuck out there/);
  });

  it('"Last one:" asked happily is taken up, with no sorry and no stock remedy', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Hi! We booked two bikes for Sunday 10am. Can our daughter (8) ride on the tandem with us?'],
      ['a', 'Yes, kids from 6 can ride on the tandem, and we have helmets in her size.'],
      ['c', 'Perfect, thank you!! Last one: if you cancel because of the weather, do we get our money back or a credit?'],
    ]);
    expect(cardTexts(cards, 'apologize')).toBe('');
    expect(cardTexts(cards, 'solution')).toBe('');
    expect(cardTexts(cards, 'follow-up')).toMatch(/look into that/);
  });

  it('thanks in Turkish shorthand with a word for the call centre is passed on', () => {
    const cards = cardsAfter(engine, [
      ['c', 'two payments I never made on my card last night, please block it!!'],
      ['a', 'We have refunded both amounts to your account today while the dispute continues.'],
      ['c', 'yes I see the money 🙏 tşk ederim. but please tell somebody the call center is terrible, 25 minutes for a stolen card'],
    ]);
    expect(cardTexts(cards, 'solution')).toBe('');
    expect(cardTexts(cards, 'follow-up')).toMatch(/pass it on/);
  });
});

describe('review of the session', () => {
  it('"tsk tsk" tuts; it is no Turkish thanks', () => {
    const cards = cardsAfter(engine, [
      ['c', 'my order was meant to come on monday and nothing'],
      ['a', "I've checked: it left the depot today and will be with you on Friday."],
      ['c', 'tsk tsk. friday now. great.'],
    ]);
    expect(cardTexts(cards, 'follow-up')).not.toMatch(/welcome/i);
  });
});
