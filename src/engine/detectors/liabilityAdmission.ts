// PLAYBOOK step 6: apologize for the inconvenience, never admit fault or liability. The
// phrases live in the rules; a reworded draft is offered as a reframe.
import { defineDetector } from './types';

export default defineDetector({
  category: 'liability-admission',
  playbook: 6,
  resolves: (ctx) => ctx.speaker === 'agent',
});
