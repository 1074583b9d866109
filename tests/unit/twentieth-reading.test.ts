// What the twentieth reading (hard chats 251–270: twenty chats ending on a flawed draft, written
// blind) found, as kinds, in our own words: drafts not flagged at all (an admission as a plain
// fact about our technician, "we should have tested it", "you'll get the full €300 back by Friday",
// "will definitely be delivered", "you'll have to contact the … department yourself. That's our
// policy.", "you shouldn't have…", "next time please…"), and reframes that kept our people's slip
// ("our delivery crew dropped it"), an amount promised by a time, a jab ("there's no need for the
// sarcasm, I'm doing my best here"), a lesson ("you should really check your inbox"), "That's our
// policy." and "I'm only first-line support", or left "About exports." behind a wall.
import { describe, expect, it } from 'vitest';
import { bundledEngine, draftAfter, reframeAfter } from '../helpers/engine';
import { expectReframeFixes } from '../helpers/reframeExpect';

const engine = bundledEngine();
const COMPLAINT = 'This is not acceptable and I want it sorted today.';

const flagsOf = (draft: string) => draftAfter(engine, COMPLAINT, draft).flags.map((f) => f.rule);

describe('drafts that needed a flag', () => {
  it.each([
    ['Our fitter clearly cracked the basin when he installed it.', 'liability-admission.fault'],
    ['We should have checked the address before we posted it.', 'liability-admission.fault'],
    ["Don't worry, you'll get the whole €450 back by Monday.", 'overpromise.guarantee'],
    ['Your replacement will definitely be delivered on Thursday morning.', 'overpromise.guarantee'],
    ["You'll have to contact the claims department yourself. That's our policy.", 'agent-tone.hiding-behind-policy'],
    ["You shouldn't have plugged it into a travel adaptor.", 'agent-tone.dismissive'],
    ['Next time please check the size guide before ordering.', 'agent-tone.dismissive'],
  ])('%s', (draft, rule) => expect(flagsOf(draft)).toContain(rule));
});

describe('a reframe removes', () => {
  it.each([
    ["Looking at the photos, our movers clearly dropped the mirror, that's on us. I've logged it as DMG-2210.", /movers|dropped|on us/i, /DMG-2210/],
    ['Our receptionist gave you the wrong date, that is completely on us. I have moved you to 3pm.', /receptionist|wrong date|on us/i, /3pm/],
    ['The insurer will definitely approve it and the full £1,200 will be in your account within 5 working days. Your claim is CLM-7781.', /full £1,200 will be|definitely/i, /CLM-7781/],
    ["There's no need for the sarcasm, I'm doing my best here. The engineer should arrive around 2pm.", /sarcasm|doing my best/i, /2pm/],
    ['We sent you three reminders, you should really check your inbox. I have restored your access for today.', /check your inbox/i, /restored your access/],
    ["As I already explained, the decision is final. That's our policy. Your documents are on file.", /That's our policy|already explained/i, /documents are on file/],
    ["I'm only first-line support, there's nothing I can do about refunds. You could try the online form.", /first-line|About refunds/i, /online form/],
  ])('%s', (draft, removed, kept) => expectReframeFixes(engine, COMPLAINT, draft, removed, kept));
});

describe('a reframe read at a glance', () => {
  it('drops what would have been, had the customer done otherwise', () => {
    const card = reframeAfter(engine, COMPLAINT, "If your buzzer was working or you'd waited in, you would have got it. The parcel is at the depot until Friday.");
    expect(card).toBeDefined();
    expect(card).not.toMatch(/would have got it|buzzer/);
    expect(card).toMatch(/depot until Friday/);
  });

  it('keeps under 300 characters by dropping its own general lines first', () => {
    const card = reframeAfter(
      engine,
      COMPLAINT,
      "I promise this will never happen again. I've asked the Camden clinic to see Bella first thing tomorrow at 8:15 under booking VB-22871, and the consultation fee is waived. If she gets worse tonight, the 24-hour clinic on Kentish Town Road is the closest and their number is on our website under emergencies.",
    );
    expect(card).toBeDefined();
    expect(card!.length).toBeLessThanOrEqual(300);
    expect(card).toMatch(/VB-22871/);
  });
});
