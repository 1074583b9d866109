// PLAYBOOK: signals of anger. Phrase rules of this category are cues: they add their weight
// to the anger model (see anger/), and raise a flag only when the turn is angry as a whole,
// so "third time's the charm, thanks!" does not alarm anyone.
import { check, defineDetector } from './types';

export default defineDetector({
  category: 'anger',
  playbook: 2,
  urgency: 5,
  answeredBy: ['apologize'],
  docs: 'The customer is angry: cue phrases weigh in the anger model, and flag an angry turn.',
  gate: (ctx) => ctx.angry,
  checks: {
    // Fires on an angry turn that no anger cue explains (the statistical model alone), so an
    // angry turn carries one flag per reason, not a reason and a duplicate.
    'anger.threshold': check({
      params: {},
      docs: 'A customer turn the anger model reads as angry that no anger cue explains.',
      run: (ctx) => (ctx.angry && !ctx.cues.some((id) => id.startsWith('anger.')) ? true : null),
    }),
  },
  // The reasons shown are those of the customer's latest message: each new message replaces them
  // (an angry one raises its own).
  resolves: (ctx) => ctx.speaker === 'customer' && ctx.text !== undefined,
});
