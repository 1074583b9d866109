// PLAYBOOK step 8: no promises that can't be kept. Phrases live in the rules.
import { defineDetector } from './types';

export default defineDetector({
  category: 'overpromise',
  playbook: 8,
  resolves: (ctx) => ctx.speaker === 'agent',
});
