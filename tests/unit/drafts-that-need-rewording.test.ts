// Session 12: three readers read the hard-chat drafts that got no reframe (bench/data/draft-needs-1)
// and the drafts of forty blind chats (draft-needs-2, -3). Most of the drafts they would stop were
// never flagged: fault, blame, promises and jabs in constructions the rule lists had not met. And a
// reframe that keeps a refusal read as cold (A/B graded, bench/data/card-reading-ab-1). These are
// those kinds, in our own words; each fails on the engine before this session.
import { describe, expect, it } from 'vitest';
import { reframeDraft } from '../../src/engine/suggestions';
import { withDraftSignOff } from '../../src/content/composerInsert';
import { bundledEngine, draftAfter, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();
const COMPLAINT = 'This has gone on for a week now and nobody is helping me.';
const rulesOf = (draft: string) => draftAfter(engine, COMPLAINT, draft).flags.map((f) => f.rule);
const reframeOf = (draft: string) => reframeAfter(engine, COMPLAINT, draft);

describe('drafts the readers would stop are flagged', () => {
  it.each([
    // Fault told as ours, or as a colleague's.
    ['Honestly the error is ours, not yours.', 'liability-admission.fault'],
    ['Our drivers messed up with your fridge, sorry.', 'liability-admission.fault'],
    ["That's on our pharmacist, she should have double-checked.", 'liability-admission.fault'],
    ["We're badly understaffed at the moment so it got missed.", 'liability-admission.fault'],
    // Blame put on someone else.
    ['Sorry, that one is on the restaurant, not us.', 'agent-tone.deflecting'],
    ['Looks like a typo on his end when he set it up.', 'agent-tone.deflecting'],
    ['Tbh they are hopeless, a chargeback would be faster.', 'agent-tone.deflecting'],
    ['I only handle deliveries, so you will need to ring the shop.', 'agent-tone.deflecting'],
    ["It's the card issuer you need to talk to.", 'agent-tone.deflecting'],
    ['That is not something we can fix from our end.', 'agent-tone.deflecting'],
    // A jab or a lesson.
    ["Well, that one's on you really.", 'agent-tone.dismissive'],
    ['You should probably have checked the date first.', 'agent-tone.dismissive'],
    ["Messaging us every hour won't make it arrive any faster.", 'agent-tone.dismissive'],
    ['As I explained, the code has expired.', 'agent-tone.dismissive'],
    ['Always read the listing before you bid.', 'agent-tone.dismissive'],
    // Policy as the whole answer.
    ['Sorry. It is policy.', 'agent-tone.hiding-behind-policy'],
    ['We cannot refund it per our ToS.', 'agent-tone.hiding-behind-policy'],
    // Promises of what others do, money or dates.
    ['The engineer will definitely sort it on Friday.', 'overpromise.guarantee'],
    ["I'll make sure a £20 credit is added to your next bill.", 'overpromise.guarantee'],
    ["I'll get the landlord to call round tonight.", 'overpromise.guarantee'],
    ['Your deposit will be refunded to your card tomorrow.', 'overpromise.guarantee'],
    ["I'll make sure the insurer approves it.", 'overpromise.guarantee'],
    ["We'll pay for whatever repairs it needs.", 'overpromise.guarantee'],
    ["You won't have to pay anything for this month.", 'overpromise.guarantee'],
  ])('%s', (draft, rule) => expect(rulesOf(draft)).toContain(rule));

  it.each([
    // What the agent controls, a hedge, a fact, or the agent's own slip owned: fine as written.
    ["You shouldn't have been charged for those seats, so I've raised a credit.", []],
    ['I only deal with new bookings, so let me bring in a colleague for the refund.', []],
    ["I'll call you back at 3pm with an update from the courier.", []],
    ['Refunds usually reach your card in 3 to 5 working days.', []],
  ])('%s is left alone', (draft) => {
    expect(rulesOf(draft).filter((r) => /^(?:overpromise|liability-admission|agent-tone)\./.test(r))).toEqual([]);
  });
});

describe('a reframe that still says no', () => {
  it('opens the no with an acknowledgement, after the greeting or the name', () => {
    expect(reframeDraft('As per our terms, we cannot refund opened software.')).toMatch(/^I know this isn't the answer you were hoping for\. /);
    const named = reframeDraft('Hi Dana, as per our policy, the deposit is non-refundable. There is nothing I can do.')!;
    expect(named).toMatch(/^Hi Dana, I know this isn't the answer you were hoping for\. /);
  });

  it('puts the acknowledgement before the rule that leads to the no', () => {
    const card = reframeDraft("As per our T&Cs, cancellations must be made in writing. Emails aren't an accepted method, so there's nothing I can do.")!;
    expect(card.indexOf("I know this isn't")).toBeLessThan(card.indexOf('Cancellations'));
  });

  it('takes back no "I understand, but" and says the wall once', () => {
    const card = reframeOf('I understand, but as per our policy refunds can only be made to the account holder. We are unable to make an exception.')!;
    expect(card).not.toMatch(/I understand, but|unable to make an exception/i);
    expect(card).toMatch(/I know this isn't the answer you were hoping for/);
  });

  it('gives news of what was given no acknowledgement of a no', () => {
    const card = reframeDraft('As per our policy, the refund of £20 was issued on Monday and we are unable to track it with your bank.');
    expect(card ?? '').not.toMatch(/hoping for/);
  });

  it('reads "I can only action what the holder asks" as the no, so no "let me see" stands before it', () => {
    const card = reframeOf("As per our policy I can only action requests from the account holder. There's nothing I can do, she will need to call us herself.")!;
    expect(card).not.toMatch(/let me see what i can do/i);
    expect(card).toMatch(/^I know this isn't the answer you were hoping for\. (?:Unfortunately )?I can only action requests from the account holder\./);
  });

  it('keeps the comma a citation closed', () => {
    expect(reframeOf("We can't move coins between accounts per our ToS, but you can spend them on the other one.")).toMatch(/accounts, but you can spend/);
  });

  it('offers no vague "other options" or "let me see" beside a step the customer can take', () => {
    const card = reframeOf("There's nothing I can do, it's against policy to transfer credit. You can use it on your next order though.")!;
    expect(card).not.toMatch(/other options|let me see what i can do/i);
    expect(card).toMatch(/You can use it on your next order/);
  });
});

describe('what a reframe no longer hands back', () => {
  it('an emoji', () => {
    expect(reframeOf("Honestly that one's on you 🙂 If the bank approves it the fee comes off automatically 😅.") ?? '').not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('a bare "Sir," or "Ma\'am,"', () => {
    expect(reframeOf("Ma'am, as I've already explained, I can't change the booking.")).not.toMatch(/ma'?am/i);
  });

  it('the "not yours" of a dropped admission, and the tail of a promised list', () => {
    const card = reframeOf("The shop sold the same room twice, and that failure is ours, not yours. We'll reimburse every taxi, every meal and anything else it costs you.")!;
    expect(card).not.toMatch(/not yours|every meal|anything else it costs/i);
  });

  it('a partner run down', () => {
    expect(reframeOf("The courier have been a nightmare all week. I'll guarantee it arrives Friday.") ?? '').not.toMatch(/nightmare/);
  });

  it('a pronoun whose person was cut, a quotation cut in two, and who let it slip', () => {
    const cut = reframeOf("Sorry, that's on us. Honestly it's my teammate Priya's: she set the wrong plan on your account. I've moved you back to the Basic plan.")!;
    expect(cut).not.toMatch(/\bshe\b|Priya/i);
    expect(cut).toMatch(/I've moved you back to the Basic plan\./);
    const quoted = reframeOf("Honestly that's on us. The file is flagged as 'needs a second check – hold payment' and half the team is off sick. I've asked for it to be released today.")!;
    expect(quoted).not.toMatch(/hold payment'|off sick/);
    expect(reframeOf("That's on us, engineering deprioritised the fix last month. I've put your account on the priority list.") ?? '').not.toMatch(/deprioriti/);
  });

  it('their own money promised back is chased, not offered as compensation', () => {
    const card = reframeOf("Don't worry, you will 100% get the €120 back, I promise. I've added your receipt to the booking.")!;
    expect(card).not.toMatch(/compensation|100%|promise/i);
    expect(card).toMatch(/money back/);
  });

  it('a decision "on claim X is final" said once, plainly', () => {
    const final = reframeOf('As per our terms the decision on claim CL-20931 is final. She can refer the matter to the ombudsman.')!;
    expect(final).not.toMatch(/is final/);
    expect(final).toMatch(/not able to change the decision/);
  });

  it('keeps a product name in capitals beside a Title Case word', () => {
    expect(reframeOf("That's our fault. In the admin area go to Security → SAML Settings and paste the new URL.") ?? '').toMatch(/SAML Settings/);
  });

  it("initials sign-offs on the card; Replace puts the draft's own back", () => {
    const draft = "That's our fault, sorry! We'll have it fixed by tonight, guaranteed ^KT";
    const card = reframeOf(draft)!;
    expect(card).not.toMatch(/\^KT/);
    expect(withDraftSignOff(card, draft)).toMatch(/ \^KT$/);
  });
});
