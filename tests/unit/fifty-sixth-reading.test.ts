// What the 55th and 56th readings (blind drafts 1031–1050, protocol 1051–1060, graded after the
// eighth session's last change) found, as kinds, in our own words: stock remedies beside a draft
// that already carries the case on (a ticket opened, a status found, someone's call booked); a
// cancellation offered beside a draft saying the membership "cannot be cancelled"; and, from the
// learning dialogues, looking up the order right after the agent said they cannot see the account
// in this channel.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { agentCuesOf, customerCuesOf, refusedActions } from '../../src/engine/suggestions/caseCues';
import { splitSentences } from '../../src/engine/suggestions/clauses';
import { carriesTheCaseOn, isSendableClause, sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { bundledEngine, chatTurns, play, reframeAfter, rulesOfAgentLine, type ChatLine } from '../helpers/engine';

const engine = bundledEngine();

function cardsBesideDraft(lines: ChatLine[], draft: string) {
  const conversation = engine.startConversation({ id: 'draft', customer: { name: 'Ilse Vermeer' } });
  for (const turn of chatTurns(lines)) conversation.addTurn(turn);
  return conversation.previewDraft(draft).suggestions;
}

describe('a draft that carries the case on needs no stock remedy beside it', () => {
  const upset: ChatLine[] = [
    ['c', 'My fridge was meant to be delivered on Tuesday and nobody came. I took the day off for this.'],
    ['a', 'I am sorry, Ilse. Let me check what happened with the delivery.'],
    ['c', 'This is the second time. I want it sorted today.'],
  ];

  it.each([
    // Someone else's step, after an admission the reframe removes.
    'This is entirely our fault. The depot team has rebooked the delivery for Friday between 8 and 12.',
    // A status the agent found, after a promise nobody can keep.
    'I promise this will never happen again. Your order is now marked as priority and the driver will call you an hour before.',
    // The agent's own step, after a push-away.
    "Not our problem really, the courier messed up. I've opened complaint CR-55120 and flagged it to the delivery manager.",
  ])('%s', (draft) => {
    const cards = cardsBesideDraft(upset, draft);
    expect(cards.some((s) => s.kind === 'reframe')).toBe(true);
    expect(cards.filter((s) => s.kind === 'solution').map((s) => s.text)).toEqual([]);
  });

  it('still offers a remedy beside a draft that does nothing about the case', () => {
    const cards = cardsBesideDraft(upset, 'Honestly these things happen, deliveries are never perfect.');
    expect(cards.some((s) => s.kind === 'solution')).toBe(true);
  });

  it('reads which messages carry the case on', () => {
    expect(carriesTheCaseOn('Our engineers are restoring your files from last night.')).toBe(true);
    expect(carriesTheCaseOn('Please send the photo to claims@example.com.')).toBe(true);
    expect(carriesTheCaseOn('I think the update was rushed, sorry.')).toBe(false);
  });
});

describe('a refusal said of the thing', () => {
  it.each([
    ['Fixed-term contracts cannot be cancelled before the end date, as per our terms.', 'cancel'],
    ['Gift cards can not be refunded once activated.', 'refund'],
    ['The booking fee will not be waived, sorry.', 'waive'],
  ])('%s', (message, act) => {
    const text = analyzeText(message);
    expect(agentCuesOf(text).has('refused')).toBe(true);
    expect([...refusedActions(text)]).toContain(act);
  });

  it('reads "there is nothing further I can do" and "only the account holder" as refusals', () => {
    expect(agentCuesOf(analyzeText("There's nothing further I can do on this one.")).has('refused')).toBe(true);
    expect(agentCuesOf(analyzeText('Only the account holder can ask for a change of plan.')).has('refused')).toBe(true);
    expect(agentCuesOf(analyzeText('This can only be approved by the named policyholder.')).has('refused')).toBe(true);
  });

  it('offers no cancellation beside a draft saying it cannot be cancelled', () => {
    const lines: ChatLine[] = [
      ['c', 'I moved to Porto for work and I want to cancel my gym membership. Your staff told me I could stop any time.'],
      ['a', 'Thanks, I have your membership open here.'],
      ['c', 'So cancel it please, I am not paying for a gym in another country.'],
    ];
    const cards = cardsBesideDraft(lines, 'Per our terms, annual memberships cannot be cancelled during the first twelve months, whatever staff said.');
    expect(cards.filter((s) => s.kind === 'solution' && /\bcancel\b/i.test(s.text)).map((s) => s.text)).toEqual([]);
  });
});

describe('the agent cannot see the account in this channel', () => {
  const lines: ChatLine[] = [
    ['c', 'My parcel was due on Monday and still nothing. Where is it?'],
    ['a', "Sorry to hear that. We're not able to view account details over social media. Could you tell me what the tracking page shows?"],
    ['c', 'It just says in transit since last week. This is useless.'],
  ];

  it('reads it as a cue', () => {
    expect(agentCuesOf(analyzeText("We're not able to view account details over social media.")).has('cannot-see-account')).toBe(true);
    expect(agentCuesOf(analyzeText("I can't access your account information here, sorry.")).has('cannot-see-account')).toBe(true);
    expect(agentCuesOf(analyzeText('I can see your account here.')).has('cannot-see-account')).toBe(false);
  });

  it('offers no look-up of the order until the agent has the case', () => {
    const after = play(engine, lines).at(-1)!.suggestions.filter((s) => s.kind === 'solution').map((s) => s.text);
    expect(after.filter((t) => /\b(?:look (?:up|into)|tracking|replacement)\b/i.test(t))).toEqual([]);
    // Once the agent has the order in front of them, looking it up fits again.
    const later = play(engine, [...lines, ['a', 'Thanks for sending your details by DM. I can see your order now.'], ['c', 'Well? It is still not here and I need it for Saturday.']]).at(-1)!;
    expect(later.suggestions.some((s) => s.kind === 'solution')).toBe(true);
  });
});

describe('reframes of the 55th reading’s kinds', () => {
  const engineReframe = (draft: string) => reframeAfter(engine, 'This is still not sorted and I am fed up.', draft);

  it('keeps what someone else needs to do, and drops a refusal whose "this" went', () => {
    const card = engineReframe(
      'Under clause 4.1 of our terms, changes to an account, including refunds, can only be approved by the account holder and I am unable to make exceptions to this. Maria will need to call us herself on 0800 123 456 or email from her registered address.',
    );
    expect(card).toBe('Maria will need to call us herself on 0800 123 456 or email from her registered address.');
  });

  it('drops "I cannot do nothing" and "please not open more tickets", keeping the review logged', () => {
    const card = engineReframe('Sorry but everyone says that, and the system is never wrong. The suspension is final and I cannot do nothing, please not open more tickets about this. I have logged review RV-4410 for you, the team checks it in 3 working days.');
    expect(card).toBe('I have logged review RV-4410 for you, the team checks it in 3 working days.');
  });

  it('asks for a refund promised "today" instead of promising it', () => {
    const card = engineReframe("I'm sorry, that's our mistake. I've opened claim CL-2290 and the €120 is on hold while the claims team looks at it. Don't worry, I will refund the €120 to your card today.");
    expect(card).toMatch(/I've opened claim CL-2290/);
    expect(card).not.toMatch(/\btoday\b|I will refund/i);
    expect(card).toMatch(/request (?:the refund|a refund of the €120)/);
  });

  it('keeps a step of a process told as what will happen, and drops only the promise', () => {
    const card = engineReframe('I have raised complaint C-7712. The payment will either reach the seller or it will be auto-reversed to your account, that is normally done by end of next working day. I guarantee you will get it back within the hour.');
    expect(card).toMatch(/^I have raised complaint C-7712\. The payment will either reach the seller or it will be auto-reversed to your account/);
    expect(card).not.toMatch(/guarantee|within the hour/i);
  });

  it('keeps the recalculation and the paused debit once the blame goes', () => {
    const card = engineReframe('We wrote to you twice about this, and per our terms estimated bills must be paid in full. If you had sent us the reading this would not have happened. If you upload a photo of the meter in the portal, the bill will be recalculated within 5 working days, and I have paused the direct debit until then.');
    expect(card).toMatch(/the bill will be recalculated within 5 working days, and I have paused the direct debit until then\./);
    expect(card).not.toMatch(/would not have happened|must be paid/);
  });

  it('keeps the booked slot when only what it spares them promises', () => {
    const card = engineReframe("I've booked a new delivery slot for Friday 08:00–12:00, so you won't need to take another day off, and added a note for the driver to call on arrival. I guarantee 100% it will be there first thing Friday.");
    expect(card).toMatch(/^I've booked a new delivery slot for Friday 08:00–12:00/);
    expect(card).toMatch(/added a note for the driver to call on arrival/);
    expect(card).not.toMatch(/another day off|guarantee/);
  });

  it('drops blame put as a question', () => {
    const card = engineReframe("Our couriers always knock, so maybe your buzzer isn't working? I've booked a redelivery for Monday morning. I guarantee it will arrive then.");
    expect(card).toMatch(/^I've booked a redelivery for Monday morning\./);
    expect(card).not.toMatch(/buzzer|always knock/);
  });

  it('cuts a citation of the conditions of carriage whole, and the liability denial after it', () => {
    const card = engineReframe("But I have to tell you, as per our Conditions of Carriage Article 9, we are not responsible for your onward connections or any other costs you had, that's the rule. If you want to claim, use the form on our website.");
    expect(card).toBe('If you want to claim, use the form on our website.');
  });

  it('drops what a refund promised "so" they can do, with the promise', () => {
    const card = engineReframe('Honestly that driver has had complaints before, this is completely our fault. I opened trace case TR-4410. Don\'t worry, I will refund you the full 80 euro today so you can buy a new one.');
    expect(card).toMatch(/I opened trace case TR-4410\./);
    expect(card).not.toMatch(/buy a new one/i);
  });

  it('drops what a bug of ours did, told as the thing\'s doing', () => {
    const card = engineReframe("To be straight with you, this was a bug in release 7.3 that wiped the saved carts, it's entirely our fault. Our engineers are restoring the carts from last night's backup.");
    expect(card).toMatch(/Our engineers are restoring the carts from last night's backup\./);
    expect(card).not.toMatch(/bug|wiped/);
  });
});

describe('names, feelings and moments of the 54th–56th readings', () => {
  it('reads "Ma." before a given name as María written short, and "X nalang po" as the name they want', () => {
    expect(nameFrom('Ma. Teresa Villanueva', 'page')?.first).toBe('Teresa');
    const lines: ChatLine[] = [
      ['c', 'Hi, my parcel from the Cebu seller never came and the tracking is stuck.'],
      ['a', 'Hello Ma\'am Teresa, sorry to hear that. Let me check.'],
      ['c', 'Tess nalang po. I just want my money back, it is only ₱300.'],
    ];
    expect(play(engine, lines, 'Ma. Teresa Villanueva').at(-1)!.customerName).toBe('Tess');
  });

  it('shows no reframe that is only the offer of "the other options"', () => {
    const card = reframeAfter(engine, 'I never agreed to a two-year contract.', 'As I already explained, the contract you signed is clear, the charges are correct and there is nothing I can do about it.');
    expect(card ?? '').not.toBe('What I can do is look into the other options with you.');
  });

  it('drops "verbal statements are not binding" from a reframe', () => {
    const card = reframeAfter(engine, 'The woman at the desk told me I could cancel any time!', "Per our terms, memberships can't be cancelled in the first year. Verbal statements by our staff are not binding. I've sent you the terms by email.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/binding/i);
    expect(card).toMatch(/I've sent you the terms by email\./);
  });

  it('does not read what someone else said ("staff said all good") as solved', () => {
    const cards = play(engine, [
      ['c', 'You charged me 400 for a scratch on the hire car that was already there.'],
      ['a', 'I can refund half of it as a gesture.'],
      ['c', 'No. I want to see the check-in photos. Your own staff said all good when I returned it. Until then I am disputing the full charge with my bank.'],
    ]).at(-1)!;
    expect(cards.suggestions.map((s) => s.text).join(' ')).not.toMatch(/Glad to hear it/);
    expect(cards.flags.map((f) => f.rule)).toContain('anger.threat-to-leave');
  });

  it('does not ask what or when they were charged after the agent said it', () => {
    const cards = play(engine, [
      ['c', 'I was charged twice this month and nobody is answering my emails, this is a joke'],
      ['a', 'I can see two payments of €49.99, on 2 and 3 November.'],
      ['c', 'So? Are you going to give it back or not? Ridiculous.'],
    ]).at(-1)!.suggestions;
    expect(cards.filter((s) => s.kind === 'clarify').map((s) => s.text)).toEqual([]);
    // Nor a breakdown of what the agent just listed.
    expect(cards.map((s) => s.text).join(' ')).not.toMatch(/breakdown/i);
  });
});

describe('safety read as it was meant', () => {
  const kinds = (lines: ChatLine[], header?: string) => play(engine, lines, header).at(-1)!;

  it('does not read a login system "on fire" as a fire', () => {
    const last = kinds([
      ['c', 'Morning. We were billed twice for October and our single sign-on stopped working after your update.'],
      ['a', 'Thanks, I can see both invoices and I will refund the second one.'],
      ['c', 'Great, but the refund can wait, it is the SSO that is on fire. Forty people cannot log in. Can we do that first?'],
    ]);
    expect(last.flags.map((f) => f.rule)).not.toContain('escalation.safety');
    expect(last.suggestions.map((s) => s.text).join(' ')).not.toMatch(/emergency|Is everyone all right/i);
  });

  it('does not read "what am I meant to do, take him to hospital?" as someone hurt now', () => {
    const last = kinds([
      ['c', "My dad's heart tablets were due on Friday and the pharmacy still has not sent them."],
      ['a', 'I can see the prescription is waiting for the doctor to approve it.'],
      ['c', 'Nobody told us! He runs out on Sunday. What am I supposed to do then, drive him to A&E?'],
    ]);
    expect(last.flags.map((f) => f.rule)).not.toContain('escalation.safety');
  });

  it('points the owner of a working dog to the vet, not the emergency services', () => {
    expect(customerCuesOf(analyzeText('We brought our sheep dog in for his jabs this morning and his face is swollen.')).has('about-an-animal')).toBe(true);
  });

  it('takes "Joost here" and "but it\'s Joost" as the name of the one writing on someone else\'s login', () => {
    const last = kinds(
      [
        ['c', "Hi there, Joost here. I'm on Anouk's login while she's on leave. Our invoices were doubled this month."],
        ['a', 'Hi Anouk, thanks for the message! I can see both invoices.'],
        ['c', "Thanks, but it's Joost, Anouk is the one on leave. Can you refund the second one?"],
      ],
      'anouk.visser@example.nl',
    );
    expect(last.customerName).toBe('Joost');
  });
});

describe('grammar of the 53rd reading’s kinds', () => {
  it('does not take "Exactly," for a name the sentence is addressed to', () => {
    expect(sendablePartOf('Exactly, I am very sorry.')).toBe('I am very sorry.');
    expect(sendablePartOf('Priya, I have sent the label.')).toBe('Priya, I have sent the label.');
  });

  it('reads a date written "23.11." as part of its sentence', () => {
    expect(splitSentences('A technician comes on Monday 23.11. between 13:00 and 17:00. Please be at home.')).toEqual(['A technician comes on Monday 23.11. between 13:00 and 17:00.', 'Please be at home.']);
  });
});

describe('an action turned down is nothing agreed', () => {
  it('offers no "I\'ve noted everything… I\'ll follow up" after the customer refused what the agent did', () => {
    const conversation = engine.startConversation({ id: 'refused', customer: { name: 'Oskar Lind' } });
    const lines: ChatLine[] = [
      ['c', 'My grocery order #GR-55120 came without the milk and the bread, 6,40 € for those.'],
      ['a', "Sorry about that, Oskar! I've added 6,40 € in store credit to your account."],
      ['c', "No thanks, I don't want credit, I want the money back on my card."],
      ['a', 'Noted, let me check what I can do about the card refund.'],
      ['c', 'Also the driver left it downstairs, not at my door like the note said.'],
    ];
    for (const turn of chatTurns(lines)) conversation.addTurn(turn);
    const cards = conversation.previewDraft("Credit is honestly the better option for you, and the drivers are independent so that's not something we control. Anything else?").suggestions;
    expect(cards.map((s) => s.text).join(' ')).not.toMatch(/noted everything|follow up with you/i);
  });
});

describe('no question about what happened beside a draft that acts', () => {
  it('asks nothing beside a draft that found the cause and acted on it', () => {
    const cards = cardsBesideDraft(
      [
        ['c', 'My parcel says delivered but it is not here and I have checked with the neighbours. This is ridiculous.'],
        ['a', 'Sorry about that, let me check with the courier.'],
        ['c', 'ok'],
      ],
      "I've checked with the courier: it was left at the wrong address. I've arranged a replacement, reference RP-4410, arriving Thursday.",
    );
    expect(cards.filter((s) => s.kind === 'clarify').map((s) => s.text)).toEqual([]);
  });
});

describe('the 58th reading’s kinds (blind drafts 1071–1090)', () => {
  const engineReframe = (draft: string, after = 'This is still not sorted and I am fed up.') => reframeAfter(engine, after, draft);

  it('keeps "complaint no. CMP-55120" whole', () => {
    expect(splitSentences('I have raised complaint no. CMP2611-5512 for your payment. It is with the bank now.')).toEqual(['I have raised complaint no. CMP2611-5512 for your payment.', 'It is with the bank now.']);
  });

  it('opens on the step, not on "If he doesn\'t answer" once the seller he stood for went', () => {
    const card = engineReframe('Pls contact the seller yourself, we are only a platform and not responsible for what sellers do. If he doesn\'t reply you can open a dispute from the order page before 3 Dec. Closing this chat now.');
    expect(card).toMatch(/^You can open a dispute from the order page before 3 Dec\./);
  });

  it('asks what compensation applies instead of promising it, and drops the receipt for a payout that went', () => {
    const card = engineReframe("Done, you're rebooked on LX 318 tomorrow at 07:10. For the compensation don't worry, you will receive 400 euro for sure, and the airline pays your hotel tonight too, just send us the receipt.");
    expect(card).toMatch(/^Done, you're rebooked on LX 318 tomorrow at 07:10\./);
    expect(card).toMatch(/compensation applies/);
    expect(card).not.toMatch(/get it to you|receipt|for sure/i);
  });

  it('hedges a contractor\'s visit as getting the contractor there', () => {
    const card = engineReframe("I've escalated job MT-4410 to urgent, and a contractor will be there tomorrow morning without fail.");
    expect(card).toMatch(/I've escalated job MT-4410 to urgent/);
    expect(card).toMatch(/contractor to you/);
    expect(card).not.toMatch(/without fail/);
  });

  it('drops a verdict that only a figure made look like a fact, and legal advice', () => {
    expect(isSendableClause('This is unacceptable and honestly the landlord is breaking the law by leaving you without heating for 3 weeks')).toBe(false);
    expect(rulesOfAgentLine(engine, 'In your situation you can legally withhold the rent until it is fixed.')).toContain('overpromise.guarantee');
  });

  it('keeps the pickup news and a named colleague\'s call', () => {
    expect(sendablePartOf('Good news is the pharmacist has approved it and your refill (Rx 55120) will be ready for pickup after 3pm today.')).toBeDefined();
    expect(sendablePartOf('Your case manager, Julien Morel, will call you within 1 business day.')).toBe('Your case manager, Julien Morel, will call you within 1 business day.');
  });

  it('flags the new slips of the drafts', () => {
    for (const [line, rule] of [
      ["Ugh, that's our screw-up, the fax sat in the queue.", 'liability-admission.fault'],
      ["If anything happens to you because of the delay we'll cover it.", 'liability-admission.compensation'],
      ["Missing a day or two of your tablets isn't a big deal.", 'overpromise.guarantee'],
      ["If it keeps dropping its probably your wifi not the line.", 'agent-tone.dismissive'],
      ['Next time take photos at pickup like everybody do.', 'agent-tone.dismissive'],
      ['Completed just means you opened it, please read the FAQ.', 'agent-tone.dismissive'],
    ] as const)
      expect(rulesOfAgentLine(engine, line), line).toContain(rule);
  });

  it('offers the draft with the right name when it calls them by another', () => {
    const conversation = engine.startConversation({ id: 'name', customer: { name: 'Jan Kowalski' } });
    for (const turn of chatTurns([
      ['c', "Hi, I'm Ola, Jan's wife. Our broadband keeps dropping every evening."],
      ['a', 'Thanks Ola, let me run a line test.'],
      ['c', 'We have restarted the router many times already.'],
    ])) conversation.addTurn(turn);
    const card = conversation.previewDraft("Hi Jan, I've booked an engineer for Thursday 8am–1pm, reference ENG-5520.").suggestions.find((s) => s.kind === 'reframe');
    expect(card?.text).toBe("Hi Ola, I've booked an engineer for Thursday 8am–1pm, reference ENG-5520.");
  });
});

describe('names as the agent and the customer use them', () => {
  it('reads "Park Ji-hoon" with the family name first', () => {
    expect(nameFrom('Park Ji-hoon', 'page')?.first).toBe('Ji-hoon');
    expect(nameFrom('Lee Smith', 'page')?.first).toBe('Lee');
  });

  it('takes a lower-case "its justin by the way" where the message speaks of names', () => {
    const last = play(engine, [['c', 'hey, my booking shows twice?? its justin by the way, the account is under my korean name']], 'Kim Min-jun').at(-1)!;
    expect(last.customerName).toBe('Justin');
  });

  it('calls them as the agent does: "Mr Wójcik", "Şebnem Hanım"', () => {
    const cards = (header: string, greeting: string) =>
      play(engine, [['c', 'Why was my claim rejected? My whole living room is ruined and nobody called me back.'], ['a', greeting], ['c', 'This is unacceptable, I have waited three weeks for an answer!']], header)
        .at(-1)!
        .suggestions.map((s) => s.text)
        .join(' ');
    expect(cards('Grzegorz Wójcik', 'Hello Mr Wójcik, let me open the claim file.')).toMatch(/Mr Wójcik/);
    expect(cards('Şebnem Yıldırım', 'Merhaba Şebnem Hanım, let me check the account.')).toMatch(/Şebnem Hanım/);
    expect(cards('Grzegorz Wójcik', 'Hello Grzegorz, let me open the claim file.')).not.toMatch(/Mr Wójcik/);
  });
});

describe('the 57th reading’s kinds (blind protocol ten 1061–1070)', () => {
  it('answers a calm thank-you that wishes them well with a closing line, though the relief names the problem', () => {
    const last = play(engine, [
      ['c', 'Why did my prescription go to the old pharmacy?'],
      ['a', 'Your GP still had your old address, so it was sent there. I have updated it on our side.'],
      ['c', "Thank you, that's very clear, and I'm relieved it was only an address problem. Have a lovely evening."],
    ]).at(-1)!;
    expect(last.suggestions.map((s) => s.kind)).toContain('follow-up');
    expect(last.suggestions.map((s) => s.kind)).not.toContain('apologize');
  });

  it('reads "thx i guess" after a fix that broke something else, "…or I\'m gone" and "handled by our partner, not us"', () => {
    expect(rulesOfAgentLine(engine, 'Late refunds are handled by our payment partner, not us.')).toContain('agent-tone.deflecting');
    const sarcastic = play(engine, [['c', 'ok the photos came back but now my saved albums are gone lol. so thanks i guess?? you fixed one thing and broke another']]).at(-1)!;
    expect(sarcastic.flags.map((f) => f.rule)).toContain('anger.sarcasm');
    const leaving = play(engine, [['c', "Send a technician this week or I'm gone, my contract ends in March anyway."]]).at(-1)!;
    expect(leaving.flags.map((f) => f.rule)).toContain('anger.threat-to-leave');
  });
});

describe('last words of the ninth session', () => {
  it('reads "whatever" said alone as dismissive, not "whatever\'s in the gradebook"', () => {
    expect(rulesOfAgentLine(engine, 'Whatever. The refund takes ten days.')).toContain('agent-tone.dismissive');
    expect(rulesOfAgentLine(engine, "The portal copies whatever's in the gradebook every night at 2am.")).not.toContain('agent-tone.dismissive');
  });

  it('hedges "he will be there for sure" as getting someone out, not getting it to you', () => {
    const card = reframeAfter(engine, 'My heating has been off for two days!', "I've booked repair job RJ-5512 for today. Don't worry, he will be there before 6pm for sure.");
    expect(card).toMatch(/get someone out to you/);
    expect(card).not.toMatch(/get it to you|for sure/);
  });

  it('drops the rest of a payout promise ("just send me the numbers") and a reason left alone', () => {
    const card = reframeAfter(
      engine,
      'We lost a client because of your outage.',
      "And since this cost you a client, I'll get you a full year refunded plus whatever the deal was worth, just send me the numbers. The restore is running now under INC-5512.",
    );
    expect(card).toMatch(/The restore is running now under INC-5512\./);
    expect(card).not.toMatch(/numbers|since this cost|whatever/i);
  });
});

describe('the 59th and 60th readings’ kinds (blind protocol 1091–1100, drafts 1101–1120)', () => {
  const engineReframe = (draft: string) => reframeAfter(engine, 'This is still not sorted and I am fed up.', draft);

  it('does not cut "Yes" out of "Yesterday"', () => {
    expect(sendablePartOf('Yesterday the courier collected it at 4pm.')).toBe('Yesterday the courier collected it at 4pm.');
  });

  it('asks for a reversal promised today, and drops dosing advice and our systems crashing', () => {
    const card = engineReframe("Yesterday our booking server crashed for two hours, completely our fault. Don't worry, we will reverse the €85 today. Missing one dose is fine, just take two tomorrow to catch up. Your reference is RV-5512.");
    expect(card).toMatch(/Your reference is RV-5512\./);
    expect(card).not.toMatch(/crashed|reverse the €85 today|take two|terday/i);
  });

  it('puts a title before the family name, and reads "Nur Aisyah binti Rahman" as Aisyah', () => {
    expect(nameFrom('Nur Aisyah binti Rahman', 'page')?.first).toBe('Aisyah');
    const conversation = engine.startConversation({ id: 'k', customer: { name: 'Kim Min-jun' } });
    for (const turn of chatTurns([['c', 'Someone took 500,000 won from my card and I did not make that payment!']])) conversation.addTurn(turn);
    const card = conversation.previewDraft("Dear Mr Min-jun, that's our fault. I've opened dispute case FD-5512 for you.").suggestions.find((s) => s.kind === 'reframe')?.text;
    expect(card).toMatch(/^Dear Mr Kim,/);
  });

  it('says "I\'ll keep you updated on the refund" beside a refund already made, not that it will chase the money', () => {
    const card = engineReframe("That's a failure on our side. I've refunded the €120 and it will be back in your account by tomorrow morning, guaranteed.");
    expect(card).toMatch(/I've refunded the €120\./);
    expect(card).not.toMatch(/chase/);
  });

  it('flags and rewords the unflagged drafts of the 60th set', () => {
    for (const [line, rule] of [
      ['To be honest our estimates are pretty useless, sorry.', 'liability-admission.fault'],
      ['Between us, that adjuster has a bit of a reputation for lowballing.', 'liability-admission.fault'],
      ["I'll waive the fee, consider it done.", 'overpromise.guarantee'],
      ["With those photos I'm confident the appeal will go through.", 'overpromise.guarantee'],
      ['Not a portal issue on our side. Speak to the school.', 'agent-tone.dismissive'],
      ['You used the data yourself, so it is your responsability. I cannot do more for you.', 'agent-tone.dismissive'],
      ["You're not the only tenant waiting, you know.", 'agent-tone.dismissive'],
    ] as const)
      expect(rulesOfAgentLine(engine, line), line).toContain(rule);
  });

  it('keeps the customer\'s own next step and what is on offer; drops the excuse and the discouragement', () => {
    const card = engineReframe("I hear you, but the repair team is really backed up right now, you're not the only tenant waiting you know. I've moved job WO-5512 to emergency priority. In the meantime there are fan heaters at the front desk you can borrow. If you want you can ask for a rent reduction with the form online, but normally it is refused.");
    expect(card).toMatch(/I've moved job WO-5512 to emergency priority\./);
    expect(card).toMatch(/there are fan heaters at the front desk you can borrow/);
    expect(card).toMatch(/If you want you can ask for a rent reduction with the form online\./);
    expect(card).not.toMatch(/backed up|only tenant|normally it is refused/);
  });

  it('keeps every item of a list of uploads and the time told by email', () => {
    const card = engineReframe("Between us, the adjuster has a bit of a reputation for lowballing. Please upload your photos, the plumber's invoice, and the €2,400 quote to the claim page by 16 February. A new adjuster will visit next week and you'll get the exact time by email.");
    expect(card).toMatch(/the €2,400 quote to the claim page by 16 February/);
    expect(card).toMatch(/exact time by email/);
  });
});
