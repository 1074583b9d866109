// What the forty-fourth reading (hard chats 761–770, held out), the forty-fifth (twenty blind drafts
// 831–850, held out) and the sixteenth reading of restatements (openings 791–810, held out) found,
// as kinds, in our own words, after they were measured: admissions of a colleague's slip told in
// other words ("attached the fax to the wrong file", "did a sloppy job", "grabbed the wrong bin",
// "our system is a complete mess"), liability taken on, promises ("will surely", "fully back by
// 3pm", "never seen one declined", "he will come for sure"), blame ("this is what happens when you",
// "normally from not ventilating enough", "maybe double check … next time", "not much we can do"),
// "and is non-negotiable" taking its fact with it, a reframe opening on a stray mark or cut inside
// "500,000 VND", "As clearly stated in … (section 6.2)," left as "As your shop"; a shop named after
// its owner taken for a name; restatements of a name explained, of mail unanswered, of not being
// told, of camera evidence, of what they have not got with them, of a point added with "either".
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { calmerSentence } from '../../src/engine/suggestions/calmerTone';
import { notRestatableBecause } from '../../src/engine/suggestions/restatable';
import { restateProblem } from '../../src/engine/suggestions';
import { bundledEngine, reframeAfter, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('flags', () => {
  it.each([
    ['liability-admission.fault', 'Our pharmacy team attached the prescription to the wrong account.'],
    ['liability-admission.fault', 'If anything comes of this we will of course take full responsibility.'],
    ['liability-admission.fault', 'The surveyor did a sloppy job and missed the damage.'],
    ['liability-admission.fault', 'Honestly our booking system is a complete mess this week.'],
    ['liability-admission.fault', 'It seems our packer grabbed the wrong size.'],
    ['overpromise.guarantee', 'The team will surely restore your items today.'],
    ['overpromise.guarantee', 'Your site will be fully back by noon.'],
    ['overpromise.guarantee', "It'll be approved, I've never seen one declined."],
    ['overpromise.guarantee', 'This time the fitter will come for sure.'],
    ['agent-tone.dismissive', 'If you reuse passwords, this is what happens when you do that.'],
    ['agent-tone.dismissive', 'Damp like that is usually from not ventilating enough.'],
    ['agent-tone.dismissive', "The kitchen packs it, so there's not much we can do."],
  ])('%s: "%s"', (rule, draft) => {
    expect(rulesOfAgentLine(engine, draft)).toContain(rule);
  });
});

describe('reframes', () => {
  it('"and is non-negotiable" goes, the fact stays', () => {
    expect(calmerSentence('The early exit fee applies to all cancellations in the first year and is non-negotiable.')).toBe('The early exit fee applies to all cancellations in the first year.');
  });

  it('a citation is not cut inside a number', () => {
    expect(calmerSentence('Per T&C section 4.1 our liability for a parcel is max 250,000 VND.')).not.toMatch(/^000/);
  });

  it('"As clearly stated in …, " goes whole', () => {
    // (The sentence's capital is restored where the reframe is assembled.)
    expect(calmerSentence('As clearly stated in the Seller Terms you accepted when you opened your shop (section 6.2), tracking has to be uploaded to the order page.')).toBe(
      'tracking has to be uploaded to the order page.',
    );
  });

  it('never opens on a stray mark', () => {
    const card = reframeAfter(engine, 'Why am I charged for the scratch?', 'Ok. The damage check is done by the airport branch, so really this is between you and them. I opened dispute D-4410 for you.');
    expect(card).toBeDefined();
    expect(card).toMatch(/^\p{L}/u);
  });
});

describe('names', () => {
  it('a shop named after its owner is no name', () => {
    expect(nameFrom("Roisin's Ceramics", 'page')).toBeUndefined();
  });
});

describe('restatements', () => {
  it.each([
    ['a name explained', 'Kovács is the family name, you put it first in Hungary'],
    ['mail unanswered', 'you emailed the council on the 3rd and the 9th and got nothing back'],
    ['not being told', 'nothing in the upgrade page said old files would be locked'],
    ['camera evidence', 'your doorbell camera shows nobody came to the door all day'],
    ['what they have not got with them', 'you have no other card with you'],
    ['a point added with "either"', 'nobody checked the van with you at return either'],
  ])('%s is not said back: "%s"', (_why, problem) => {
    expect(notRestatableBecause(problem)).toBeDefined();
  });

  it('"since march" is said back with a capital', () => {
    expect(restateProblem('I have been waiting for this refund since march').problem).toMatch(/since March/);
  });
});
