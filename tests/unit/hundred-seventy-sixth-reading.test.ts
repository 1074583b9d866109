// What the 176th reading's blind twenty (hard chats 2771–2790, graded on c263151 before any of
// this) found, as kinds, in our own words: a heart patient "feeling giddy" in a 44° train with no
// hand-off; a family stuck out in the cold at night told "That must have been really hard"; a card
// company threatened for the whole amount; reframes that kept "so it's not really right to say nobody
// told you", lost the make-up dates, left "(§4.2)," behind, and one made of a fine draft, cut of its
// answer, because a model disliked a sentence the reframe kept as it was.
import { describe, expect, it } from 'vitest';
import { sendablePartOf } from '../../src/engine/suggestions/sendableClause';
import { reframeDraft } from '../../src/engine/suggestions';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('hand-offs', () => {
  it('"my father is sweating and feeling giddy" is a safety scare; "Making video now" shames in public', () => {
    expect(rulesOfCustomerLine(engine, 'Its 44° outside and my father is sweating and feeling giddy.')).toContain('escalation.safety');
    expect(rulesOfCustomerLine(engine, 'SHAME ON YOU. Making video now, the minister will see it.')).toContain('escalation.public-shaming');
  });

  it('"I go to my credit card company for the whole 142.000 kr" threatens a chargeback', () => {
    expect(rulesOfCustomerLine(engine, 'if nobody answers I take a taxi and I go to my credit card company for the whole 142.000 kr')).toContain('escalation.chargeback');
  });
});

describe('out in the cold', () => {
  it('a family stuck outside a closed office at -6 gets warmth first, not "that must have been really hard" nor traffic', () => {
    const cards = cardsAfter(engine, [
      ['c', 'hello??? we are at your office at the airport, it is closed. lights off'],
      ['c', 'the key box code does not open. called the number 2 times, only voicemail'],
      ['c', 'it is -6 and wind here, my kids are 4 and 7 and they are crying. if nobody answers in 10 minutes I take a taxi'],
    ]);
    const text = cardTexts(cards, 'apologize');
    expect(text).toMatch(/somewhere warm/);
    expect(text).not.toMatch(/must have been really hard|traffic/);
  });

  it('(guard) cold at home with the heating out is no one stuck out there', () => {
    const cards = cardsAfter(engine, [['c', 'my heat has been out since sunday, nobody came. it is -15 outside and i have my 2 year old here']]);
    expect(cardTexts(cards)).not.toMatch(/stuck out there/);
  });

  it('(guard) once they are taken in ("a lady at the bus stop is letting me stay"), no more "stuck out there"', () => {
    const cards = cardsAfter(engine, [
      ['c', 'your reception sent me to the other hotel, they are full too. i walked back in the snow, its freezing and nobody answers'],
      ['c', 'forget it. a lady at the bus stop is letting me stay at her guesthouse. i want all 3 nights refunded today'],
    ]);
    expect(cardTexts(cards)).not.toMatch(/stuck out there/);
  });
});

describe('reframes', () => {
  it('"…, so it\'s not really right to say nobody told you" goes whole', () => {
    expect(sendablePartOf("The tutor change was posted in the app on 19 Feb, so it's not really right to say nobody told you.")).toBeUndefined();
  });

  it('what is set for them by a date, who is there when, what they get new, and "I\'d resubmit" are kept', () => {
    const made = 'The lessons on 24 Feb and 3 Mar will be made up on two Saturdays, 14 Mar and 21 Mar, 10:00-11:30 at our TST centre.';
    expect(sendablePartOf(made)).toBe(made);
    const rosa = 'Rosa, our lead photographer, works at Wicker Park Tuesday to Saturday, 9am-5pm.';
    expect(sendablePartOf(rosa)).toBe(rosa);
    expect(sendablePartOf("The retake is free and you'll get new prints and a new digital file at the same visit.")).toMatch(/new prints/);
    expect(sendablePartOf("I'd resubmit as soon as you have the new photo.")).toBe("I'd resubmit as soon as you have the new photo.");
    // (guards) an app that "works fine for most students, so …" is no one there; "I'd check … because he definitely left it" blames.
    expect(sendablePartOf("Ollie works fine for most students, so the logouts are probably on your son's side.")).toBeUndefined();
    expect(sendablePartOf("I'd check again with your security man because he definitely left it.")).toBeUndefined();
  });

  it('"per our terms (§4.2), …" leaves no "(§4.2)," behind', () => {
    const reframe = reframeDraft('The 15:30 is booked. Regarding the invoice: per our terms (§4.2), cancellations must be made via the portal at least 24 hours in advance. Maybe keep an eye on what she snacks on 🙂') ?? '';
    expect(reframe).not.toMatch(/§|\(\s*\)/);
  });

  it('no reframe when the sentence the model flagged comes back as written', () => {
    const result = draftAfterChat(
      engine,
      [['c', 'my passport photo got rejected and I fly April 18. also can someone else take it this time lol the guy kinda rushed me']],
      "Thanks, Jaylen, I've found your order. I'm sorry the photo was rejected, especially with a trip coming up. The retake is free and you'll get new prints and a new digital file at the same visit. Rosa, our lead photographer, works at Wicker Park Tuesday to Saturday, 9am-5pm. If you come in then, she'll take it herself and check the lighting and background against the State Department rules before you leave. Is there anything else I can help with?",
      'Jaylen Okafor',
    );
    const reframe = result.suggestions.find((s) => s.kind === 'reframe')?.text;
    expect(reframe === undefined || /Rosa/.test(reframe)).toBe(true);
  });
});
