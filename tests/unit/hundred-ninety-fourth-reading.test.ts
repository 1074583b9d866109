// What the 194th reading's blind twenty (hard chats 3131–3150, graded on 9dbd4b6) found, as kinds, in
// our own words: a shop's "Ateliê" and a boat's "SY …" greeted as names; a gripe let go with thanks
// and the season's wishes in French answered "I'm so sorry"; "a complaint at Procon" unread; a
// promise of a "full refund" and a colleague to be talked about kept in a reframe; "worn out from
// being ridden hard" kept as if it were no blame; an ambulance booked to bring someone home read as
// an emergency.
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { reframeDraft } from '../../src/engine/suggestions';
import { bundledEngine, cardsAfter, cardTexts, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('"Ateliê …" and "SY …" are a shop and a boat', () => {
    expect(nameFrom('Ateliê Costura Fina ✂️', 'page')).toBeUndefined();
    expect(nameFrom('SV Wandering Star', 'page')).toBeUndefined();
    // (guard) a person whose name opens with the same letters is still one
    expect(nameFrom('Sy Tran', 'page')?.first).toBe('Sy');
  });
});

describe('moments', () => {
  it('thanks, a gripe let go, and the season\'s wishes in French close the chat', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@MarcheFrais my christmas order for the 24th was cancelled?? I need it for the family dinner, 8 people'],
        ['a', '@claire_d So sorry Claire, could you DM us the order number?'],
        ['c', '@MarcheFrais it is CM-44120'],
        ['a', '@claire_d Merci Claire! It was cancelled by mistake after a stock problem with the turkey. We have restored it without the turkey and added a 15€ voucher. Pick-up on the 24th 10h-11h as planned. -Luc'],
        ['c', "@MarcheFrais ohh merci bcp Luc!! 🙏 ty ty. I will get a turkey at the butcher then, bit annoying at this price but ok. joyeux noël à toute l'équipe 🎄"],
      ],
      'Claire 🎄',
    );
    expect(cardTexts(cards, 'follow-up')).toMatch(/welcome/);
    expect(cardTexts(cards, 'apologize')).toBe('');
  });
});

describe('hand-offs', () => {
  it('"a complaint at Procon" is a regulator', () => {
    expect(rulesOfCustomerLine(engine, 'if it is not here by friday I am opening a complaint at Procon')).toContain('escalation.regulator');
  });

  it('an ambulance booked for a time is no emergency; one on its way for a breathless child still is', () => {
    expect(rulesOfCustomerLine(engine, 'The ambulance is booked for 2pm to bring my mum home, so the bed has to be there.')).not.toContain('escalation.safety');
    expect(rulesOfCustomerLine(engine, 'the ambulance is on its way, my son is struggling to breathe')).toContain('escalation.safety');
  });
});

describe('reframes', () => {
  it('"we will give you full refund" is a promise, and "I will talk to the boss about him" goes with the blame', () => {
    expect(rulesOfAgentLine(engine, 'We will give you full refund by Monday.')).toContain('overpromise.guarantee');
    const reframe = reframeDraft('Sorry, this is our mistake. Arun did the job and forgot the seal, I will talk to the boss about him. We will give you full refund by Monday.', { overpromises: ['full refund'], admissions: ['our mistake'] });
    expect(reframe).not.toMatch(/boss about him|full refund by Monday/);
  });

  it('"worn out from being ridden hard" is blame', () => {
    expect(rulesOfAgentLine(engine, 'The tyres are worn out from being ridden hard, that is not covered.')).toContain('agent-tone.dismissive');
  });
});
