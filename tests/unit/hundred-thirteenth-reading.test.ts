// What the 113th reading's blind ten (hard chats 1901–1910) found, as kinds, in our own words,
// learned from after it measured the code: a pregnancy loss ("we lost our baby at 30 weeks") not
// read as a bereavement; a gas leak told as "smells very strong of gas" and "the cylinder … is
// leaking" raising no safety flag; a policy wall "we don't … for free, a … charge of … applies"
// kept with its comma splice, and the colleague blamed, "as per workshop policy" and "not really
// our responsibility" unflagged; a calm leaver who turned a retention offer down told "let me look
// into this". (Left: "how frustrating" to that leaver; to leavers over a problem a plain apology
// was graded acceptable 8 times in 8, so it was not taken away.)
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, cardTexts, reframeAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a pregnancy loss', () => {
  it('is a bereavement: condolences, never "frustrating", no "let me look into this"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'Please cancel my order of maternity pillows, order MP-2210.'],
      ['a', 'Of course. Is it the wrong size? I can swap it for you.'],
      ['c', "It's not the size. We lost our baby last week, at 30 weeks. I can't have that parcel arrive. Please just stop it."],
    ]);
    expect(cardTexts(cards, 'apologize')).toMatch(/sorry for your loss/);
    expect(cardTexts(cards)).not.toMatch(/frustrat|look into this/);
  });
});

describe('a gas leak', () => {
  it.each([['THE KITCHEN SMELLS VERY STRONG OF GAS AND MY KIDS ARE INSIDE'], ['The cylinder your driver brought this morning is leaking, what do I do']])('raises the safety flag: %s', (line) => {
    expect(rulesOfCustomerLine(engine, line)).toContain('escalation.safety');
  });
});

describe('a policy wall', () => {
  it('"we don\'t … for free, a … charge of … applies" is said plainly, without the comma splice', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'You took my sewing machine apart two weeks ago and now the part is stuck in customs. Can you just put it back together?']],
        "As per workshop policy, once a machine is taken apart we don't put it back together for free, a reassembly fee of £35 applies. Taxis to collect it are not really our responsibility either.",
      ) ?? '';
    expect(reframe).toMatch(/reassembly fee of £35/);
    expect(reframe).not.toMatch(/for free|workshop policy|our responsibility/);
  });

  it('flags a colleague said to have promised wrongly, and "as per … policy", and "not our responsibility"', () => {
    expect(rulesOfAgentLine(engine, "Our new guy shouldn't have promised you Friday, he is new and doesn't know how long it takes.")).toContain('liability-admission.fault');
    expect(rulesOfAgentLine(engine, 'As per store policy, opened items are not refunded.')).toContain('agent-tone.hiding-behind-policy');
    expect(rulesOfAgentLine(engine, 'Parking fines are not really our responsibility.')).toContain('agent-tone.deflecting');
  });
});

describe('a calm leaver who turned a retention offer down', () => {
  it('is taken at their word: no more offers, no "let me look into this"', () => {
    const cards = cardsAfter(engine, [
      ['c', "hi, i want to close my Trailmark account and have my data deleted. username kestrel_77, email k.holm@example.dk"],
      ['a', 'Hi Kasper! Sorry to see you go. Before you do, we can give you 2 months of premium for free.'],
      ['c', "no thanks. it's not the price, i just don't hike anymore and i don't want my data sitting around"],
      ['a', 'Totally understand. Just so you know, deletion is permanent and your saved routes cannot be restored.'],
      ['c', 'yes i know. thats fine'],
      ['c', "please just go ahead and send me a confirmation by email when it's done. — Kasper"],
    ]);
    expect(cardTexts(cards)).not.toMatch(/look into this/);
  });
});
