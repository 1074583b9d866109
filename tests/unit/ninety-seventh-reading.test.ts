// What the 97th reading's blind ten (hard chats 1741–1750) found, as a kind, in our own words: the
// name they go by, shouted ("ITS KEN. NOBODY CALLS ME MR ACKROYD"), not taken.
import { describe, expect, it } from 'vitest';
import { bundledEngine } from '../helpers/engine';

const engine = bundledEngine();

describe('names', () => {
  it('"ITS KEN. NOBODY CALLS ME MR ACKROYD" is Ken', () => {
    const c = engine.startConversation({ id: 'n', customer: { name: 'Kenneth Ackroyd' } });
    c.addTurn({ speaker: 'customer', text: 'you gave my allotment away while I was in hospital' });
    c.addTurn({ speaker: 'agent', text: 'I understand, Mr Ackroyd. Let me check the notes.' });
    c.addTurn({ speaker: 'customer', text: 'ITS KEN. NOBODY CALLS ME MR ACKROYD. I WANT IT BACK' });
    expect(c.customerName()).toBe('Ken');
  });
});
