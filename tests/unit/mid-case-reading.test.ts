// What the first mid-case reading (hard chats 1181–1200, each ending on a customer answering
// something specific the agent said) found, as kinds, in our own words: a family name put right
// after the agent used another with a title; "you're welcome, glad it's sorted" to someone who goes
// on to two new matters; "anything else?" after "nothing else needed"; a check-back date as the
// answer to a question; "what have you tried?" after the agent named the likely cause and the
// customer said what they checked; one person's login remedies to an admin whose many users were
// cut off; a reset link to someone the reset already failed; a safety script for an injury told
// as the reason a booking must change.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { agentCuesOf, customerCuesOf } from '../../src/engine/suggestions/caseCues';
import { factIsMoot, remedyIsMoot } from '../../src/engine/suggestions/caseFit';
import { caseReadingOfLines } from '../helpers/caseReading';
import { ESCALATION_PHRASINGS } from '../../src/engine/suggestions';
import { bundledEngine, play, reframeAfter, type ChatLine } from '../helpers/engine';

const engine = bundledEngine();

// The turn after the chat's last line, with the desk header's name when there is one.
const lastCards = (lines: ChatLine[], header?: string) => play(engine, lines, header).at(-1)!;
const texts = (cards: readonly { text: string }[]) => cards.map((s) => s.text).join(' | ');
const reading = caseReadingOfLines;

describe('a family name put right after the agent titled them by another', () => {
  const lines: ChatLine[] = [
    ['c', "hi. the school app won't let me sign the permission slip, it keeps saying session expired"],
    ['a', 'Hello! Could I have your name and your child’s name, please?'],
    ['c', 'I am Choi Ji-woo. Mother of Han Seo-jun, class 2A'],
    ['a', 'Thank you Mrs Han! Could you try logging out and back in?'],
    ['c', 'I am Choi, not Han. In Korea we keep our family name. And I did log out, 4 times, same error every time. This is so frustrating, the slip is due today!!'],
  ];

  it('cards use the title with the family name they gave, never the child’s', () => {
    const { suggestions, customerName } = lastCards(lines);
    const named = suggestions.filter((s) => /\b(?:Mrs|Ms) \p{Lu}/u.test(s.text));
    expect(texts(suggestions)).not.toMatch(/\bHan\b/);
    expect(named.length).toBeGreaterThan(0);
    for (const card of named) expect(card.text).toMatch(/\bMrs Choi\b/);
    expect(customerName).toMatch(/Choi/);
  });

  it('the child named after "mother of" is not taken up as their name when the agent uses it', () => {
    const { suggestions } = lastCards(lines.slice(0, 4).concat([['c', 'logged out and in 4 times already, still expired. so frustrating, the slip is due today']]));
    expect(texts(suggestions)).not.toMatch(/\bHan\b/);
  });
});

describe('news that it worked, followed by more to raise', () => {
  const before: ChatLine[] = [
    ['c', "can't get into my pension account, it says locked"],
    ['a', "Thanks Dorota. I've unlocked it and sent a reset link to your email, valid for 20 minutes. Could you try it?"],
  ];

  it.each([
    'right, that worked, I am in, thank you. but there are 2 other things: my address is still the old one and the statement from March is missing',
    'thanks, all working now. One more thing though, why does my statement show last year?',
  ])('%s', (last) => {
    const { suggestions } = lastCards([...before, ['c', last]]);
    // Not the goodbye: "anything else?" to someone who has just listed it.
    expect(texts(suggestions)).not.toMatch(/anything else I can help|just reply here|take care/i);
    const followUp = suggestions.filter((s) => s.kind === 'follow-up');
    expect(followUp.map((s) => s.text).join(' ')).toMatch(/other things|one at a time|look into that/i);
  });

  it('still closes on the news alone', () => {
    const { suggestions } = lastCards([...before, ['c', 'that worked, I am in, thank you!']]);
    expect(suggestions.filter((s) => s.kind === 'follow-up').length).toBe(1);
    expect(texts(suggestions)).not.toMatch(/other things/i);
  });
});

describe('"nothing else needed" is not asked "anything else?"', () => {
  it.each(['brilliant, the new bill is right. all sorted, nothing else needed 👍', "that's fixed it, thanks. That's all I needed."])('%s', (last) => {
    const { suggestions } = lastCards([
      ['c', 'my bill doubled this quarter, that cannot be right'],
      ['a', "You're right, the reading was estimated. I've cancelled that bill and issued a corrected one."],
      ['c', last],
    ]);
    const closing = suggestions.filter((s) => s.kind === 'follow-up');
    expect(closing.length).toBe(1);
    expect(closing[0]!.text).not.toMatch(/anything else I can help|\?/i);
  });
});

describe('a question is not answered with a date to check back', () => {
  const lines: ChatLine[] = [
    ['c', 'the 16:30 coach to Galway was cancelled 20 minutes before it left and nobody told us'],
    [
      'a',
      "I'm sorry about this, the board should have shown it and I've flagged that to the station team. As the cancellation was on our side you can have a full refund or move to the next departure, and we'll cover reasonable hotel costs if you're stuck overnight. Keep your receipts and message us your booking reference.",
    ],
  ];

  it('after a sceptical question about what is covered', () => {
    const { suggestions } = lastCards([
      ...lines,
      ['c', "'reasonable' is doing a lot of work there. every room near the station is over 150 euro, I looked. does that count as reasonable or do I eat the difference? booking ref is in your inbox"],
    ]);
    expect(texts(suggestions)).not.toMatch(/check back|follow up with you|get back in touch/i);
  });

  it('a calm "ok thanks" still gets a closing line after the agent acted', () => {
    const { suggestions } = lastCards([...lines, ['c', 'ok thanks']]);
    expect(suggestions.some((s) => s.kind === 'follow-up')).toBe(true);
  });
});

describe('the case as the agent and customer left it', () => {

  it('one login’s remedies are moot for an admin speaking for many users', () => {
    const admin = reading(["since this morning 52 of our staff can't sign in through SSO, the error says the account was deactivated"]);
    expect(remedyIsMoot('I can verify your identity here and help you get back into your account step by step.', admin)).toBe(true);
    expect(remedyIsMoot("I can check whether the account has been locked and unlock it once you're verified.", admin)).toBe(true);
    const one = reading(["I can't sign in, it just spins"]);
    expect(remedyIsMoot('I can verify your identity here and help you get back into your account step by step.', one)).toBe(false);
    expect(remedyIsMoot("I can check whether the account has been locked and unlock it once you're verified.", one)).toBe(false);
  });

  it('no reset link once the reset has failed them', () => {
    const remedy = "If it's the password, I can send a reset link to the email address on your account.";
    expect(remedyIsMoot(remedy, reading(['I clicked forgot password three times and no email ever arrives']))).toBe(true);
    expect(remedyIsMoot(remedy, reading(["logged in this morning and my account is suspended for 'unusual activity'"]))).toBe(true);
    expect(remedyIsMoot(remedy, reading(["locked out again, the 2-step code you text me never arrives"]))).toBe(true);
    expect(remedyIsMoot(remedy, reading(["I can't log in to my account"]))).toBe(false);
  });

  it('the agent naming the likely cause and the customer saying what they checked both read', () => {
    expect(agentCuesOf(analyzeText('That error is almost always caused by the calendar token expiring. Has anyone changed the password?')).has('found-cause')).toBe(true);
    expect(customerCuesOf(analyzeText("I've already checked the logs and nothing changed on our side")).has('tried-fixes')).toBe(true);
    expect(customerCuesOf(analyzeText("I'm looking at the admin console right now and the group is still there")).has('tried-fixes')).toBe(true);
    // A plain report of a fault is no account of what was tried.
    expect(customerCuesOf(analyzeText('the export keeps failing on three invoices')).has('tried-fixes')).toBe(false);
  });
});

describe('an injury told as the reason a booking must change', () => {
  it('gets no safety script', () => {
    const { suggestions, flags } = lastCards([['c', 'Hi, can I become the main driver on our rental? My husband broke his arm on Saturday playing football and he cannot drive now.']]);
    expect(flags.some((f) => f.rule === 'escalation.safety')).toBe(false);
    expect(texts(suggestions)).not.toMatch(/safety comes first|emergency services/i);
  });

  it('an injury the product or the premises did still does', () => {
    const { flags } = lastCards([['c', 'The shelf in your store fell and I broke my wrist trying to catch it.']]);
    expect(flags.some((f) => f.rule === 'escalation.safety')).toBe(true);
  });
});

// The second mid-case reading (hard chats 1211–1230) and the 66th reading's blind ten (1201–1210),
// as kinds: a family name put right as "It's X, Y is my mother's surname"; "no need to reply" is a
// goodbye; a safety script for someone who only wants not to run out; a reframe that keeps paying the
// bills the harm ran up, or "you don't need to worry about a thing"; courier remedies once the
// agent found what happened and acted; credit offered to one who said "i dont want zipp cash";
// regulators and an ombudsman of other names; "are you a bot or just thick"; money "taken twice";
// "everyone here calls me Jay"; "im his mom Thandiwe"; the agent's honorific after a name asked for.
describe('second mid-case reading', () => {
  it('"It\'s Ramírez, Ocampo is my mother\'s surname" after "Hello Ms Ocampo" gives Ms Ramírez', () => {
    // The desk header shows both family names, as Spanish-speaking customers give them.
    const { suggestions } = lastCards(
      [
        ['c', 'I was charged €290 for a dent on a van I returned without a scratch, booking VLC-5531.'],
        ['a', 'Hello Ms Ocampo, sorry about the surprise charge. I can see the inspection report notes a dent on the rear door.'],
        ['c', "It's Ramírez, Ocampo is my mother's surname. And there was no dent, this is really annoying, I have photos from the car park."],
      ],
      'Lucía Ramírez Ocampo',
    );
    expect(texts(suggestions)).not.toMatch(/Ocampo/);
    expect(texts(suggestions)).toMatch(/Ms Ramírez/);
  });

  it('"No need to reply, have a nice evening" closes, though the chat had been grumpy', () => {
    const { suggestions } = lastCards([
      ['c', 'I was furious last month about the estimated gas bill, honestly really angry'],
      ['a', "I'm sorry about that. I've replaced the estimate with your reading, so the new bill is £88."],
      ['c', 'Got it, all fine now. No need to reply, have a nice evening.'],
    ]);
    expect(suggestions.map((s) => s.kind)).toEqual(['follow-up']);
  });

  it('"That\'s all." ending an ask is no goodbye', () => {
    const { suggestions } = lastCards([
      ['c', 'the room had no sea view though we paid the supplement for one'],
      ['a', 'Sorry to hear that. I can offer a 15% voucher for your next stay.'],
      ['c', "No thanks, we won't be back. What I'd call fair is the €90 supplement refunded to my card. That's all."],
    ]);
    expect(texts(suggestions)).not.toMatch(/take care|just reply here/i);
  });

  it('wanting not to run out, calmly and ahead of time, is no emergency', () => {
    const { flags } = lastCards([['c', "My repeat is due on Friday and I'm away for three weeks from Saturday. I just need to not run out of insulin while I'm abroad, can it be ready Thursday?"]]);
    expect(flags.some((f) => f.rule === 'escalation.safety')).toBe(false);
    const urgent = lastCards([['c', "He ran out of insulin last night and the pharmacy is shut, what do we do?"]]);
    expect(urgent.flags.some((f) => f.rule === 'escalation.safety')).toBe(true);
  });

  it('a reframe drops paying the clinic bill and "nothing to worry about", and keeps the refund', () => {
    const r = reframeAfter(
      engine,
      'my son had a reaction after the order, we ended up at the urgent care clinic',
      "This is entirely our fault. We will refund your order and pay the full clinic bill of $310, so you don't need to worry about a thing.",
    );
    expect(r).toBeDefined();
    expect(r).not.toMatch(/clinic bill|worry|our fault/i);
    expect(r).toMatch(/refund your order/i);
  });

  it('no courier remedies once the agent found what happened and acted on it', () => {
    const c = reading(['my order says delivered but nothing came, the rider never knocked'], ["We checked: the rider marked it delivered at the wrong building. We've added the full amount to your wallet."]);
    expect(remedyIsMoot('I can open an investigation with the courier and update you as soon as I hear back.', c)).toBe(true);
    expect(remedyIsMoot("If it's lost, I can look at a replacement or a refund with you.", c)).toBe(true);
    const before = reading(['my order says delivered but nothing came, the rider never knocked']);
    expect(remedyIsMoot('I can open an investigation with the courier and update you as soon as I hear back.', before)).toBe(false);
  });

  it('credit turned down as the app\'s own cash', () => {
    expect(customerCuesOf(analyzeText("and i dont want quikbite cash, i paid by card")).has('refuses-credit')).toBe(true);
    expect(customerCuesOf(analyzeText('can I pay cash on delivery next time?')).has('refuses-credit')).toBe(false);
  });

  it.each([
    ['if nothing moves today I go to Financial Services Ombudsman and facebook', 'escalation.regulator'],
    ['sort it by Monday or I am filing a complaint with PROFECO', 'escalation.regulator'],
    ['Are you a bot or just thick? I said the leak is on YOUR side', 'anger.insult'],
  ])('%s', (text, rule) => {
    expect(lastCards([['c', text]]).flags.some((f) => f.rule === rule)).toBe(true);
  });

  it('money "taken twice" is a complaint with a card', () => {
    const { suggestions } = lastCards([['c', 'hi, I topped up my bus card with 20 on Monday and the bank took it twice, 40 gone but the card shows 20']]);
    expect(suggestions.length).toBeGreaterThan(0);
  });

  it('names: "everyone here calls me Jay", "im his mom Thandiwe", and "-san" after a name asked for', () => {
    const jay = lastCards(
      [
        ['c', 'Our invoice shows 14 seats, we have 10. (Kim is my family name, by the way. Everyone here calls me Jay.)'],
        ['a', 'Thanks Jay! I can see 14 seats on the workspace.'],
        ['c', 'Four of them were deactivated in June, this is really frustrating, we should not pay for them'],
      ],
    );
    expect(jay.customerName).toBe('Jay');
    const mom = lastCards([['c', 'hi, im his mom Thandiwe, the school app shows my son as absent all week and he was there every day, so upsetting']]);
    expect(mom.customerName).toBe('Thandiwe');
    const san = lastCards([
      ['c', 'Hello. We are billed for 30 seats but use 12. Please call me Watanabe, Aiko is my given name.'],
      ['a', 'Of course, Watanabe-san! Let me check the workspace.'],
      ['a', 'The seat count is still set to 30, so the bill follows it.'],
      ['c', 'That is a problem for us, our accounting cannot accept this. It is very frustrating. Can you refund the difference to the card?'],
    ]);
    const named = san.suggestions.filter((s) => /Watanabe/.test(s.text));
    expect(named.length).toBeGreaterThan(0);
    for (const card of named) expect(card.text).toMatch(/Watanabe-san/);
  });
});

// The third mid-case reading (hard chats 1241–1260), as kinds: "I am not Mateo, Mateo is my son …
// I am his mother Graciela"; a third sorry after the customer thanked the agent for the last one;
// "…with your details" to one who cannot DM and won't post their account number; a restatement of
// what the customer says back to the agent's finding; and, from the readings' corrections of the
// agent (wrong booking, wrong leg, "that's not the issue"), a card that goes back over it.
describe('third mid-case reading', () => {
  it('"I am not Mateo, Mateo is my son … I am his mother Graciela" gives Graciela', () => {
    const { customerName, suggestions } = lastCards(
      [
        ['c', 'hello i need the marks of my son, the portal say 2 missing homeworks but he say he give everything'],
        ['a', 'Hi Mateo! Happy to help. Which subject is it?'],
        ['c', 'no I am not Mateo, Mateo is my son, I use his login. I am his mother Graciela. and this is very frustrating, nobody explains me nothing'],
      ],
      'Mateo Herrera',
    );
    expect(customerName).toBe('Graciela');
    expect(texts(suggestions)).not.toMatch(/Mateo/);
  });

  it('no third sorry to a customer thanking the agent for the last one', () => {
    const lines: ChatLine[] = [
      ['c', 'the shower in my room has had no hot water since Sunday, I told reception twice, it is really annoying'],
      ['a', "I'm so sorry about that. I've raised it with the hotel as urgent and can add a £40 credit for the trouble. Would that help?"],
    ];
    const thanked = lastCards([...lines, ['c', "Thank you, but no need for any credit. I leave tomorrow anyway. I only want them to fix it for the next guest."]]);
    expect(thanked.suggestions.some((s) => s.kind === 'apologize')).toBe(false);
    // Still upset, not thanking: an apology still fits.
    const still = lastCards([...lines, ['c', 'Credit is no use to me, I need a hot shower tonight. This is ridiculous.']]);
    expect(still.suggestions.some((s) => s.kind === 'apologize')).toBe(true);
  });

  it('"…with your details" is moot for one whose details cannot reach the agent', () => {
    const remedy = "I can log this with our technical team with your details so you don't have to explain it again, and keep you updated.";
    expect(remedyIsMoot(remedy, reading(["I can't DM you, it says you can't send messages to this account. and I'm not posting my account number here"]))).toBe(true);
    expect(remedyIsMoot(remedy, reading(['no internet for two days now, I restarted the router twice']))).toBe(false);
  });

  it('what the customer answers to the agent’s finding is not restated', () => {
    const { suggestions } = lastCards([
      ['c', "Hi, our team's workspace was suspended this morning. We present to a client at 2pm. What happened?"],
      ['a', 'I can see the workspace was automatically suspended by our security system after logins from eight countries in two days, which usually means seats are being shared.'],
      ['c', 'We are not sharing seats. We are five people in one office, the countries are our VPN. Please unlock it, this is really urgent and frustrating.'],
    ]);
    expect(suggestions.some((s) => s.kind === 'restate')).toBe(false);
  });

  it('a correction of what the agent found gets a card that goes back over it, not a stock remedy', () => {
    const { suggestions } = lastCards([
      ['c', 'I was charged £180 for a cleaning fee on a van I returned spotless, this is so annoying'],
      ['a', 'I have found booking LTN-44120, returned at Luton on 3 May, and the check-in notes say the cargo area was dirty.'],
      ['c', "That's not my booking. I returned mine at Stansted, STN-44120, on the 4th. Are you looking at someone else's van?"],
    ]);
    const remedies = suggestions.filter((s) => s.kind === 'solution');
    expect(remedies.length).toBe(1);
    expect(remedies[0]!.text).toMatch(/putting me right|correcting me/i);
    expect(suggestions.some((s) => s.kind === 'restate')).toBe(false);
  });

  it('a plain complaint is no correction', () => {
    expect(customerCuesOf(analyzeText('I never received my parcel and it has been two weeks')).has('corrects-agent')).toBe(false);
    expect(customerCuesOf(analyzeText("No, I don't think that's it, nothing changed on our side")).has('corrects-agent')).toBe(true);
    expect(customerCuesOf(analyzeText('please read the notes again, it was the other leg')).has('corrects-agent')).toBe(true);
  });
});

// The fourth mid-case reading (hard chats 1271–1290) and the 67th reading's blind ten (1231–1240),
// as kinds: "i am his mother" under the son's name; "Lupe is fine btw" after "Hi Guadalupe"; "I don't
// need a letter or anything"; questions for facts the agent already has; refunds of charges for a
// declined claim or a charge they called their own mistake; account recovery for one who never had
// the account; one of several matters restated; "are you a bot or" read as finished; "telling my
// followers why"; another team's work promised by the agent; "you can try asking Google Play".
describe('fourth mid-case reading', () => {
  it('"i am his mother" under the son\'s name in the header: no name', () => {
    const { customerName, suggestions } = lastCards(
      [
        ['c', 'hello i cannot see the report card, page says not available, other parents see it already'],
        ['a', 'Hi Ji-ho, thanks for contacting the help desk. Let me check that for you.'],
        ['c', 'i am his mother'],
        ['a', 'Thanks. I can see you are signed in with a student account, so I am unable to help with parent features here.'],
        ['c', 'the school told us to use his login because our parent account is being fixed. i asked 3 times, nobody fix it. this is so unfair'],
      ],
      'Park Ji-ho',
    );
    expect(customerName).toBeUndefined();
    expect(texts(suggestions)).not.toMatch(/Ji-ho/);
    expect(texts(suggestions)).not.toMatch(/get back into your account|what have you tried/i);
  });

  it('"Lupe is fine btw" after "Hi Guadalupe", and "I don\'t need a letter or anything"', () => {
    const { customerName, suggestions } = lastCards(
      [
        ['c', 'Hi! Just flagging that the app marked my daughter absent on Monday but she was there.'],
        ['a', "Hi Guadalupe, I'm sorry for the confusion. I can open a ticket and ask the office to send you a letter confirming it."],
        ['c', 'Oh no need for all that! Lupe is fine btw'],
        ['c', "Her teacher already fixed it. I don't need a letter or anything, maybe just check it isn't happening to other kids?"],
      ],
      'Guadalupe Ortiz',
    );
    expect(customerName).toBe('Lupe');
    expect(suggestions.some((s) => s.kind === 'clarify')).toBe(false);
    expect(texts(suggestions)).not.toMatch(/Guadalupe|let's get it sorted/i);
  });

  it('no question for a fact the agent already has', () => {
    const afterFinding = reading(['my pet insurance claim for the surgery was declined as pre-existing'], ["I've found it. The claim was declined because of a note in the vet history."]);
    expect(factIsMoot('account-email', afterFinding)).toBe(true);
    expect(factIsMoot('amount', reading(['the invoice is wrong'], ['Thanks! I see what happened: seats are billed for the full term.']))).toBe(true);
    expect(factIsMoot('tried', reading(['I cannot see the report card'], ["I can see you're signed in with a student account."]))).toBe(true);
    expect(factIsMoot('amount', reading(['I was charged for something I did not buy']))).toBe(false);
  });

  it('no refund of charges for a declined claim or a charge they called their own mistake', () => {
    const remedy = 'I can look into the charges on your account now and request a refund of anything you were charged in error.';
    expect(remedyIsMoot(remedy, reading(["the claim for my cat's operation was declined, I want to appeal"]))).toBe(true);
    expect(remedyIsMoot(remedy, reading(['Ok, I understand, it is in the contract, my mistake. But the invoice has our old address']))).toBe(true);
    expect(remedyIsMoot(remedy, reading(['you charged me twice for October']))).toBe(false);
  });

  it('one of several matters is not restated', () => {
    const { suggestions } = lastCards([
      ['c', 'my bill is an estimate again and way too high, this is ridiculous'],
      ['c', "also while ive got you the direct debit came out twice on the 3rd, and nobody has read the meter since May because the gate is locked"],
    ]);
    expect(suggestions.some((s) => s.kind === 'restate')).toBe(false);
  });

  it('"are you a bot or" is a finished, exasperated question', () => {
    const { suggestions, flags } = lastCards([
      ['c', 'bought gems an hour ago, money gone, no gems'],
      ['a', 'Sorry about that! Please restart the game and submit a ticket with your Player ID.'],
      ['c', 'restarted 4 times and the game crashes when i open settings so i cant get the id. are you a bot or'],
    ]);
    expect(flags.some((f) => f.rule === 'anger.rhetorical-question')).toBe(true);
    expect(suggestions.length).toBeGreaterThan(0);
  });

  it('another team\'s work is asked for, not promised; the store is not sent for', () => {
    const asked = reframeAfter(engine, 'the import runs again at 2am, what do I do tonight?', "Don't worry, I'll get engineering to push a fix before 2am tonight, guaranteed.");
    expect(asked).toMatch(/I'll ask engineering whether they can push a fix/);
    expect(asked).not.toMatch(/guarantee/i);
    const store = reframeAfter(engine, 'the gems went to the wrong account, just give me them or a refund', "All purchases are final, so there's nothing I can do. You can try asking Google Play for a refund.");
    expect(store ?? '').not.toMatch(/Google Play/);
  });
});

// The fifth mid-case reading (hard chats 1301–1320) and the 68th reading's blind ten (1291–1300),
// as kinds: a hand-off card still shown when the customer has calmed ("How long?"); "I'm going to
// step away from this chat", read as walking off; "lol im not caio, its my brother's account, im
// Bia"; "Gosia is fine 🙂"; a screen name in lower case beside an emoji; "Don't bother calling" read
// as wanting nothing; "nothing needed for me… all good" still offered sympathy; "this is not really
// my question" answered with stock remedies; a broken wrist told as why someone else must drive.
describe('fifth mid-case reading', () => {
  it('no hand-off card once the customer has calmed after an earlier threat', () => {
    const lines: ChatLine[] = [
      ['c', 'You charged me 640 for a scratch that was already there. If this is not reversed I will do a chargeback on my card.'],
      ['a', "Thanks, I have the photos. I'm passing them to the damage team with a request to review the charge."],
    ];
    const calm = lastCards([...lines, ['c', 'How long?']]);
    expect(calm.suggestions.some((s) => s.kind === 'escalate')).toBe(false);
    const angry = lastCards([...lines, ['c', 'NO. I want it reversed TODAY or I go to my bank and the ombudsman, you are useless']]);
    expect(angry.suggestions.some((s) => s.kind === 'escalate')).toBe(true);
  });

  it('no hand-off wording tells the customer the agent is stepping away', () => {
    // The wordings a hand-off card is drawn from when its rule has none of its own.
    expect(ESCALATION_PHRASINGS.length).toBeGreaterThanOrEqual(4);
    for (const text of ESCALATION_PHRASINGS) expect(text).not.toMatch(/step away|leave this chat/i);
  });

  it('"lol im not caio, its my brother\'s account, im Bia"', () => {
    const { customerName } = lastCards(
      [
        ['c', 'the spanish text in the tournament menu is wrong, it says the opposite of what it means'],
        ['a', 'Hey Caio, thanks for flagging this! Could you DM us your player ID?'],
        ['c', "lol im not caio, its my brother's account, im Bia. just fix the text before saturday"],
      ],
      'Caio Nascimento',
    );
    expect(customerName).toBe('Bia');
  });

  it('"Gosia is fine 🙂" names the form she goes by', () => {
    const { customerName } = lastCards(
      [
        ['c', 'My gas bill says E for estimated and it is twice what we use'],
        ['a', 'Hi Małgorzata, thanks for the detail. If you send a reading today I can re-issue the bill.'],
        ['c', 'Gosia is fine 🙂 nobody can spell the other one. And I DID send a reading on the 3rd, this is so annoying'],
      ],
      'Małgorzata Nowak',
    );
    expect(customerName).toBe('Gosia');
  });

  it('a screen name in lower case beside an emoji is no name; "Lupita 🌵" still is', () => {
    expect(lastCards([['c', 'charged twice for the battle pass and still no pass, this is a joke']], 'noodle 🍜').customerName).toBeUndefined();
    expect(lastCards([['c', 'charged twice for the battle pass and still no pass, this is a joke']], 'Lupita 🌵').customerName).toMatch(/^Lupita/);
  });

  it('"Don\'t bother calling" is anger, not wanting nothing; "nothing needed for me" is', () => {
    expect(customerCuesOf(analyzeText("So you're saying I robbed myself? Don't bother calling, I'll be at the branch at 9")).has('wants-nothing')).toBe(false);
    expect(customerCuesOf(analyzeText("Claim's all done, nothing needed for me. I'm only mentioning it so someone fixes the form")).has('wants-nothing')).toBe(true);
    const { suggestions } = lastCards([
      ['c', 'the claim form would not take my dates, so frustrating, I had to phone in'],
      ['a', "I'm sorry about that. Would you like me to log a complaint?"],
      ['c', "Oh no, the claim's all done, nothing needed for me. Just mentioning it so someone fixes the form. All good!"],
    ]);
    expect(suggestions.some((s) => s.kind === 'apologize')).toBe(false);
  });

  it('"this is not really my question" gets no stock remedy', () => {
    const { suggestions } = lastCards([
      ['c', 'I cannot log in to the school app to see my daughter grade, it says code wrong'],
      ['a', 'Hello! Is it the parent app or the website?'],
      ['c', 'the app'],
      ['a', "No problem, click 'Forgot code' under the code box and a new code will be emailed to the parent address on file."],
      ['c', 'I did this also, the mail goes to my ex-wife. And this is not really my question, I only want to know if the math grade is there or not, she is very stressed'],
    ]);
    expect(suggestions.filter((s) => s.kind === 'solution')).toEqual([]);
  });

  it('no breakdown of charges for one who knows they were charged twice', () => {
    const remedy = 'I can send you a breakdown of what was charged and when, so we can go through it together.';
    expect(remedyIsMoot(remedy, reading(['restarted 4 times. still no pass. still 2 charges for it']))).toBe(true);
    expect(remedyIsMoot(remedy, reading(['my bill went up and I do not understand why']))).toBe(false);
  });

  it('"he broke his wrist … so I need to drive instead" is no safety case', () => {
    const { flags } = lastCards([['c', 'My husband is the booked driver but he broke his wrist yesterday (trampoline) so I need to drive instead. Is possible?']]);
    expect(flags.some((f) => f.rule === 'escalation.safety')).toBe(false);
  });
});

// The 69th reading's blind ten (1321–1330), as kinds: the account email asked after "I can see you
// on there"; "taking four of the 25s should be fine" kept in a reframe; sympathy for a calm "just
// pass the link on"; a reframe cut down to "Let me know if there's anything else."
describe('69th reading, blind ten', () => {
  it('no email asked once the agent can see them on the policy', () => {
    expect(agentCuesOf(analyzeText('Thanks Halina, I can see you on there. Was anyone in the car with you?')).has('has-case')).toBe(true);
  });

  it('a reframe drops dosing said to be safe', () => {
    const r = reframeAfter(engine, 'Should I just take two of the 50s until the right ones come?', "That's completely our fault, our pharmacy made a dispensing error. Yes, taking two of the 50s should be fine until then.");
    expect(r).toBeDefined();
    expect(r).not.toMatch(/should be fine|our fault/i);
  });

  it('"just pass the link on" is a heads-up, not a complaint to be sorry for', () => {
    expect(customerCuesOf(analyzeText("No no, please don't freeze it, I need the card. Just pass the link on to whoever deals with it 👍")).has('wants-nothing')).toBe(true);
  });

  it('no reframe that is only "Let me know if there\'s anything else."', () => {
    const r = reframeAfter(
      engine,
      'Nothing changed on our side. Your changelog says v1 stops in March, it is February.',
      "As stated in our changelog (which I'd recommend reading in full), v1 signatures are being deprecated, so you'll need to update your verification code on your side to accept v2. Let me know if there's anything else.",
    );
    expect(r ?? '').not.toMatch(/^Let me know if there's anything else\.?$/);
  });
});

// The sixth mid-case reading (hard chats 1341–1360) and the 70th reading's blind ten (1331–1340),
// as kinds: a make-good "for the stress" kept in a reframe; sympathy and a remedy for a compliment
// ("can you pass it on or give him a star… no refund needed"); a check-back after "send it back to
// my bank account pls"; "sorry for asking again" after "…he's in Dubai as I said"; a restatement of
// "i didn't charge anything back"; "My family name is Park" after "Mr. Ji-hoon"; a device question
// after the customer found the cause; "mbali" in lower case; "Lachie's fine btw".
describe('sixth mid-case reading', () => {
  it('a reframe drops "£100 compensation for the stress"', () => {
    const r = reframeAfter(engine, 'will i get the money back. thats my rent', "Yes don't worry, you'll get every penny back today. Honestly this one is on us. I'll also add £50 compensation for the stress.");
    expect(r).toBeDefined();
    expect(r).not.toMatch(/£50|compensation for the stress/i);
  });

  it('a compliment gets no sympathy and no remedy', () => {
    const { suggestions } = lastCards([
      ['c', 'hi! nothing went wrong lol, the driver carried my shopping up five floors because the lift is broken again, he was so kind about it'],
      ['c', 'can you pass it on or give him a star or whatever you do'],
      ['c', 'no refund needed, all arrived perfect 🙌'],
    ]);
    expect(suggestions.filter((s) => s.kind === 'apologize' || s.kind === 'solution')).toEqual([]);
  });

  it('no check-back after "send it back to my bank account pls"', () => {
    const { suggestions } = lastCards([
      ['c', 'order never came, third time this month'],
      ['a', "Sorry about that. We've issued a full refund of 486 to your wallet, it should show now."],
      ['c', 'i paid by card. i dont want wallet money'],
      ['c', 'send it back to my bank account pls'],
    ]);
    expect(texts(suggestions)).not.toMatch(/check back|follow up with you/i);
  });

  it('"…as I said" in passing is not being asked again', () => {
    const { suggestions } = lastCards([
      ['c', 'water came through my kitchen ceiling from the flat upstairs, my son is abroad so I am on my own'],
      ['a', 'I am so sorry. Could you upload some photos of the ceiling using the paperclip below?'],
      ['c', "I haven't got a phone with a camera dear. My son has one but he's away as I said. Could I post some pictures to you?"],
    ]);
    expect(texts(suggestions)).not.toMatch(/asking again|repeat it/i);
  });

  it('"i didn\'t charge anything back" is a correction, not a complaint to restate', () => {
    const { suggestions } = lastCards([
      ['c', 'bought shards twice, money gone twice, no shards, and now it says purchases restricted'],
      ['a', 'Sorry about that! Purchases get restricted when a payment has been disputed or charged back through the bank.'],
      ['c', "i didn't charge anything back?? i literally paid you twice. absolute clowns"],
    ]);
    expect(suggestions.some((s) => s.kind === 'restate')).toBe(false);
  });

  it('names: "My family name is Park" after "Mr. Ji-hoon"; "mbali" in lower case; "Lachie\'s fine btw"', () => {
    const park = lastCards(
      [
        ['c', 'I cannot see the report card of my daughter, it says not available, very frustrating'],
        ['a', 'Hi Mr. Ji-hoon! Can you tell me the email you use to log in?'],
        ['c', 'My family name is Park. Ji-hoon is given name. It is ok, many people mistake this. The email is jh.park@example.net, and this is really frustrating'],
      ],
      'Park Ji-hoon',
    );
    for (const s of park.suggestions) expect(s.text).not.toMatch(/Ji-hoon/);
    expect(texts(park.suggestions)).toMatch(/Mr Park/);
    const mbali = lastCards([['c', 'my bag never arrived and the link you sent is broken, this is a nightmare']], 'mbali k 🌻');
    expect(texts(mbali.suggestions)).not.toMatch(/\bmbali\b/);
    const lachie = lastCards(
      [
        ['c', 'my power bill tripled this quarter, what is going on'],
        ['a', 'Hi Lachlan, that is a big jump. Could you send a photo of the meter?'],
        ['c', "done. Lachie's fine btw. and the power has been out on our street since 5, this is ridiculous"],
      ],
      "Lachlan O'Rourke",
    );
    expect(lachie.customerName).toBe('Lachie');
  });
});

// The 71st reading's blind ten (1361–1370), as kinds: a device question and troubleshooting steps
// for a fault the customer places in the company's own automated system; a reframe that keeps
// "I'll get the rider a bonus too!".
describe('71st reading, blind ten', () => {
  it('a fault in the company’s automated system gets no device question and no steps', () => {
    const { suggestions } = lastCards([
      ['c', 'your automatic reminders went out to 143 customers today telling them they are overdue, including people who paid on Monday. this is a system error on your side and I am furious'],
    ]);
    expect(texts(suggestions)).not.toMatch(/which device|walk you through a few steps|what have you tried/i);
    expect(customerCuesOf(analyzeText('the app keeps crashing on my phone')).has('server-side')).toBe(false);
  });

  it('a reframe drops a reward promised to someone else', () => {
    const r = reframeAfter(engine, 'the driver forgot my drink but was lovely, just pass it on', "So sorry about this!! This is totally our fault. I'll get the rider a bonus too!");
    expect(r ?? '').not.toMatch(/bonus/i);
  });
});
