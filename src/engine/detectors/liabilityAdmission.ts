// PLAYBOOK step 6: apologize for the inconvenience, never admit fault or liability. The
// phrases live in the rules; a reworded draft is offered as a reframe.
import { reframeCard } from './reframeCard';
import { defineDetector } from './types';

export default defineDetector({
  category: 'liability-admission',
  playbook: 6,
  // Already sent: too late to reword, a lesson for the next message.
  urgency: 6,
  answeredBy: ['reframe'],
  docs: 'The agent admits fault or liability: the message reworded as an apology for the inconvenience.',
  shows: ['reframe'],
  rewords: true,
  resolves: (ctx) => ctx.speaker === 'agent',
  suggest: (s) => reframeCard(s, 'liability-admission'),
});
