// What the thirty-sixth reading (hard chats 551–560), the eighth reading of restatements (openings
// 561–580, written blind) and the second graded reading of the learning dialogues found, as kinds,
// in our own words: English cards to a message in Spanish; sympathy to one who scorned the replies
// as generic; "Let me look into this" to one who has bought elsewhere; remedies and sympathy beside
// "don't need anything done" and the sign-off sent after it; a preferred short name told as "It's
// Gwen. Nobody calls me Gwenllian"; a Malay name read as "Muhammad"; an accent signed under a header
// in capitals; restatements of a correction, of their own apology, of what they want back, of an
// emphatic tail, of a clause cut from its object, of their defence, and a shouted "A" kept; a
// troubleshooting walk-through after the agent found a freeze on the account; drafts that blame the
// assessor, promise the full payout, an untouched no-claims bonus or a fix by a date; a reframe
// that left "Before your audit." alone.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { nameFrom } from '../../src/engine/conversation/customerName';
import { writtenInAnotherLanguage } from '../../src/engine/conversation/language';
import { customerCuesOf } from '../../src/engine/suggestions/caseCues';
import { notRestatableBecause } from '../../src/engine/suggestions/restatable';
import { bundledEngine, play, reframeAfter, type ChatLine } from '../helpers/engine';
import { expectReframeFixes } from '../helpers/reframeExpect';

const engine = bundledEngine();
const last = (lines: ChatLine[], header?: string) => play(engine, lines, header).at(-1)!;
const cards = (lines: ChatLine[], header?: string) => last(lines, header).suggestions;
const texts = (lines: ChatLine[], header?: string) => cards(lines, header).map((s) => s.text).join(' | ');
const restatements = (lines: ChatLine[], header?: string) => cards(lines, header).filter((s) => s.kind === 'restate').map((s) => s.text);

describe('another language', () => {
  it.each([
    'ok ya los estoy siguiendo, quedo atento a su respuesta',
    'Guten Tag, meine Bestellung ist nicht angekommen und ich habe keine Antwort bekommen',
    "bonjour, je n'ai pas reçu ma commande et le suivi ne marche pas",
  ])('"%s" gets no English card', (message) => {
    expect(writtenInAnotherLanguage(analyzeText(message).tokens)).toBe(true);
    expect(cards([['c', 'My games never arrived'], ['a', 'Hola! Por favor síguenos para ayudarte por mensaje directo.'], ['c', message]])).toEqual([]);
  });

  it.each([
    'Bonjour! My parcel never arrived and the tracking has not moved since Monday.',
    'Hola, I was charged twice for my order and nobody answers my emails.',
    'Góðan daginn. My hearing aid was sent for repair three weeks ago and I still have nothing.',
  ])('a greeting in another language before English is English: "%s"', (message) => {
    expect(writtenInAnotherLanguage(analyzeText(message).tokens)).toBe(false);
    expect(cards([['c', message]]).length).toBeGreaterThan(0);
  });
});

describe('the moment', () => {
  it('no stock sympathy to one who just called the replies generic', () => {
    const lines: ChatLine[] = [
      ['c', 'My tablet will not cast to the TV any more since your update, why???'],
      ['a', "We're sorry to hear that! Casting isn't supported on that model at the moment."],
      ['c', 'wow what a canned response, thanks for nothing'],
    ];
    // (Owning what they want, "you want this put right, not another apology", is no stock sympathy.)
    const sympathy = cards(lines).filter((s) => s.kind === 'apologize').map((s) => s.text);
    expect(sympathy.join(' ')).not.toMatch(/sorry|frustrating|inconvenience/i);
  });

  it('"I got an automated reply and nothing since" still gets sympathy', () => {
    const lines: ChatLine[] = [['c', 'I was billed twice for March. I wrote in last week, got an automated reply and nothing since. This is really frustrating!']];
    expect(cards(lines).some((s) => s.kind === 'apologize')).toBe(true);
  });

  it('no remedy once they have bought elsewhere', () => {
    const lines: ChatLine[] = [
      ['c', 'Your site says the bundle comes with the bonus pack'],
      ['a', 'We are not a participating retailer for the bonus content.'],
      ['c', "But your website is offering the bonus... so it's just a lie? I get nothing at all for preordering? I've cancelled my order and gone to another shop. Thank you."],
    ];
    expect(cards(lines).some((s) => s.kind === 'solution')).toBe(false);
  });

  it('"Don\'t need anything done" and the sign-off after it: no apology, no remedy', () => {
    const lines: ChatLine[] = [
      ['c', 'Not a complaint! The two engineers who fixed our boiler yesterday were brilliant and so patient with the dog.'],
      ['a', "That's lovely to hear, thank you! Do you remember their names so I can pass it on?"],
      ['c', "Didn't catch them sorry. Don't need anything done, just pass it on to their manager please. They did leave a box of tools in our hall though 😂"],
      ['c', 'Ngā mihi, Tama'],
    ];
    const shown = cards(lines);
    expect(shown.some((s) => s.kind === 'apologize' || s.kind === 'solution')).toBe(false);
    expect(customerCuesOf(analyzeText("Didn't catch them sorry. Don't need anything done, just pass it on to their manager please."))).toContain('wants-nothing');
  });

  it('feedback for next time after the agent explained: thanked for it, nothing to look into', () => {
    const lines: ChatLine[] = [
      ['c', 'why is booking on your website down?!'],
      ['a', "Bookings are paused tonight for planned maintenance, but they'll be back in the morning."],
      ['c', 'Well that ruined my evening. Perhaps a bit more warning next time...'],
    ];
    expect(texts(lines)).not.toMatch(/look into this/);
    expect(texts(lines)).toMatch(/Thank you for letting us know/);
  });

  it('thanks in the customer\'s other language closes', () => {
    const lines: ChatLine[] = [
      ['c', 'My order has not arrived yet, can you check?'],
      ['a', 'It was delivered to your parcel locker this morning, code 4471.'],
      ['c', 'found it. terima kasih!'],
    ];
    expect(cards(lines).map((s) => s.kind)).toEqual(['follow-up']);
  });

  it('no troubleshooting walk-through once the agent found a freeze on the account', () => {
    const lines: ChatLine[] = [
      ['c', 'the app says my membership is frozen. i never froze it'],
      ['a', 'Hi, sorry about that! Could I have your email or member number so I can take a look?'],
      ['c', 'its on my account. which you can see'],
      ['a', "I can only see you as a guest in this chat, so I can't tell which account is yours yet."],
      ['c', '5512093. standing at the door in the rain. 6am. the door wont scan my card'],
      ['a', "Thanks! I can see a freeze was added on 3 March through the app, reason 'holiday'. If that wasn't you I can remove it now, but it takes up to 30 minutes to reach the door."],
      ['c', '30 mins. my class is at 7'],
      ['c', 'are you a bot or just useless'],
      ['c', 'great. so i pay $30 a week for a gym i cant get into. love that'],
    ];
    expect(texts(lines)).not.toMatch(/steps that often fix/);
  });
});

describe('names', () => {
  it('"It\'s Kate. Nobody calls me Katherine except my mother."', () => {
    const lines: ChatLine[] = [
      ['c', 'My heating has been off for three days and nobody has come!'],
      ['a', "Hi Katherine, I'm sorry to hear that. Let me check the job."],
      ['c', "It's Kate. Nobody calls me Katherine except my mother."],
    ];
    expect(last(lines, 'Katherine Doyle').customerName).toBe('Kate');
  });

  it.each([
    ['Mohd Firdaus bin Ahmad', 'Firdaus'],
    ['Muhammad Aiman bin Zulkifli', 'Aiman'],
    ['Nurul Izzah binti Hassan', 'Nurul'],
  ])('the Malay name "%s" → %s', (header, first) => {
    expect(nameFrom(header, 'transcript')?.first).toBe(first);
  });

  it('a given name of two words respelled with the accents the customer signs', () => {
    const lines: ChatLine[] = [['c', 'Someone took 900 euro from my card, 3 payments I did not make!!! please block it. João Pedro']];
    expect(texts(lines, 'JOAO PEDRO SILVA')).toMatch(/João Pedro/);
    expect(texts(lines, 'JOAO PEDRO SILVA')).not.toMatch(/Joao/);
  });
});

describe('restatements', () => {
  it('not of an answer that puts the agent right', () => {
    const lines: ChatLine[] = [
      ['c', 'My insulin was delivered warm, the ice packs had melted. I have not used it.'],
      ['a', "I'm sorry to hear that. Could you confirm the medicine? I can see Insulin Glargine, 3 pens, on this order."],
      ['c', 'No, it is not Glargine. Glargine I get from the chemist. This order was Insulin Aspart, the fast one, and it was 2 pens, not 3. Please check, I am worried you have the wrong order.'],
    ];
    expect(restatements(lines)).toEqual([]);
  });

  it('not of their own apology', () => {
    const lines: ChatLine[] = [
      ['c', 'Hello, I write for my father Karl, the policy is in his name. I am his daughter Anna. My English is not perfect, sorry.'],
      ['c', 'Claim number HX-2231. In October a van hit his car in the car park. Now your letter says my father has 50% fault?? He was not even in the car, it was parked!'],
    ];
    expect(restatements(lines).join(' ')).not.toMatch(/sorry|English/);
  });

  it('not of an emphatic tail, nor of what they clicked', () => {
    const message = 'Hello, I cannot connect to my account since 3 days. I click on forgot password, it say the email is sent, but I receive nothing, not in spam, nothing, I try 5 times. So I can not watch but I pay 12,99 € each month. Is very frustrating.';
    expect(restatements([['c', message]]).join(' ')).not.toMatch(/not in spam|click/);
  });

  it.each([
    ['what they want back', 'you need the files back today, not after you pay for the bigger plan'],
    ['a clause cut from its object', 'you are not allowed to do per your company policy'],
    ['their defence', 'there was no damage made by you'],
    ['their defence', 'you changed nothing on your side'],
  ])('%s is no problem to say back: "%s"', (_why, problem) => {
    expect(notRestatableBecause(problem)).toBeDefined();
  });

  it('a shouted "A" says back in lower case', () => {
    const [card] = restatements([['c', "I'M AT THE AIRPORT AND THEY SAY I DON'T HAVE A SEAT ON THIS FLIGHT"]]);
    expect(card ?? '').not.toMatch(/\bA seat/);
  });
});

describe('drafts', () => {
  const complaint = 'The claim letter says my mother is half at fault but her car was parked! She is 80 and very upset.';

  it('"our adjuster has clearly messed this up" and a promised payout are reframed', () => {
    expectReframeFixes(
      engine,
      complaint,
      "Honestly our adjuster has clearly messed this up. We'll pay the full amount and her no claims bonus won't be touched. The claim reference is CL-5521.",
      /messed|full amount|won't be touched/,
      /CL-5521/,
    );
  });

  it('"will have it fixed by Friday at the latest, well before your audit" leaves no time phrase alone', () => {
    expectReframeFixes(
      engine,
      'Single sign-on has been broken for our whole team since Sunday and we have an audit on the 1st!',
      "I've logged incident INC-7731 with engineering. They will have your logins fixed by Friday at the latest, well before your audit.",
      /at the latest|^Before|\. Before|Well before/,
      /INC-7731/,
    );
  });

  it('a reframe does not open on "I\'ll also" once what it added to went', () => {
    const card = reframeAfter(
      engine,
      'We were charged twice in November and SSO has been broken since Sunday. Our audit is on the 1st!',
      "Don't worry, I'll make sure the refund for the duplicate invoice is back on your card today, and engineering will have your logins fixed by Friday at the latest. I'll also add a free month for the trouble.",
    );
    expect(card).toBeDefined();
    expect(card).not.toMatch(/^(?:[\p{L}' ]+, )?(?:I'll|We'll) also\b/u);
  });
});

// From the graded restatements of earlier blind chats (the 8th reading of every restatement):
// what a problem means in their life said back instead of the problem, a silence inside the
// message missed, "your parcel don't come", a clause missing its "has", the name they go by, the
// header that names the relative they write for, a restatement beside a draft that acts.
describe('restatements and names, from earlier blind chats', () => {
  it.each([
    ['you cannot keep washing everything by hand'],
    ["you can't give the kids cold dinner again"],
  ])('what it means for them is no problem to say back: "%s"', (problem) => {
    expect(notRestatableBecause(problem)).toBeDefined();
  });

  it.each([["you can't log into the portal since Monday"], ["you can't go on the new date"]])('what they cannot get at stays the problem: "%s"', (problem) => {
    expect(notRestatableBecause(problem)).toBeUndefined();
  });

  it.each([['your parcel don\'t come to the house'], ['the other inhaler, been fine for years']])('second-language grammar is not said back: "%s"', (problem) => {
    expect(notRestatableBecause(problem)).toBeDefined();
  });

  it('a silence told in full in the message is what is said back', () => {
    const [card] = restatements([['c', 'The 08:05 to Bristol was cancelled last Tuesday and the next one was 40 minutes late. I sent a compensation claim, ref CC-1182, three weeks ago and have heard nothing.']]);
    expect(card).toMatch(/heard nothing/);
  });

  it('a bare "Nobody called." does not take the place of the problem', () => {
    const [card] = restatements([['c', "This is the second time your engineer didn't turn up. I waited in all morning. Nobody called."]]);
    expect(card).toMatch(/engineer didn't turn up/);
  });

  it.each([
    ['"Kasia is ok."', [['c', 'My deposit of 300 euro was not returned after I moved out.'], ['a', "Hi Katarzyna, I'm sorry to hear that."], ['c', 'Kasia is ok. I left the flat clean and I have photos!']] as ChatLine[]],
    ['"I am Kasia, the account is on my name Katarzyna"', [['c', 'Good day. I am Kasia, the account is on my name Katarzyna. You took the monthly fee two times this month!']] as ChatLine[]],
  ])('the name they go by: %s', (_why, lines) => {
    expect(last(lines, 'Katarzyna Nowak').customerName).toBe('Kasia');
  });

  it('a header naming the mother they write for gives no name', () => {
    const lines: ChatLine[] = [['c', 'long story. my dad (walter brandt, born 1939) has his heart tablets from you and this month they went to his old address. he has 2 left!']];
    expect(texts(lines, 'Walter Brandt')).not.toMatch(/Walter/);
  });

  it('no restatement beside a draft that acts', () => {
    const conversation = engine.startConversation({ id: 'acts', customer: { name: 'Ngozi Eze' } });
    const complaint = 'My laptop charger arrived broken and the replacement you sent is the wrong model.';
    const told = conversation.addTurn({ speaker: 'customer', text: complaint, at: Date.parse('2026-11-20T10:00:00Z') });
    expect(told.suggestions.some((s) => s.kind === 'restate')).toBe(true);
    const draft = conversation.previewDraft("Thanks Ngozi, I've sent a request to our warehouse to ship the right charger today.");
    expect(draft.suggestions.some((s) => s.kind === 'restate')).toBe(false);
  });
});
