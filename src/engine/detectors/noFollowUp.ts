// PLAYBOOK step 9: act, then say when you will follow up.
import { defineDetector } from './types';

export default defineDetector({
  category: 'no-follow-up',
  playbook: 9,
  checks: {
    'no-follow-up.closing-without-follow-up': (ctx) => {
      const { agent } = ctx.state;
      if (!agent.solutionOffered || agent.followUpStated || ctx.signal('follow-up') !== null) return null;
      return ctx.signal('closing') ?? ctx.signal('chat-ended');
    },
  },
  resolves: (ctx) => ctx.speaker === 'agent' && ctx.signal('follow-up') !== null,
  suggest: (s) => {
    const { agent } = s.state;
    if (!agent.solutionOffered || agent.followUpStated) return [];
    const followUp = s.phrase('follow-up', FOLLOW_UP, { day: s.state.followUpDay });
    return followUp ? [followUp] : [];
  },
});

const FOLLOW_UP = [
  "I'll check back with you on {day} to make sure everything is sorted, {name}.",
  "I've noted this on your case, {name}, and I'll follow up with you by email on {day}.",
];
