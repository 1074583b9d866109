// What a message says about the case (caseCues.ts) and which remedies and questions it makes moot
// (caseFit.ts). Whole chats showing each fix are data: tests/scenarios/cards-fit.json.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { agentCuesOf, customerCuesOf, factIsMoot, refusedActions, remedyIsMoot } from '../../src/engine/suggestions';
import { caseReadingOfLines } from '../helpers/caseReading';

const customer = (text: string) => customerCuesOf(analyzeText(text));
const agent = (text: string) => agentCuesOf(analyzeText(text));

const reading = caseReadingOfLines;

describe('customer cues', () => {
  it.each([
    ['I want the full €800 back', 'states-ask'],
    ['Can you please remove the late fee?', 'states-ask'],
    ["It's been sitting at the depot since Monday", 'knows-location'],
    ['Tracking says delivered but nothing is here', 'says-delivered'],
    ['I reinstalled it twice and tried app and website', 'tried-fixes'],
    ['Forget it, I give up', 'wants-nothing'],
    ['Get me a supervisor', 'wants-someone-else'],
    ["Honestly I don't really care anymore", 'wants-nothing'],
    ['Why did you get rid of the sleep timer? Bring it back', 'systemic'],
  ] as const)('"%s" reads %s', (text, cue) => {
    expect(customer(text).has(cue)).toBe(true);
  });

  it.each([
    ["I haven't received it yet", 'received'],
    ["I don't care about your policy, I want it fixed", 'wants-nothing'],
    ['Someone who can actually fix this, please', 'wants-someone-else'],
    ['The internet is down tonight again', 'urgent-now'],
    ['I need help with my order', 'states-ask'],
    ['I no longer have access to my account', 'systemic'],
    ['The refund was removed from my statement', 'systemic'],
  ] as const)('"%s" does not read %s', (text, cue) => {
    expect(customer(text).has(cue)).toBe(false);
  });
});

describe('agent cues', () => {
  it('reads a refusal by the agent, not by someone else', () => {
    expect([...refusedActions(analyzeText("I'm afraid we're unable to cancel it before the term ends."))]).toEqual(['cancel']);
    expect(refusedActions(analyzeText("Ask the seller; if the seller can't help, open a case.")).size).toBe(0);
  });

  it('reads tracking shared and a case found', () => {
    expect(agent('Your parcel is out for delivery today.').has('gave-tracking')).toBe(true);
    expect(agent("I've pulled up your account and can see the two payments.").has('has-case')).toBe(true);
  });
});

describe('remedies that no longer fit', () => {
  it('drops a look-up of the tracking once the agent shared it', () => {
    const c = reading(['Where is my order?'], ['The tracking shows it left the hub this morning.']);
    expect(remedyIsMoot('I can check where your parcel is and tell you what the tracking shows.', c)).toBe(true);
  });

  it('keeps it while nobody knows where the parcel is', () => {
    expect(remedyIsMoot('I can check where your parcel is and tell you what the tracking shows.', reading(['Where is my order?']))).toBe(false);
  });

  it('drops an offer to do what the agent just said cannot be done, in a team\'s own wording', () => {
    const c = reading(['Cancel my plan.'], ["Sorry, we can't cancel a plan in its first year."]);
    expect(remedyIsMoot('I will cancel the plan straight away.', c)).toBe(true);
    expect(remedyIsMoot('I can check whether a cheaper plan would suit you.', c)).toBe(false);
  });

  it('drops sending goods back for a fault in software', () => {
    expect(remedyIsMoot('I can arrange a replacement to be sent to you.', reading(['The app is broken since the update']))).toBe(true);
    expect(remedyIsMoot('I can arrange a replacement to be sent to you.', reading(['The kettle arrived broken']))).toBe(false);
  });

  it('no tracking or courier for what is not sent by post', () => {
    const gems = reading(['my son bought a coin pack in your game for 9,99 and the coins never came']);
    expect(remedyIsMoot('I can look up where your order is right now and share exactly what the tracking shows.', gems)).toBe(true);
    expect(remedyIsMoot('I can open an investigation with the courier and update you as soon as I hear back.', gems)).toBe(true);
    const parcel = reading(['the parcel with my new boots never came']);
    expect(remedyIsMoot('I can open an investigation with the courier and update you as soon as I hear back.', parcel)).toBe(false);
  });

  it('asks no device of someone facing an outage, and no email of an account the agent has open', () => {
    expect(factIsMoot('device', reading(['There is an outage in my area again']))).toBe(true);
    expect(factIsMoot('account-email', reading(['I cannot log in'], ["I've found your account."]))).toBe(true);
    expect(factIsMoot('account-email', reading(['I cannot log in']))).toBe(false);
  });
});
