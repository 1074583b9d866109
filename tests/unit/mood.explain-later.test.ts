// A turn's explanation is worked out when it is read: read after later turns, it must still tell
// that turn's reasons (the mood model's inputs live in buffers each new message overwrites).
import { expect, it } from 'vitest';
import { bundledEngine } from '../helpers/engine';

const engine = bundledEngine();

it("explains a turn the same whether it is read at once or after the customer's next message", () => {
  const complaint = 'This is ridiculous, I have been waiting for three weeks and still nothing!';
  const readAtOnce = engine.startConversation({ id: 'explain-now' }).addTurn({ speaker: 'customer', text: complaint }).explain;
  const later = engine.startConversation({ id: 'explain-later' });
  const first = later.addTurn({ speaker: 'customer', text: complaint });
  later.addTurn({ speaker: 'customer', text: 'Thanks, that is great, happy with it.' });
  expect(readAtOnce).toBeDefined();
  expect(JSON.stringify(first.explain)).toBe(JSON.stringify(readAtOnce));
});
