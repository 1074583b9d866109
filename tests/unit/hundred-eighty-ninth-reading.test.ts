// What the 189th reading's blind twenty (hard chats 3031–3050, graded on 766c22f) found, as kinds, in
// our own words: a clinic's name in the header greeted as the customer, while the doctor who signed
// and whom the agent addressed by title went unread; a draft putting the mistake "on your side" not
// flagged; a reframe that kept "good art takes time"; threats to Poland's financial ombudsman, to
// the card company and to write reviews, unread.
import { describe, expect, it } from 'vitest';
import { nameFrom, nameFromCustomerWords, usesName } from '../../src/engine/conversation/customerName';
import { analyzeText } from '../../src/engine/analyzeText';
import { reframeDraft } from '../../src/engine/suggestions';
import { bundledEngine, cardsAfter, cardTexts, draftAfterChat, rulesOfAgentLine, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('a clinic or a lab in the header is no one to greet', () => {
    expect(nameFrom('Clínica Veterinaria San Roque', 'page')).toBeUndefined();
    expect(nameFrom('Klinik Sonnenhof', 'page')).toBeUndefined();
    expect(nameFrom('Bright Smile Dental', 'page')).toBeUndefined();
    // (guard) a person's name still is one
    expect(nameFrom('Clara Dent', 'page')?.first).toBe('Clara');
  });

  it('a doctor signing "— Dra. Inés Robles" gives her name, and "Dra. Robles" uses it', () => {
    const name = nameFromCustomerWords(analyzeText('The aligners arrived cracked, both of them. We need new ones by Monday. — Dra. Inés Robles') as never);
    expect(name?.first).toBe('Inés');
    expect(name?.last).toBe('Robles');
    expect(usesName('Buenos días Dra. Robles, I have your order open.', name!)).toBe(true);
    expect(usesName('Good morning Sra. Robles, checking now.', name!)).toBe(true);
  });

  it('the cards call her as the agent did, title and all, not by the clinic', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'Buenos días. Case 7781, the bridge came back with the wrong margin, the patient is in tomorrow at 9. This is the second remake. — Dra. Inés Robles'],
        ['a', 'Buenos días Dra. Robles, this is Pablo from the lab. Let me look at case 7781.'],
        ['c', 'we need an answer TODAY, the patient already took the morning off and this is the second time'],
      ],
      'Clínica Dental Vista Alegre',
    );
    const texts = cardTexts(cards);
    expect(texts).not.toMatch(/Clínica/);
    expect(texts).toMatch(/Dra\. Robles/);
  });
});

describe('blame and dismissal', () => {
  it('"the error started on your side" is blame', () => {
    expect(rulesOfAgentLine(engine, 'We rebuilt it for free, but honestly the error started on your side with the old file.')).toContain('agent-tone.dismissive');
  });

  it('"quality work takes time" and "you are not our only client" dismiss the wait', () => {
    expect(rulesOfAgentLine(engine, 'Quality work takes time, I am afraid.')).toContain('agent-tone.dismissive');
    expect(rulesOfAgentLine(engine, "You're not our only client this week, you know.")).toContain('agent-tone.dismissive');
    // (guard) telling them what takes time, plainly, is no dismissal
    expect(rulesOfAgentLine(engine, 'The edit takes time because we colour-grade every photo by hand.')).not.toContain('agent-tone.dismissive');
  });

  it('the reframe drops the craft excuse and keeps the doctor\'s address', () => {
    const reframe = reframeDraft("Dra. Robles, we'll remake the bridge at no charge and courier it tomorrow. Good work takes time, and honestly the error started on your side.", { overpromises: [], admissions: [] });
    expect(reframe).toMatch(/^Dra\. Robles, /);
    expect(reframe).not.toMatch(/takes time|your side/);
  });

  it('a reframe in the chat keeps neither the blame nor the excuse', () => {
    const result = draftAfterChat(
      engine,
      [
        ['c', 'it is 11 weeks since the shoot and we have nothing. the contract says 6 weeks. we paid in full'],
        ['a', "Hi Priya, I'm checking with the editor today."],
        ['c', 'you said that on monday too. do the pictures even exist?'],
      ],
      'Priya, the pictures exist. Great work takes time and you are not our only client this month. The gallery will be ready next week.',
      'Priya Nair',
    );
    const reframe = cardTexts(result.suggestions, 'reframe');
    expect(reframe).not.toBe('');
    expect(reframe).not.toMatch(/takes time|only client/);
  });
});

describe('hand-offs', () => {
  it("a complaint to Poland's financial ombudsman is a regulator", () => {
    expect(rulesOfCustomerLine(engine, 'money not back by friday = complaint to Rzecznik Finansowy')).toContain('escalation.regulator');
  });

  it('calling the card company, told as what comes next, is a chargeback threatened', () => {
    expect(rulesOfCustomerLine(engine, 'no refund by tonight then I will call my credit card company')).toContain('escalation.chargeback');
  });

  it('"I write review on google", without its article, is a public threat', () => {
    expect(rulesOfCustomerLine(engine, 'if no answer today I write review on google for this')).toContain('escalation.public-shaming');
    // (guard) a good review promised is no threat
    expect(rulesOfCustomerLine(engine, 'thank you so much, I will write a good review on google')).not.toContain('escalation.public-shaming');
  });

  it('a threat to the ombudsman gets a hand-off card', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'you took the instalment twice, 980 zł, that is my rent'],
        ['a', 'Hi Marta, please send us the details in DM.'],
        ['c', 'already sent everything this morning!! not returned by friday = complaint to Rzecznik Finansowy and I close my account'],
      ],
      'Marta W.',
    );
    expect(cards.some((c) => c.kind === 'escalate')).toBe(true);
  });
});

describe('left from earlier readings, and the same reading', () => {
  it('a name said mid-message before what is theirs ("It\'s Ailsa Moir, my number is…") is read', () => {
    const name = nameFromCustomerWords(analyzeText('The radiator is dripping on the floor again. It\'s Ailsa Moir, my number is 07700 900456.') as never);
    expect(name?.first).toBe('Ailsa');
    // (guard) a product said the same way is none
    expect(nameFromCustomerWords(analyzeText('Nothing loads. It\'s Xbox Live, my account shows active.') as never)).toBeUndefined();
  });

  it('a regulator tagged by its handle is a hand-off', () => {
    expect(rulesOfCustomerLine(engine, 'cc @Ofgem four estimated bills in a row and nobody replies')).toContain('escalation.regulator');
    expect(rulesOfCustomerLine(engine, '@WaterOmbudsman is this normal? 3 weeks of brown water')).toContain('escalation.regulator');
    // (guard) the company's own handle is no regulator
    expect(rulesOfCustomerLine(engine, '@AcmeTelecom three weeks with no line')).not.toContain('escalation.regulator');
  });

  it('a manager only offered ("I can ask my manager…") still leaves the hand-off to a threat after it', () => {
    const cards = cardsAfter(
      engine,
      [
        ['c', 'we came to the harbour at 6am, 4 people, and the tour is cancelled?? nobody told us'],
        ['a', 'Sorry about that. The coastguard closed the route. I can ask my manager about a refund, but would you take a voucher instead? That is the best I can do.'],
        ['c', 'NO voucher. we fly home tomorrow. full refund today or I call my credit card company and write review on tripadvisor'],
      ],
      'Renata Silva',
    );
    expect(cards.some((c) => c.kind === 'escalate')).toBe(true);
    // (guard) after a manager really brought in, no second hand-off
    const after = cardsAfter(
      engine,
      [
        ['c', 'we came to the harbour at 6am, 4 people, and the tour is cancelled?? nobody told us'],
        ['a', "I'm sorry. I'm bringing in my manager now, she can approve refunds."],
        ['c', 'ok but if this is not refunded today I call my credit card company'],
      ],
      'Renata Silva',
    );
    expect(after.some((c) => c.kind === 'escalate')).toBe(false);
  });
});
