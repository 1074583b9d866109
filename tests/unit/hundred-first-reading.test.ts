// What the 101st reading's blind ten (hard chats 1781–1790) found, as kinds, in our own words: a
// short form put right with a title ("it's Emeka, not Mr Chukwuemeka") not taken; the one writing
// for her husband's account ("this is nour btw, the account is my husband's") called by his name;
// "honestly you're right" kept before a dropped admission, the fault in "has got this wrong" and a
// colleague "rushing all his visits" not read, and "we pay the full £14,200 for the roof" not read
// as a payout; the customer called "the customer" in a reframe; "could have been avoided on your
// side" not read as blame.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, reframeAfterChat, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('"it\'s Emeka, not Mr Chukwuemeka" is Emeka', () => {
    const c = engine.startConversation({ id: 'n', customer: { name: 'Oluwaseun Adeyemi' } });
    c.addTurn({ speaker: 'customer', text: 'You charged me twice for the same booking.' });
    c.addTurn({ speaker: 'agent', text: 'I am sorry about that, Mr Oluwaseun. Let me check.' });
    c.addTurn({ speaker: 'customer', text: "And it's Seun, not Mr Oluwaseun. Just refund it." });
    expect(c.customerName()).toBe('Seun');
  });

  it('"this is nour btw, the account is my husband\'s" is Nour, not the header\'s name', () => {
    const apology = cardsAfter(engine, [['c', "hi, our parcel never came and it was due monday!! this is lina btw, the account is my husband's"]], 'Omar Haddad').find((c) => c.kind === 'apologize')?.text ?? '';
    expect(apology).toMatch(/Lina/);
    expect(apology).not.toMatch(/Omar/);
  });
});

describe('a reframe of an admission and a payout', () => {
  const CLAIM: Parameters<typeof reframeAfterChat>[1] = [
    ['c', 'Claim ref HC-1182-0093. Your letter says you will only pay for the rug, not the kitchen ceiling. The leak came from the flat above on the 3rd.'],
    ['c', "If this isn't sorted I'm going to the ombudsman."],
  ];

  it('drops "you\'re right" with the fault, and puts the costs on the claim', () => {
    const reframe = reframeAfterChat(engine, CLAIM, "I completely understand Hana and honestly you're right, the assessor has got this wrong. I'll make sure we pay the full £6,300 for the kitchen ceiling.");
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/you're right|got this wrong|£6,300/);
    expect(reframe).toMatch(/claim/);
  });

  it('reads a colleague rushing his visits as fault', () => {
    expect(rulesOfAgentLine(engine, "Between us, he's been cutting corners on all his inspections lately.")).toContain('liability-admission.fault');
  });
});

describe('the customer, in the second person', () => {
  it('a reframe says "you", not "the customer"', () => {
    const reframe = reframeAfterChat(
      engine,
      [['c', 'You are billing me for a scratch that was there when I collected the car! I sent you my photos.']],
      'Photos taken by the customer are not accepted as evidence. If you had read your contract you would know this.',
    );
    expect(reframe ?? '').not.toMatch(/the customer/);
  });
});

describe('blame', () => {
  it('"could have been avoided on your side"', () => {
    expect(rulesOfAgentLine(engine, 'It is always best to check the sizes first, so this could have been avoided on your side.')).toContain('agent-tone.dismissive');
  });
});
