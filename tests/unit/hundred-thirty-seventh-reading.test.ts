// What the 137th reading's blind ten (hard chats 2141–2150) found, as kinds, in our own words,
// learned from after it was graded: "the ambulance can't get to the door" (a blocked lane before a
// booked hospital transport) read as a safety emergency; a reframe dropping "Stand … in front of a
// plain light wall and face a window" (a step no list knew); "Missed sessions are forfeited" and
// "(and pay for)" kept in a reframe.
import { describe, expect, it } from 'vitest';
import { isSendableClause } from '../../src/engine/suggestions/sendableClause';
import { stillWalls } from '../../src/engine/suggestions/residualRisk';
import { bundledEngine, reframeAfterChat, rulesOfCustomerLine } from '../helpers/engine';

const engine = bundledEngine();

describe('an ambulance that cannot reach the door', () => {
  it('is access, not a safety emergency', () => {
    expect(rulesOfCustomerLine(engine, "Dad's patient transport is due Monday at 8 and the ambulance can't get up the lane with your van parked there.")).not.toContain('escalation.safety');
    expect(rulesOfCustomerLine(engine, 'We had to call an ambulance after he ate it.')).toContain('escalation.safety');
  });
});

describe('a step told with its own verb', () => {
  it('"Stand…", "Sit…", "Face…" are instructions a reframe keeps', () => {
    expect(isSendableClause('Stand about a metre from a plain wall')).toBe(true);
    expect(isSendableClause('Sit facing the window with the light on your face')).toBe(true);
  });
});

describe('the rule taking something away', () => {
  it('"are forfeited" is a wall, and "(and pay for)" is no part of a card', () => {
    expect(stillWalls('Missed lessons are forfeited.')).toBe(true);
    const reframe =
      reframeAfterChat(
        engine,
        [['c', 'I missed the call because of the time zone. I just need the session, can we redo it?']],
        "As stated in our terms, all times are in Pacific Time and it's the client's responsibility to check. Missed sessions are forfeited. You're welcome to book (and pay for) a new session.",
      ) ?? '';
    expect(reframe).not.toMatch(/forfeited|and pay for/);
  });
});
