// What the 61st and 62nd readings (hard chats 1121–1150, graded after the ninth session's last
// change) found, as kinds, in our own words: a check-back date offered to someone who said it is
// sorted and is closing the chat; "what have you tried?" after the agent found the cause and offered
// the fix; a reframe that cut a sentence at "e.g."; a stock remedy beside a draft that says the
// refund was done ("I did the refund"); and "I'll get the bill knocked down" kept as the agent's own
// step when it is an outcome no agent can promise. And from the learning dialogues' third reading:
// sympathy again to one who wrote "'Apologies' won't work" (and "please do some real work" read as
// agreeing); "let's get it sorted out" to one who cancelled and went to another shop.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { agentCuesOf, customerCuesOf } from '../../src/engine/suggestions/caseCues';
import { factIsMoot, remedyIsMoot, type CaseReading } from '../../src/engine/suggestions/caseFit';
import { promisesMakeGood } from '../../src/engine/suggestions/compensation';
import { assuresOutcome } from '../../src/engine/suggestions/residualRisk';
import { splitSentences } from '../../src/engine/suggestions/clauses';
import { carriesTheCaseOn, isSendableClause, sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, chatTurns, play, rulesOfAgentLine, type ChatLine } from '../helpers/engine';

const engine = bundledEngine();

function cardsBesideDraft(lines: ChatLine[], draft: string) {
  const conversation = engine.startConversation({ id: 'draft', customer: { name: 'Tamar Oyelaran' } });
  for (const turn of chatTurns(lines)) conversation.addTurn(turn);
  return conversation.previewDraft(draft).suggestions;
}

describe('a customer who says it is sorted and closes the chat', () => {
  const lines: ChatLine[] = [
    ['c', 'paid my gas bill twice this morning, 86.40 each time. need one back'],
    ['a', "I can see both payments. I've raised a reversal for the second one, reference RV-30211."],
  ];

  it.each(['thanks, sorted 🙏 closing this', 'Fixed! cheers', 'ok sorted, thank you'])('%s', (last) => {
    const cards = play(engine, [...lines, ['c', last]]).at(-1)!.suggestions;
    const closing = cards.filter((s) => s.kind === 'follow-up').map((s) => s.text);
    expect(closing.length).toBeGreaterThan(0);
    // Glad it is sorted; no date to check back on a case the customer closed.
    expect(closing.join(' ')).not.toMatch(/check back|follow up with you on/i);
    expect(cards.filter((s) => s.kind === 'solution')).toEqual([]);
  });

  it('still reads "is it sorted?" and "still not sorted" as an open case', () => {
    for (const last of ['is it sorted? nothing shows on my app', 'Still not sorted.']) {
      const cards = play(engine, [...lines, ['c', last]]).at(-1)!.suggestions;
      expect(cards.map((s) => s.text).join(' ')).not.toMatch(/glad (?:to hear|it's sorted)/i);
    }
  });
});

describe('no "what have you tried?" once the agent has found the cause or offered the fix', () => {
  // The case as read after the agent's messages: the question is moot once one of them fixes.
  const after = (...agentLines: string[]): CaseReading => ({
    customer: customerCuesOf(analyzeText('my prepaid meter rejects the voucher I bought at 9am. it says ERROR 30')),
    agent: new Set(agentLines.flatMap((line) => [...agentCuesOf(analyzeText(line))])),
    refused: new Set(),
    facts: new Set(),
  });

  it('asks before any fix is on the table', () => {
    expect(factIsMoot('tried', after('Hello, I can help. Could you send me the meter number and the voucher code?'))).toBe(false);
  });

  it.each([
    'Thanks. Error 30 means the meter needs a reset code first. I can send you a reset code to enter before your voucher.',
    'Thanks. The reason is that the meter was moved to a new tariff last week.',
    'Please try restarting the meter by switching it off at the wall for a minute.',
  ])('after: %s', (agent) => {
    expect(factIsMoot('tried', after('Hello, could you send me the meter number?', agent))).toBe(true);
  });
});

describe('a sentence is not cut at "e.g." or "i.e."', () => {
  it.each([
    ['I can set up a payment plan today, e.g. 6 payments of $190. I will send the form.', 2],
    ['Use the app, i.e. the green one. It is faster.', 2],
    ['The plan starts today. E.g. you pay $20 a week.', 2],
  ])('%s', (text, count) => {
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(count);
    expect(sentences.some((s) => /e\.g\.|i\.e\./i.test(s) && /\d|green|\$/.test(s))).toBe(true);
  });
});

describe('a step named by its noun carries the case on', () => {
  it.each(['I did the refund of the second payment, refund number RF-2231.', 'We already did the reset on your router this morning.'])('%s', (text) => {
    expect(carriesTheCaseOn(text)).toBe(true);
  });

  it('is not a stance that merely uses "did"', () => {
    expect(carriesTheCaseOn('I did say this might happen.')).toBe(false);
  });

  it('leaves no stock remedy beside a draft that says the refund was done', () => {
    const lines: ChatLine[] = [
      ['c', 'You charged me twice for the same month!! 340 EGP two times'],
      ['a', 'I see the two payments a few seconds apart.'],
      ['c', 'So refund one. How long?'],
    ];
    const cards = cardsBesideDraft(lines, 'I did the refund of the second payment, refund number RF-2231. It takes 5-10 working days to show.');
    expect(cards.filter((s) => s.kind === 'solution')).toEqual([]);
  });
});

describe('an outcome the agent cannot promise is not kept as their own step', () => {
  it.each([
    "I'll get the whole bill knocked down to what you normally pay",
    "I'll get the late fee waived for you",
    "We'll get your premium reduced next month",
  ])('%s', (clause) => {
    expect(isSendableClause(clause)).toBe(false);
  });

  it.each(["I'll get back to you by Friday", "I'll get a technician booked for Monday", "I'll get the form sent to you today"])('keeps %s', (clause) => {
    expect(isSendableClause(clause)).toBe(true);
  });
});

describe('one who said apologies will not do', () => {
  const lines: ChatLine[] = [
    ['c', 'Order 77120 still not delivered after SIX weeks. I have been promised an update three times.'],
    ['a', 'I am sorry for the delay. Could you DM us your phone number?'],
    ['c', "Contacted you 4 times this month. 'Apologies' won't work any more. Please do some real work and deliver it."],
    ['a', 'Understood. Please DM us the phone number on the order.'],
    ['c', 'Details sent. Please check.'],
  ];

  it('reads the refusal, and no agreement in "please do some real work"', () => {
    const cues = customerCuesOf(analyzeText(lines[2]![1] as string));
    expect(cues.has('refuses-sorry')).toBe(true);
    expect(cues.has('accepts')).toBe(false);
    expect(customerCuesOf(analyzeText('Yes please do, thanks')).has('accepts')).toBe(true);
  });

  it('gets no apology then or later, but a line that owns what they want', () => {
    const results = play(engine, lines);
    const empathyAt = (turn: number) => results[turn]!.suggestions.filter((s) => s.kind === 'apologize').map((s) => s.text);
    expect(empathyAt(2)).toEqual([expect.stringMatching(/not another apology/)]);
    // Once the agent answered it ("Understood. Please DM us…"), saying it again is stale (the
    // 142nd reading: "sent. look at 0:42" after "Understood…", graded bad by all three graders).
    expect(empathyAt(4)).toEqual([]);
  });

  it('others still get the apology', () => {
    const cards = play(engine, [lines[0]!]).at(-1)!.suggestions.filter((s) => s.kind === 'apologize');
    expect(cards.map((s) => s.text).join(' ')).toMatch(/sorry|frustrating/i);
  });
});

describe('one who cancelled and went elsewhere', () => {
  it('is not told "let\'s get it sorted out", nor asked for the account', () => {
    const cards = play(engine, [['c', "So the bonus was a lie?? I've cancelled my order and gone to GameZone instead. Thanks."]]).at(-1)!.suggestions;
    expect(cards.map((s) => s.text).join(' ')).not.toMatch(/sorted out|put things right|find a solution|get it fixed/i);
    expect(cards.filter((s) => s.kind === 'clarify')).toEqual([]);
    expect(cards.some((s) => s.kind === 'apologize')).toBe(true);
  });
});

describe('from the 63rd reading (hard chats 1151–1160)', () => {
  it('a light-hearted thank-you for what the agent did gets no sympathy', () => {
    const lines: ChatLine[] = [
      ['c', 'the rider brought somebody else jollof, not my pepper soup. i am so vexed right now'],
      ['a', "So sorry about that! I've refunded the full ₦5,400 to your card and told the restaurant."],
      ['c', 'lol no wahala. the jollof was actually sweet, I finished it 😂 refund is fine, thanks Ada. goodnight'],
    ];
    const cards = play(engine, lines).at(-1)!.suggestions;
    expect(cards.filter((s) => s.kind === 'apologize' || s.kind === 'solution')).toEqual([]);
  });

  it('a polite request that ends in thanks still gets the apology', () => {
    const cards = play(engine, [['c', 'You charged my card twice for the same booking, 212 euro each. Please refund one of them. Thank you, glad to be a member.']]).at(-1)!.suggestions;
    expect(cards.some((s) => s.kind === 'apologize')).toBe(true);
  });

  it('the son writing for his mother is called by his own name, letters wink splits kept', () => {
    const results = play(
      engine,
      [
        ['c', 'The leak under the sink is back and the floor is lifting. Nobody came on Tuesday.'],
        ['a', 'I am sorry to hear that. I can see the visit was booked for Tuesday.'],
        ['c', "Just so you know I'm not Halina, I'm her son Paweł. She is 81 and I am the named contact."],
      ],
      'Halina Zielińska',
    );
    expect(results.at(-1)!.customerName).toBe('Paweł');
  });

  it('a short form sent alone after the agent used the long name is the name they go by', () => {
    const lines: ChatLine[] = [
      ['c', 'I am moving to Lisbon for work, I need to end my membership under the relocation clause.'],
      ['a', 'Thanks Katarzyna. Before you go, have you thought about a freeze instead?'],
      ['c', 'Kat. And no, no freeze. Please just cancel it.'],
    ];
    expect(play(engine, lines, 'Katarzyna Wiśniewska').at(-1)!.customerName).toBe('Kat');
    // Not a word that opens a sentence ("Fine. Cancel it."), nor when the agent used no name.
    expect(play(engine, [...lines.slice(0, 2), ['c', 'Fine. And no freeze, please cancel it.']], 'Katarzyna Wiśniewska').at(-1)!.customerName).toBe('Katarzyna Wiśniewska');
    expect(play(engine, [lines[0]!, ['a', 'Have you thought about a freeze instead?'], ['c', 'Kat. No freeze.']], 'Katarzyna Wiśniewska').at(-1)!.customerName).toBe('Katarzyna Wiśniewska');
  });

  it.each([
    "I'm a real person, and calling me useless isn't going to make the coins arrive any faster.",
    'Shouting at me will not get your refund through any sooner.',
    "Maybe don't leave it to the last day of the offer next time.",
  ])('a jab at how they wrote, or a lesson, is dismissive: %s', (draft) => {
    expect(rulesOfAgentLine(engine, draft)).toContain('agent-tone.dismissive');
  });
});

describe('a reframe of a policy wall', () => {
  it('drops "outside the scope of…" and the closing "anything else?", keeps where to look', () => {
    const lines: ChatLine[] = [
      ['c', 'Your export broke our invoice dates. When is the fix? Is there a workaround? I cannot redo 300 rows by hand.'],
    ];
    const conversation = engine.startConversation({ id: 'wall', customer: { name: 'Malak Haddad' } });
    for (const turn of chatTurns(lines)) conversation.addTurn(turn);
    const reframe = conversation
      .previewDraft('As per our support policy, we are unable to share timelines for fixes, and workarounds are outside the scope of chat support. Please monitor our status page for updates. Is there anything else I can help you with today?')
      .suggestions.find((s) => s.kind === 'reframe')?.text;
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/scope|anything else|policy/i);
    expect(reframe).toMatch(/status page/i);
  });

  it.each(['Is there anything else I can help you with today?', 'Anything else?'])('never keeps "%s"', (question) => {
    expect(sendablePartOf(question)).toBeUndefined();
  });

  it('keeps other questions', () => {
    expect(sendablePartOf('Could you send me the invoice number?')).toBe('Could you send me the invoice number?');
  });
});

describe('a safety scare the draft already carries on', () => {
  const lines: ChatLine[] = [
    ['c', 'The pharmacy gave my dad 20 mg tablets instead of 5 mg. He took two this morning and now he feels faint and his heart is racing.'],
  ];

  it('gets no hand-off card beside a draft that arranges the call and says when to ring 911', () => {
    const cards = cardsBesideDraft(lines, 'The pharmacist on duty will call you in the next 10 minutes to go through it. Please keep the tablets away from him, and if he faints or has chest pain, call 911 right away.');
    expect(cards.filter((s) => s.kind === 'escalate')).toEqual([]);
  });

  it('still gets it while the agent has written nothing that acts', () => {
    const cards = play(engine, lines).at(-1)!.suggestions;
    expect(cards.some((s) => s.kind === 'escalate')).toBe(true);
  });
});

describe('from the 64th reading (hard chats 1161–1170)', () => {
  it('credit turned down ("account credit means…", "refunded to the card") is not offered again', () => {
    expect(customerCuesOf(analyzeText('No, that does not work for us. Account credit means I have to explain it again next month.')).has('refuses-credit')).toBe(true);
    expect(customerCuesOf(analyzeText('Finance needs it refunded to the card, please.')).has('refuses-credit')).toBe(true);
    expect(customerCuesOf(analyzeText('Will the credit show on my next invoice?')).has('refuses-credit')).toBe(false);
    const lines: ChatLine[] = [
      ['c', 'You billed us for 12 seats in November but we only had 8. That is 160 € too much.'],
      ['a', 'I can add 160 € to your account as credit for the December invoice.'],
      ['c', 'Hmm, no, that does not really work for us. Account credit means finance asks me about it all over again. Is a refund possible?'],
    ];
    const cards = play(engine, lines).at(-1)!.suggestions;
    // (Naming what they turned down, "you want your money back, not credit", offers nothing.)
    expect(cards.map((s) => s.text).join(' ').replace(/\bnot credit\b/gi, '')).not.toMatch(/credit/i);
  });

  it('"sorry for asking again" only when someone did ask', () => {
    const wrongRecord: ChatLine[] = [
      ['c', 'You charged me 600 euro for damage on a car I rented in Porto. The booking is PT-2231.'],
      ['a', 'Thanks. I have checked the return report: the damage was noted at the Lisbon office, so the charge stands.'],
      ['c', 'Again: PORTO. I never rented in Lisbon. Did you even read what I wrote?'],
    ];
    const misread = play(engine, wrongRecord).at(-1)!.suggestions.map((s) => s.text).join(' ');
    expect(misread).not.toMatch(/asking again/i);
    const askedTwice: ChatLine[] = [
      ['c', 'You charged me 600 euro for damage on a car I rented in Porto. The booking is PT-2231.'],
      ['a', 'I am sorry about that. What is your booking number?'],
      ['c', 'It is in my first message!! PT-2231. Again.'],
    ];
    expect(play(engine, askedTwice).at(-1)!.suggestions.map((s) => s.text).join(' ')).toMatch(/asking again/i);
  });

  it('a sarcastic goodbye is not thanked for telling', () => {
    const lines: ChatLine[] = [
      ['c', 'My card keeps getting declined abroad even though I set a travel notice.'],
      ['a', 'I can see the declines were flagged by our fraud checks. Can you confirm your date of birth?'],
      ['c', 'wow. love that the travel notice does literally nothing'],
      ['c', 'forget it. boarding now, phone going off. will call when i land in lima. great service 👏'],
    ];
    const texts = play(engine, lines).at(-1)!.suggestions.map((s) => s.text).join(' ');
    expect(texts).not.toMatch(/thank you for letting us know/i);
  });
});

describe('what a reframe must not keep (64th reading)', () => {
  it.each([
    'Insulin is fine at room temperature for weeks so you can use them as normal.',
    'The tablets are still fine, you can take them safely.',
  ])('medical reassurance no agent can give: %s', (sentence) => {
    expect(assuresOutcome(sentence)).toBe(true);
  });

  it('but not a plain fact about the order', () => {
    expect(assuresOutcome('The replacement pens are packed in a cool box.')).toBe(false);
  });

  it('a voucher "for your trouble" is a make-good', () => {
    expect(promisesMakeGood("I'll send a replacement today and refund the full order plus a voucher for your trouble.")).toBe(true);
    expect(promisesMakeGood("I'll send the form today, sorry for the trouble.")).toBe(false);
  });

  it('a reframe of an insulin draft drops the reassurance', () => {
    const lines: ChatLine[] = [['c', 'The courier left my insulin pens outside in the sun all afternoon. Can I still use them?']];
    const cards = cardsBesideDraft(lines, "I'm so sorry, this is completely our fault. Don't worry though, insulin is fine at room temperature for weeks so you can use them as normal.");
    const reframe = cards.find((s) => s.kind === 'reframe')?.text ?? '';
    expect(reframe).not.toMatch(/as normal|is fine/i);
  });
});

describe('given to four people already', () => {
  it.each([
    'I HAVE GIVEN MY ACCOUNT NUMBER TO FOUR DIFFERENT PEOPLE ON YOUR PHONE LINE.',
    "I've given you my postcode twice now.",
    'I have sent the photos three times already',
  ])('%s', (text) => {
    expect(customerCuesOf(analyzeText(text)).has('already-gave')).toBe(true);
  });

  it('not a first mention', () => {
    expect(customerCuesOf(analyzeText('I have given the parcel to my neighbour to return.')).has('already-gave')).toBe(false);
  });
});

describe('no tracking look-up once the agent has the order open', () => {
  it('is moot after "I can see your order…", not before', () => {
    const reading = (...agent: string[]): CaseReading => ({
      customer: customerCuesOf(analyzeText('Where is my order? It was meant to come on Monday.')),
      agent: new Set(agent.flatMap((line) => [...agentCuesOf(analyzeText(line))])),
      refused: new Set(),
      facts: new Set(),
    });
    const lookUp = 'I can look up where your order is right now and share exactly what the tracking shows.';
    expect(remedyIsMoot(lookUp, reading('Thanks for waiting.'))).toBe(false);
    expect(remedyIsMoot(lookUp, reading('I can see your order 55120 in our system now.'))).toBe(true);
  });
});

describe('a role the header adds after the name (65th reading)', () => {
  it.each([
    ['DLAMINI, Sipho (Parent)', 'Sipho'],
    ['Okafor, Chidi (Account holder)', 'Chidi'],
    ['Mei Lin Tan (student)', 'Mei Lin'],
  ])('%s', (header, first) => {
    expect(nameFrom(header, 'page')?.first).toBe(first);
  });
});

describe('after the 65th reading', () => {
  it('"I don\'t need refund or anything" wants nothing done', () => {
    expect(customerCuesOf(analyzeText("I don't need refund or anything, just tell the kitchen to check the lids")).has('wants-nothing')).toBe(true);
    expect(customerCuesOf(analyzeText('I need a refund or anything that makes up for it')).has('wants-nothing')).toBe(false);
  });
});

describe('"I don\'t think it works for me" is no news that it works', () => {
  const lines: ChatLine[] = [
    ['c', 'My insulin refill has been stuck for a week and I have four days of pens left.'],
    ['a', 'I am sorry. The quickest option is for us to call your doctor again and ship by express once we have the renewal.'],
  ];

  it('gets no closing line', () => {
    const cards = play(engine, [...lines, ['c', "I appreciate that, but I don't think it works for me. Is there any way to get an emergency supply locally?"]]).at(-1)!.suggestions;
    expect(cards.filter((s) => s.kind === 'follow-up')).toEqual([]);
  });

  it('while "it works now, thanks" still closes', () => {
    const cards = play(engine, [...lines, ['c', 'Got the renewal through myself, it works now, thanks!']]).at(-1)!.suggestions;
    expect(cards.some((s) => s.kind === 'follow-up')).toBe(true);
  });

  it('"which you didn\'t do" and "next time it might be worth…" are dismissive', () => {
    expect(rulesOfAgentLine(engine, 'Damage must be reported before you leave the car park, which you did not do.')).toContain('agent-tone.dismissive');
    expect(rulesOfAgentLine(engine, 'Next time it might be worth walking round the car with the staff member.')).toContain('agent-tone.dismissive');
  });
});

