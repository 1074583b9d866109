// A reframe never hands back what its draft was flagged for in other words: a concession told as
// "down to us" or "somebody here keyed it in wrong", an outcome stated plainly after the promise
// word went, a wall's residue ("the decision was made", "there isn't anything I can do"), or a
// sentence a rewrite spliced into another. Drafts written for these kinds, not taken from graded chats.
import { describe, expect, it } from 'vitest';
import { stillBlames, stillConcedes, stillPromises, stillWalls } from '../../src/engine/suggestions/residualRisk';
import { bundledEngine, reframeAfter } from '../helpers/engine';
import { grammarProblems } from '../helpers/grammarChecks';

const engine = bundledEngine();

const reframeOf = (draft: string) => reframeAfter(engine, "My new fridge was delivered to the wrong flat and nobody will tell me where it is now. I'm furious.", draft);

describe('what a kept sentence may still say', () => {
  it.each([
    'That one is down to us.',
    'It happened because of our system.',
    'Somebody in our team keyed the flat number in wrong.',
    'One of our drivers left it at number 12.',
    'Nobody here spotted the mistake.',
    'Our billing system charged it twice.',
    'We forgot to send the confirmation.',
    // Our people told by where they work, and what of ours was not done properly.
    'Apparently the team at the Bristol branch never checked the serial number.',
    'It seems the cashiers there failed to take the security tag off.',
    'The advisor you spoke to yesterday forgot to cancel the direct debit.',
    'Our fitters should have sealed the window frame.',
    "The meter reading wasn't recorded properly.",
    'Our night porter overlooked the parcel note.',
    "Our courier partner didn't seal the crate properly.",
    // A fault of ours told as known, with others hit too.
    'The parking barrier at the east exit was charging drivers twice for most of Saturday.',
    'Our online checkout kept timing out for customers over the bank holiday.',
    "We've been getting a lot of complaints about the same thing.",
    "I'm afraid you aren't the first person to tell us, and you're not the only one.",
    'Several other guests have reported the same problem with the key cards.',
    // Lost in our own hands.
    'Your claim form was sitting in a colleague\'s inbox for three weeks.',
    'No one followed it up after the first call.',
  ])('concedes: %s', (sentence) => expect(stillConcedes(sentence)).toBe(true));

  it.each([
    'You can count on us to sort it.',
    'The warehouse sent the wrong item.',
    "I've checked on our side and the refund is on its way.",
    'We sent you an email with the tracking link.',
    // The customer's side and parties not ours.
    "Your landlord didn't pass the letter on.",
    'The seller on the marketplace failed to post it.',
    "You didn't enter the code properly.",
    'The staff at the Leeds store checked your receipt.',
    "Our records didn't show a second payment.",
    'The card reader at the front desk is working again and customers are paying normally.',
    'Other customers have been ordering the same model without trouble.',
    'Our app was down for maintenance between 2 and 3am.',
  ])('does not concede: %s', (sentence) => expect(stillConcedes(sentence)).toBe(false));

  it.each([
    "You didn't set the router up properly.",
    'You never read the instructions carefully.',
    // Whose job it was, that it was avoidable, advice for next time, their details or their side as the cause.
    "Keeping the password safe was the subscriber's responsibility.",
    "It is the cardholder's job to report a lost card, so all of this could have been prevented.",
    "You may want to read the size guide in future.",
    'Going forward, please double-check the collection date.',
    'In fairness, your booking reference was missing a digit as well.',
    'The email address you entered at checkout had a typo in it and was invalid.',
    "The outage was triggered by your own network change.",
    "Your building's electrician wiped the meter settings.",
    "The club can't be held responsible for you not turning up to classes.",
    'Restarting the router was never going to fix a line fault.',
  ])('blames: %s', (sentence) => expect(stillBlames(sentence)).toBe(true));
  it.each([
    "I didn't set the date properly, sorry.",
    'The form was filled in correctly.',
    "It's up to you whether we send a new one or refund it.",
    'Your request created ticket 4471 and an engineer is assigned.',
    "Next time you order, the code WELCOME5 takes 5% off.",
    'Your bank blocked the payment, so I have sent a new link.',
  ])('does not blame: %s', (sentence) => expect(stillBlames(sentence)).toBe(false));

  it.each(['Your fridge will arrive on Thursday.', "You'll have it back by the weekend.", 'Rest assured, it is on its way.', 'It will definitely be there.', "After this visit you won't have any more outages."])('promises: %s', (sentence) =>
    expect(stillPromises(sentence)).toBe(true),
  );

  it.each(["I'll chase the courier now and keep you updated.", 'I can check the delivery notes for you.'])('does not promise: %s', (sentence) =>
    expect(stillPromises(sentence)).toBe(false),
  );

  it.each([
    'The decision was made by the underwriters.',
    "There isn't anything more I'm able to do.",
    'That was in the terms you agreed to.',
    "My hands are tied.",
    "The claim is closed so I'm afraid Let me see what I can do.",
    // What the customer leans on, ruled out; one remedy and no more.
    'Your price match promise does not extend to marketplace sellers.',
    "The extended guarantee won't apply here.",
    'A rebooking is the only option, regardless.',
    'The only remedy available is a partial credit.',
    "That's the most we're able to offer.",
  ])('walls or is spliced: %s', (sentence) => expect(stillWalls(sentence)).toBe(true));

  it.each([
    "Sorry, I'm not able to refund the deposit.",
    "Unfortunately, I'm not able to collect it before Friday.",
    'Let me see what I can do.',
    'The warranty covers the screen and the battery.',
    "The extended warranty won't cover water damage.",
    'A rebooking is one option, and a refund is another.',
  ])('is no wall: %s', (sentence) =>
    expect(stillWalls(sentence)).toBe(false),
  );
});

describe('a reframe of a draft flagged for an admission, a promise or a wall', () => {
  it('drops the concession told in other words and keeps the apology', () => {
    const card = reframeOf("Honestly that one is down to us. Somebody in our team keyed the flat number in wrong and nobody spotted it, that's our mistake.");
    expect(card).toBeDefined();
    expect(card).toMatch(/sorry/i);
    expect(card).not.toMatch(/down to us|keyed|nobody spotted|mistake/i);
    expect(grammarProblems(card!)).toEqual([]);
  });

  it('drops an outcome stated plainly after the promise went', () => {
    const card = reframeOf("I promise I'll find it today. Your fridge will be with you tomorrow morning, guaranteed.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/promise|guarantee|will be with you/i);
    expect(grammarProblems(card!)).toEqual([]);
  });

  it('says a second hedge once, not twice', () => {
    const card = reframeOf("I guarantee the refund will be back on your card by Friday, and I promise the fridge will be with you on Monday.");
    expect(card).toBeDefined();
    expect(card!.match(/I'll also do my best/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('drops the wall after a refusal and keeps the refusal once', () => {
    const card = reframeOf("Unfortunately delivery fees can't be refunded once the order has shipped, so there isn't anything I'm able to do on this one.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/isn't anything|nothing/i);
    expect(card).toMatch(/not able to refund/i);
    expect(grammarProblems(card!)).toEqual([]);
  });

  it('leaves out "Don\'t worry", keeping the name after it', () => {
    const card = reframeOf("Don't worry Sam, I promise your fridge will be there tomorrow.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/worry/i);
    expect(card).toMatch(/^Sam, /);
  });

  it("drops a colleague's slip and 'down to us', keeping the apology", () => {
    const card = reframeOf("Going by the photos the fitter cut the wrong pipe and never put it back, so yeah it's down to us, he messed up.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/messed up|never put it back|down to us/i);
    expect(card).toMatch(/sorry/i);
  });

  it("drops promises in other words ('no problem', 'I'll personally make sure')", () => {
    const card = reframeOf("Yes Tuesday is no problem! I promise it will be there, I'll personally make sure the van turns up this time.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/no problem|personally make sure|promise/i);
  });

  it("leaves out 'Per policy' before the refusal", () => {
    const card = reframeOf("Per policy we don't refund delivery fees. There's nothing I can do.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/per policy/i);
  });

  it('drops a payout for medical bills and "anything else", and blame about a moment gone', () => {
    const payout = reframeOf("That's completely our fault. We'll of course pay for the doctor and anything else, just send me the bills.");
    expect(payout).toBeDefined();
    expect(payout).not.toMatch(/pay for the doctor|anything else/i);
    const blame = reframeOf("Like I said, the policy is 14 days and it's clearly stated in the terms you agreed to. You should have sent it back before you went away. There's nothing I can do.");
    expect(blame).toBeDefined();
    expect(blame).not.toMatch(/should have|before you went|going forward|and it's\./i);
  });

  it("drops what of ours fell short and a reassurance that promises", () => {
    const shortfall = reframeOf("Honestly that's on us, our packaging clearly wasn't good enough for a fridge. I'll book a collection now.");
    expect(shortfall).toBeDefined();
    expect(shortfall).not.toMatch(/good enough|on us/i);
    expect(shortfall).toMatch(/collection/);
    const reassured = reframeOf("Yes, I promise it will be there tomorrow, so there's no need to book another engineer.");
    expect(reassured).toBeDefined();
    expect(reassured).not.toMatch(/^Yes|no need to book|promise/i);
  });

  it("drops a team's slip and a chatty 'Yeah so' before what is left", () => {
    const card = reframeOf("Yeah so I checked and that's on us, the delivery team clearly didn't check the address, we messed up. I'll send a new one today.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/yeah|didn't check|messed up|on us/i);
    expect(card).toMatch(/new one/);
  });
});

