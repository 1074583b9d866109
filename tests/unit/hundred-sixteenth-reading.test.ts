// What the 116th reading's blind ten (hard chats 1931–1940) found, as kinds, in our own words,
// learned from after it measured the code: a check-back "by email on Monday" to a grieving customer
// who had just said sorry for snapping; "just send us the receipts" left once the payout it went
// with was reworded as a refund (a lift pass and physio bills are losses paid for); "Let's look at
// how to sort this out" after the refund was done; "Maybe try watering them before blaming us?" and
// a "10% off your next order" the customer refused, both kept.
import { describe, expect, it } from 'vitest';
import { bundledEngine, cardsAfter, reframeAfterChat, rulesOfAgentLine } from '../helpers/engine';

const engine = bundledEngine();

describe('a grieving customer who says sorry for snapping', () => {
  it('is not told about an email on Monday', () => {
    const cards = cardsAfter(engine, [
      ['c', 'The flowers for my grandmother’s funeral went to the wrong church. They were not there.'],
      ['a', "I'm so sorry. I've refunded the full €90, and I can add a voucher for a future order."],
      ['c', 'A voucher. For the next funeral is it.'],
      ['c', "Sorry. I know it's not you. I just wanted something from us there for her."],
    ]);
    expect(cards.map((c) => c.text).join(' ')).not.toMatch(/Monday|by email|check back/);
  });
});

describe('a reframe', () => {
  it('takes a lost lift pass and physio bills as costs, not a refund with "send the receipts" left hanging', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'Your shop set my bindings too tight and I tore my knee on the first run. I have 5 days of rental and a week pass I cannot use.']],
        "Yeah, looking at it, our new guy set your DIN way too high and obviously didn't check your weight. We'll refund the rental and of course cover your lift pass and any physio bills, just send us the receipts.",
      ) ?? '';
    expect(reframe).toMatch(/what we can do about the costs/);
    expect(reframe).not.toMatch(/new guy|too high/);
  });

  it('does not close on "Let\'s look at how to sort this out" once the refund is done', () => {
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'Why did you take 40 KWD from my card? I cancelled in October!']],
        "I've checked: your October cancellation only stopped the monthly add-on, so the annual plan renewed on 1 December. I've submitted a full refund of 40 KWD to your card. To be honest, you should have read the cancellation screen more carefully.",
      ) ?? '';
    expect(reframe).toMatch(/submitted a full refund/);
    expect(reframe).not.toMatch(/sort this out|read the cancellation/);
  });

  it('drops "Maybe try … before blaming us?" and a discount the customer refused', () => {
    const chat: Parameters<typeof cardsAfter>[1] = [
      ['c', 'The three lemon trees you delivered are dead in a week. I do not want a discount for next order, I want healthy trees or my money back.'],
    ];
    expect(rulesOfAgentLine(engine, 'Maybe try watering them before blaming us?')).toContain('agent-tone.dismissive');
    const reframe = reframeAfterChat(engine, chat, 'Hi Rosa, live plants are your responsibility once delivered. Maybe try watering them before blaming us? We can offer 15% off your next order.') ?? '';
    expect(reframe).not.toMatch(/watering|blaming|% off/);
  });
});
