// PLAYBOOK step 8: no promises that can't be kept. Phrases live in the rules; a reworded draft
// is offered as a reframe.
import { reframeCard } from './reframeCard';
import { defineDetector } from './types';

export default defineDetector({
  category: 'overpromise',
  playbook: 8,
  // Already sent: too late to reword, a lesson for the next message.
  urgency: 6,
  answeredBy: ['reframe'],
  docs: 'The agent promises what may not be kept: the message reworded without the promise.',
  shows: ['reframe'],
  rewords: true,
  resolves: (ctx) => ctx.speaker === 'agent',
  suggest: (s) => reframeCard(s, 'overpromise'),
});
