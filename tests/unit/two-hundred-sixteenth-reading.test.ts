// What the 216th reading's blind twenty (hard chats 3571–3590, graded on 88d6bdf3) found, as kinds, in
// our own words: a gas smell asked about again ("is it safe to sleep here?") after a stock sorry, met with
// the hand-off alone; "Is everyone all right? Your safety comes first" to a daughter whose father was
// admitted that night and has since died; thanks with a puzzle let go ("still dont get why the app said
// delivered") promised an email on Tuesday; thanks with "ur app shud tell people…" met with sympathy and
// "let me look into this"; "I want my bike back working" read as money wanted; a reframe that kept a
// colleague "rushing to another job"; "No refund is therefore due" rewritten "I'm not able to offer refund
// is therefore due"; a draft blaming how the battery was stored, left unflagged; a director asked for after
// "we will pass your feedback on to the team", with no card; a widow who cannot stand at a bare grave again,
// with no card.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter, reframeAfterChat, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('moments', () => {
  it('a smell of gas asked about again after a stock sorry: the gas safety steps, not the hand-off alone', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'There is a strong smell of gas on our stairwell since this morning and the emergency number just rings out. What do I do?'],
        ['a', 'Hi Noa, sorry for the inconvenience. Please DM us your account number and address so we can log a fault.'],
        ['c', 'Sent. Is it safe to stay in the flat tonight?? Should I call the fire brigade? My kids are asleep'],
      ],
      'Noa Levi',
    );
    expect(cardTexts(cards, 'apologize')).toMatch(/switches or flames/);
  });

  it('guard: once the agent has spoken of safety, the gas steps are not said again', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'There is a strong smell of gas on our stairwell since this morning and the emergency number just rings out. What do I do?'],
        ['a', "I'm so sorry, Noa. Please get everyone out, don't touch any switches, and call the gas emergency line on 0800 111 999 now. Your safety comes first."],
        ['c', 'We are outside now. Is it safe to go back in for the dog?'],
      ],
      'Noa Levi',
    );
    expect(cardTexts(cards, 'apologize')).not.toMatch(/switches or flames/);
  });

  it('an admission "that night", told as why they were in a car park, and a death since: condolences, no safety hand-off', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'I got a £60 charge for the hospital car park on 3 March. I was there with my mum, she was admitted that night. I paid at the machine.'],
        ['a', 'Hi Ruth, sorry to hear this. You can appeal online within 28 days.'],
        ['c', 'My appeal was refused. She passed away on the 6th. Now it has gone up to £90. I have no energy for this.'],
      ],
      'Ruth Adler',
    );
    expect(cardTexts(cards)).toMatch(/sorry for your loss/);
    expect(cardTexts(cards)).not.toMatch(/safety comes first|Is everyone all right/);
  });

  it('thanks, and a puzzle let go ("still dont get why the tracking said delivered"): passed on, no dated email', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'The app says my parcel was delivered but nothing is here.'],
        ['a', "Hi Lotte, it's at the pickup point on Main Street; I've resent the collection code to your phone."],
        ['c', "got the code, dankjewel! still dont get why the tracking said 'handed to recipient' tho"],
      ],
      'Lotte de Wit',
    );
    expect(cardTexts(cards)).toMatch(/pass it on/);
    expect(cardTexts(cards)).not.toMatch(/by email on|look into this/);
  });

  it('thanks for the fix and "ur app shud tell people…": passed on, no sympathy or "let me look into this"', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'my transfer of 40k failed 3 days ago and the money is not back'],
        ['a', 'Thanks for waiting Tunde. The transfer was reversed by the receiving bank, please check your balance and try again.'],
        ['c', 'ok seen it, tried again and it went. tnx a lot 🙏🏾 but ur app shud show when a transfer fails, i was so worried'],
      ],
      'Tunde Bello',
    );
    expect(cardTexts(cards)).toMatch(/pass it on/);
    expect(cardTexts(cards)).not.toMatch(/trouble this has caused|look into this/);
  });

  it('"no voucher, I want my bike back working" is not money wanted', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'My bike has been in your workshop for 3 weeks for a 1 week job and nobody calls me.'],
        ['a', "Sorry about the wait, Joost. As a thank-you for your patience we'd like to offer you a €20 voucher."],
        ['c', "No thanks, I don't want a voucher. I want my bike back working, or a loan bike until then."],
      ],
      'Joost Bakker',
    );
    expect(cardTexts(cards)).not.toMatch(/money back|refund/);
  });

  it('guard: "no thanks, I want my 45 back on my card" is still money wanted', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'The repair took 3 weeks and the brakes still squeal.'],
        ['a', "Sorry about that, Joost. We'd like to offer you a €20 voucher for the trouble."],
        ['c', 'No thanks, no voucher. I want my 45 back on my card.'],
      ],
      'Joost Bakker',
    );
    expect(cardTexts(cards)).toMatch(/money back/);
  });

  it('a director asked for after "we value your feedback and will pass it on to the team": the hand-off', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', "My dog's wound opened the day after the operation and we waited 3 hours at your emergency desk."],
        ['a', 'We are sorry for the inconvenience. We value your feedback and will pass it on to the team.'],
        ['c', 'I want to speak to the director of the practice. Give me a name and a number today.'],
      ],
      'Marta Ruiz',
    );
    expect(cards.some((c) => c.kind === 'escalate')).toBe(true);
  });

  it('a widow who cannot stand at a bare grave again at the anniversary: heard, with the news promised', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'You are making the headstone for my late husband Idris. The proof has his birthday wrong.'],
        ['a', "I'm so sorry, Nia, that must have been upsetting to see. I've corrected it and a new proof is on its way."],
        ['c', 'His anniversary is on the 2nd of May and the whole family is coming. Will it be in place by then? I cannot stand at a bare grave again.'],
      ],
      'Nia Evans',
    );
    expect(cardTexts(cards)).toMatch(/how much this means to you/);
  });
});

describe('drafts', () => {
  it('"it\'s partly down to how it was stored" is a dismissive line', () => {
    expect(rulesOfAgentLine(engine, "Honestly these seals only crack when they're left in the sun, so it's partly down to how it was stored.")).toContain('agent-tone.dismissive');
  });

  it('a colleague "rushing to another job" goes from a draft that concedes', () => {
    const reframe = reframeAfter(
      engine,
      'The tap you fitted on Friday leaked all weekend and now the cabinet is swollen. Who is coming and when?',
      "Hi Sam, this is completely our fault. Ciaran was rushing to get to another job and didn't tighten the fitting. I'll have someone out tomorrow.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/Ciaran|rushing/);
  });

  it('"No refund is therefore due" becomes a plain refusal, not "I\'m not able to offer refund is therefore due"', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'The key code did not work and we waited two hours outside. A partial refund seems fair.']],
      'Dear Mr Lund, the new code was emailed to you on 2 May, which you evidently did not read. As per section 7.2 of our Terms & Conditions, the agency is not liable for guests failing to read arrival information. No refund is therefore due. Enjoy the rest of your stay.',
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/refund is therefore due|not read/);
    expect(reframe).toMatch(/not able to offer a refund/);
  });

  it('"It\'s Bartholomew btw, but Bart is fine": the short form is the name used', () => {
    const cards = cardsAfter(engine, [['c', "My invoice is wrong again, third month running. It's Bartholomew btw, but just Bart is fine"]], 'Westgate Joinery Ltd');
    expect(cardTexts(cards)).toMatch(/\bBart\b/);
    expect(cardTexts(cards)).not.toMatch(/Bartholomew/);
  });

  it('guard: "but email is fine" names no one', () => {
    const cards = cardsAfter(engine, [['c', "My invoice is wrong again, third month running. Don't ring me at work, but email is fine"]], 'Westgate Joinery Ltd');
    expect(cardTexts(cards)).not.toMatch(/\bEmail\b/);
  });
});
