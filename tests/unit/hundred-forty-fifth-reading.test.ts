// What the 145th reading's blind ten (hard chats 2221–2230) found, as kinds, in our own words,
// learned from after it was graded: "i want a time" answered with more updates; condolences said
// twice because "I'm so very sorry, I didn't know" was not read as them; a reframe that cut a
// subject from its verb ("The lodge deposit … have") and dropped the refund; "sorry for caps
// before… thank you" met with "sorry for the trouble"; "done by our Auckland office, not me" and a
// carry-over kept for one leaving; "thank you for letting us know" to "just give me my deposit
// back"; "frustrating" for one asking if she should worry; "was for nothing… what am I supposed to
// do?" read as a plain question.
import { describe, expect, it } from 'vitest';
import { withoutDeflection } from '../../src/engine/suggestions/deflection';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, cardsAfter, cardTexts, type ChatLine, draftAfterChat } from '../helpers/engine';

const engine = bundledEngine();

describe('a time asked for', () => {
  it('"i want a time" gets a straight answer, not updates', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'the electrician was due at 19:00, it is 19:50'],
        ['a', "I'm sorry, Pieter. He was held up at an earlier job. I'm chasing him and I'll update you when I hear."],
        ['c', 'still nothing. i dont want another sorry, i want a time. if he is not coming tell me now'],
      ],
      'Pieter de Vries',
    );
    expect(cardTexts(cards, 'solution')).toMatch(/straight answer/);
    expect(cardTexts(cards, 'solution')).not.toMatch(/keep you updated/);
  });
});

describe('condolences the agent already gave', () => {
  it('"I\'m so very sorry, … I didn\'t know" counts; they are not offered again', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Thank you, but I do not want a credit note. My husband died in May. This was to be our last trip together.'],
        ['a', "I'm so very sorry, Mrs Ogier, I didn't know. Could I extend the credit note to 24 months instead?"],
        ['c', 'I have told you twice that I do not want a credit note. Is there anyone there who can make a decision?'],
      ],
      'Jeanne Ogier',
    );
    expect(cardTexts(cards, 'apologize')).not.toMatch(/loss/);
  });
});

describe('a subject cut from its verb', () => {
  it('"the permit and the deposit have…" stays whole, and the refund after it stays', () => {
    expect(sendablePartOf("Because the trip is close, the museum pass (40 EUR) and the hostel deposit (90 EUR) have already been paid and can't be returned.")).toBe(
      "The museum pass (40 EUR) and the hostel deposit (90 EUR) have already been paid and can't be returned.",
    );
    expect(sendablePartOf('The coach and guide portion, 210 EUR, will be refunded in full to the card you paid with.')).toBe(
      'The coach and guide portion, 210 EUR, will be refunded in full to the card you paid with.',
    );
  });
});

describe('their own tone owned, with thanks', () => {
  it('gets no "sorry for the trouble"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'THE BOX WAS LEFT IN THE RAIN AND THE MEAT IS RUINED'],
        ['a', "I've refunded the whole box to your card and told the couriers to always hand it over or call first."],
        ['c', 'ok. this is good.'],
        ['c', 'sorry for caps before, i was angry. thank you Dana. next week box still comes?'],
      ],
      'Arman Seitkali',
    );
    expect(cardTexts(cards, 'apologize')).toBe('');
  });
});

describe('one leaving, told to take it up elsewhere', () => {
  const chat: ChatLine[] = [
    ['c', 'You cancelled the tuner visit again. Forget it.'],
    ['a', "I understand. I'll check how the bookings were made."],
    ['c', "Don't bother. Just give me my deposit back and take my name off your list."],
  ];

  it('the reframe drops "done by our head office, not me" and the carry-over', () => {
    expect(withoutDeflection("Bookings are made by our head office, not me, so you'd need to take that up with them.")).toBe('');
    const result = draftAfterChat(
      engine,
      chat,
      "As per our terms, deposits are non-refundable within 14 days. Bookings are made by our head office, not me, so you'd need to take that up with them. Your deposit can be carried over to the next visit.",
      'Teuira Tapu',
    );
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).not.toMatch(/head office|carried over/);
  });

  it('is not thanked for letting us know', () => {
    const result = draftAfterChat(engine, chat, 'Deposits are non-refundable within 14 days, as per our terms.', 'Teuira Tapu');
    expect(cardTexts(result.suggestions, 'apologize')).not.toMatch(/letting us know/);
  });
});

describe('asking whether to worry', () => {
  it('is not told how frustrating it must be', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My suitcase didn’t arrive in Faro, reference FAO-33120.'],
        ['a', 'Let me look that reference up for you.'],
        ['c', "Thanks. My inhaler is in the case and I only have the one in my pocket. Should I be worried or am I overreacting?"],
        ['c', "oh and I'm at Hotel Mar in Albufeira till Sunday, in case that matters"],
      ],
      'Gráinne Walsh',
    );
    expect(cardTexts(cards, 'apologize')).not.toMatch(/frustrat/);
  });
});

describe('a loss told with a bitter question', () => {
  it('"was for nothing… what am I supposed to do?" is no plain question', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My payment keeps failing. I tried three different cards.'],
        ['a', "You're right, I'm sorry, I missed that. Let me check with our payments team."],
        ['a', "I've heard back. Our payment provider can't take payments from your country at the moment, and I don't have a date for when that changes."],
        ['c', "so my 300 day streak was for nothing. I'm studying for my exam in april. what am I supposed to do, move countries?"],
      ],
      'Samir Qasem',
    );
    expect(cardTexts(cards, 'apologize')).not.toBe('');
  });
});
