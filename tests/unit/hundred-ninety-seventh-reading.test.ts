// What the 197th reading's blind twenty (hard chats 3191–3210, graded on a2358f0) found, as kinds, in
// our own words: a one-word handle name kept after the customer gave their full name; a shop's handle
// ("… Keramik") greeted as a person, with "mvh Maja" after an emoji unread as a sign-off; Swedish
// "tack!!" and "would be nice if the tracking said…" unread as thanks with a word for the team; a
// reframe that kept "you won't pay a penny" beside a refund made a request; "For the record," kept, and
// "is excluded" unread as a no; no card after the condolences for "sorry for asking so many thing" or "I have not been sleeping".
import { describe, expect, it } from 'vitest';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { isSendableClause } from '../../src/engine/suggestions/sendableClause';
import { saysNo } from '../../src/engine/suggestions/coherence';
import { bundledEngine, cardsAfter, cardTexts, reframeAfter } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('a full name given by the account holder beats a one-word handle name, even one of the same stem (Manolo, Manuel)', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@NetCoCare my bill says 220 pesos, my plan is 90. explain please'],
        ['a', '@manolo_g Hola! Please DM us your line number so we can check. -Ana'],
        ['c', '@NetCoCare ok I send DM. I am Manuel García, the account is mine, line and INE are in the DM.'],
        ['a', '@manolo_g Hello! Please DM us your line number and ID so we can check. -Luis'],
        ['c', '@NetCoCare I SENT IT 3 HOURS AGO!!! read your DMs. if not fixed today I go to PROFECO 😡'],
      ],
      'Manolo 🇪🇸⚽',
    );
    expect(cardTexts(cards)).toMatch(/Manuel/);
    expect(cardTexts(cards)).not.toMatch(/Manolo/);
  });

  it('(guard) the same first name given in full keeps the header', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'my order never came and nobody answers'],
        ['a', 'Hi, could you share the order number?'],
        ['c', "I am Pepe Ramírez, it's 55-1902. This is the third time I write, fix it today or I cancel!!"],
      ],
      'Pepe',
    );
    expect(cardTexts(cards)).toMatch(/Pepe/);
  });

  it('a pottery or ceramics shop in the header is no name; a sign-off in the desk\'s language after an emoji is', () => {
    expect(nameFrom('Lindqvist Keramik', 'page')).toBeUndefined();
    expect(nameFrom('Hollow Oak Pottery', 'page')).toBeUndefined();
    const cards = cardsAfter(
      engine,
      [
        ['c', '@ParcelNorth my parcel to Malmö has said "in transit" for 8 days, glazed bowls inside 😬'],
        ['a', '@lindqvistkeramik Sorry to hear! Could you DM the parcel number? /EK'],
        ['c', '@ParcelNorth DMed, it is also in my first tweet 🙃 hälsningar Karin'],
      ],
      'Lindqvist Keramik',
    );
    expect(cardTexts(cards)).not.toMatch(/Lindqvist/);
    expect(cardTexts(cards)).toMatch(/Karin/);
  });
});

describe('grief', () => {
  it('after the condolences, "sorry for asking so many thing" and "I have not been sleeping" get someone alongside them', () => {
    const asking = cardsAfter(
      engine,
      [
        ['c', '@FlyEast my father died this morning in Cebu, I need to fly tomorrow'],
        ['a', '@marites We are so sorry for your loss. Unfortunately we have no bereavement fares. ^JL'],
        ['c', '@FlyEast ok. is there a cheaper seat on the night flight, or standby? the burial is on friday. sorry for asking so many thing'],
      ],
      'Marites',
    );
    expect(cardTexts(asking, 'apologize')).toMatch(/don't have to do this alone/);
    const sleepless = cardsAfter(
      engine,
      [
        ['c', 'The order of service you printed has my father as Kwabena Mensa, it is Mensah. The funeral is Saturday.'],
        ['a', 'Please accept our condolences on the loss of your father. I will check the proof with the printer tonight.'],
        ['c', 'Sorry. I have not been sleeping. He was everything to me and I could not be there at the end.'],
      ],
      'Ama',
    );
    expect(cardTexts(sleepless, 'apologize')).not.toBe('');
    expect(cardTexts(sleepless)).not.toMatch(/frustrat|trouble|inconvenience/i);
  });
});

describe('closing', () => {
  it('"tack!!" with a wish for the tracking is thanks with a word for the team', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', '@ParcelNorth parcel 55120 stuck "on its way" for a week'],
        ['a', '@karin It was held at the Gävle depot, it is out for delivery today. /EK'],
        ['c', "@ParcelNorth tack!! it just came. would be nice if the tracking said 'held at depot' instead of pretending it was moving tho 😅"],
      ],
      'Karin',
    );
    expect(cardTexts(cards)).toMatch(/pass it on to the team/);
    expect(cardTexts(cards, 'solution')).toBe('');
  });
});

describe('drafts', () => {
  it('"you won\'t pay a penny" is an absolute a reframe never keeps; "you won\'t be charged for the visit" stays', () => {
    expect(isSendableClause("You won't pay a penny for the new crown.")).toBe(false);
    expect(isSendableClause("You won't be charged for the visit.")).toBe(true); // (guard)
  });

  it('"For the record," goes, and "is excluded" is a no answered with what the agent can do', () => {
    expect(saysNo('Water damage to the floor is excluded.')).toBe(true);
    expect(saysNo('The sofa is not refundable once delivered.')).toBe(true);
    const reframe = reframeAfter(
      engine,
      'The mould came back a week after your clean and the skirting is ruined. What are you going to do?',
      "For the record, mould coming back is normal when people don't air the room, which we told you to do. Skirting damage is excluded, it's in the terms you signed.",
    );
    expect(reframe).toBeDefined();
    expect(reframe).not.toMatch(/for the record|terms you signed|told you/i);
    expect(reframe).toMatch(/what I can do|I'll|let me/i);
  });
});
