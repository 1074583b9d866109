// What the 210th and 211th readings' blind twenties (hard chats 3451–3490) found, as kinds, in our own
// words: a corner shop's "Almacén" greeted as a name; a stay in hospital months ago read as an emergency
// now; "not another apology" beside the manager asked for by one who called the agent a script; feedback
// for the next family, and questions let go with "Anyway. Thanks again", met with "You're welcome" and
// "Let me look into this"; "sorry for the trouble" to a widow who wanted the stone up for the
// anniversary; reframes that kept "as written very on our website", "If you hadn't … we wouldn't …", a
// colleague named on the desk who didn't act, "is covered for sure", and "Bruce was off sick." alone
// after the shrug went; reframes that lost a dentist's fix, a fine draft's refund, and a step that named
// "the email you will receive".
import { describe, expect, it } from 'vitest';
import { stillPromises } from '../../src/engine/suggestions/residualRisk';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter, reframeAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('a Spanish or Portuguese shop word in the header is no name', () => {
    for (const header of ['Ferretería El Tornillo 🔩', 'Mercearia da Graça']) {
      const cards = cardsAfter(engine, [['c', 'ORDER 55120 STILL NOT HERE. third time i write. you charged me twice and nothing arrived!!']], header);
      expect(cardTexts(cards)).not.toMatch(/\b(?:Ferretería|Mercearia)\b/);
    }
  });
});

describe('moments', () => {
  it('a hospital stay months ago, told as why a flat stood empty, is no emergency now', () => {
    expect(rulesOfCustomerLine(engine, "The flat has been empty since my dad was admitted to hospital in March. Why is the direct debit still going out?")).not.toContain('escalation.safety');
    expect(rulesOfCustomerLine(engine, 'My son went to hospital last month and the bill still has his name on it, can I change it?')).not.toContain('escalation.safety');
    // (guard) An emergency now still is one.
    expect(rulesOfCustomerLine(engine, 'My daughter went into hospital an hour ago after eating your cereal bar, she is allergic to nuts and it said nut free')).toContain('escalation.safety');
  });

  it('"stop reading me the script, get me your manager": the hand-off alone, no word about apologies', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My washing machine has been broken for 3 weeks and the earliest engineer is in May?!'],
        ['a', "I'm really sorry, I completely understand how frustrating this is. Unfortunately May is the first slot showing."],
        ['c', "'I completely understand.' No you don't, you've never been without a machine for 3 weeks with two kids. Stop reading me the script and put me through to your manager. Today."],
      ],
      'Agnes Fairley',
    );
    expect(cards.some((c) => c.kind === 'escalate')).toBe(true);
    // Called a script, a stock line is the very thing they named: the hand-off stands alone.
    expect(cards.filter((c) => c.kind === 'apologize')).toEqual([]);
  });

  it('feedback for the families after them, with thanks, is passed on', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Hello, I need to arrange the return of the hospital bed, my husband died on Sunday.'],
        ['a', "I'm so sorry for your loss, Ingrid. The bed will be collected on Thursday between 9 and 12."],
        ['c', 'Thank you. One small thing: a man rang at 7am on Monday asking when he could take the bed. Perhaps give the next family a few days. Thank you for everything.'],
      ],
      'Ingrid Solberg',
    );
    expect(cardTexts(cards)).toMatch(/pass it on/);
    expect(cardTexts(cards)).not.toMatch(/You're welcome/);
  });

  it('questions let go with "anyway, thanks" ask nothing: the word for the team is taken, nothing looked into', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Our son was put in the advanced swim group although the form said beginner. Booking SW-221.'],
        ['a', "I'm sorry about that, Pieter. From tomorrow he is with the beginners at 10:00, and I've refunded today's lesson."],
        ['c', 'Thank you, he loved it today and the money is back already'],
        ['c', 'Something for your team maybe: nobody checked the names at the pool. And the level form, why do we fill it if no one reads it? Anyway. Thanks again, see you next summer'],
      ],
      'Pieter de Wit',
    );
    expect(cardTexts(cards)).toMatch(/pass it on/);
    expect(cardTexts(cards)).not.toMatch(/look into/i);
  });

  it('a widow who wanted the stone up for the anniversary is heard, not told "let\'s get it sorted out"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', "Hello, the proof of my husband's headstone came today and his middle name is spelt wrong."],
        ['a', "I'm so sorry, Mrs Ruiz. I've corrected it and a new proof is on its way. Nothing is cut until you approve it."],
        ['c', 'When will it be in place? You said before Easter.'],
        ['a', "I'm sorry, the council still has to approve the foundation, so Easter is unlikely now."],
        ['c', "Sorry. I know it isn't your doing. I just wanted him to have his stone for our anniversary."],
      ],
      'Carmen Ruiz',
    );
    const texts = cardTexts(cards);
    expect(texts).toMatch(/how much this means to you/);
    expect(texts).not.toMatch(/sorted out|trouble/);
  });
});

describe('reframes', () => {
  it('"as written very clearly on our website" goes whole, and "If you hadn\'t …, we wouldn\'t …" goes', () => {
    const card = reframeAfter(
      engine,
      'Why is there a €60 fee on my bill for the boiler visit??',
      "The €60 is the diagnosis fee, as stated very clearly in our app, which nobody reads apparently. If you hadn't switched the boiler off at the wall we wouldn't have had to come out at all. I can't remove it.",
    );
    expect(card).toBeDefined();
    expect(card).not.toMatch(/\bvery\b/);
    expect(card).not.toMatch(/If you hadn't/);
    expect(card).toMatch(/€60 is the diagnosis fee/);
  });

  it('a colleague named by their desk, and what they did not do, goes from a draft that owns the fault', () => {
    const card = reframeAfterChat(
      engine,
      [
        ['c', 'Booking HK-2231: the cleaner never came this morning and guests arrive at 3pm.'],
        ['a', "I'm so sorry, Lotte. I'm checking HK-2231 now."],
        ['c', "It's been half an hour. I need to know what happened and whether someone is coming."],
      ],
      "Lotte, this is completely our fault. Sam on the bookings desk saw the cancellation email and didn't pass it on, and I've reported it to his team lead. A cleaner is booked for 1pm.",
    );
    expect(card).toBeDefined();
    expect(card).not.toMatch(/\bSam\b|team lead/);
    expect(card).toMatch(/cleaner is booked for 1pm/);
  });

  it('"is covered for sure" is a promise, and a promise of only a time gives way to the named one after it', () => {
    expect(rulesOfAgentDraft("The Saturday shift is covered for sure.")).toContain('overpromise.guarantee');
    const card = reframeAfter(
      engine,
      'Your agency left us without a carer last night. I need someone for tonight.',
      "This is totally our fault and I'm sorry. Tonight is covered for sure. I'll have a carer at the house by 7pm, guaranteed.",
    );
    expect(card).toMatch(/carer/);
    expect(card).not.toMatch(/for sure|guaranteed/);
  });

  it('a shrug at what it cost them goes, and a sorry takes its place', () => {
    const card = reframeAfter(
      engine,
      'My daughter missed two riding lessons because the instructor cancelled, now she failed her badge test. Not happy.',
      "Aoife was off with flu, that's life I'm afraid. I'll book a new test for Saturday.",
    );
    expect(card).toBeDefined();
    expect(card).not.toMatch(/that's life/i);
    expect(card).toMatch(/sorry/i);
  });

  it('a refund of so many things, and a fee, is named as they were counted', () => {
    const card = reframeAfter(
      engine,
      'The tutor cancelled 3 sessions and my son failed the exam. I want my money back.',
      "That's just bad luck honestly. I'll refund all three sessions plus the exam fee tonight.",
    );
    expect(card).toMatch(/refund of all three sessions and the exam fee/);
  });

  it("a dentist's fix the next morning is a step kept, not dropped with the guarantee before it", () => {
    expect(sendablePartOf("Dr. Okafor will fix Maya's retainer first thing on Monday so she'll be fine for the concert.")).toMatch(/^Dr\. Okafor will fix Maya's retainer first thing on Monday/);
  });

  it('"replying to the email you will receive" is a step, not a promise', () => {
    expect(stillPromises('Please reply to the email you will receive with a photo of the label.')).toBe(false);
    // (guard) An outcome told as certain still is one.
    expect(stillPromises('The parcel will arrive on Monday.')).toBe(true);
  });

  it('a fine numbered draft only the model flagged keeps its refund, or gets no reframe', () => {
    const lines: ['c' | 'a', string][] = [
      ['c', 'My son broke his arm and cannot do the guitar course. What happens with the fee?'],
      ['a', "I'm so sorry to hear that. I'll check the course and June classes for you now."],
    ];
    const draft =
      "Thank you for waiting, Mr Haddad. Here is what we can do:\n1) Course: because you told us before the 1 May cancellation date, we will refund the course fee minus €30 that was already spent on printing the books, so €270. Refunds go back to the same bank account, usually within 10 business days.\n2) June classes: you can choose. Omar can keep his Monday 4pm time as a theory lesson, or you can pause June with no fee. Please tell us which you prefer by 20 May.";
    // (guard) The model, and no rule, flagged it.
    expect(rulesOfAgentDraftAfter(lines, draft)).toEqual(['agent-tone.risky-wording']);
    // No card beats one that drops the refund.
    const card = reframeAfterChat(engine, lines, draft);
    expect(card === undefined || card.includes('€270')).toBe(true);
  });
});

function rulesOfAgentDraft(text: string): string[] {
  return rulesOfAgentDraftAfter([['c', 'Can you help?']], text);
}

function rulesOfAgentDraftAfter(lines: ['c' | 'a', string][], text: string): string[] {
  const conversation = engine.startConversation({ id: 'draft', customer: { name: 'Omar Haddad' } });
  for (const [who, line] of lines) conversation.addTurn({ speaker: who === 'c' ? 'customer' : 'agent', text: line });
  return conversation.addTurn({ speaker: 'agent', text, draft: true }).flags.map((f) => f.rule).filter((r) => !r.startsWith('missing-name'));
}
