// PLAYBOOK steps 4–5: restate the problem (and ask about the facts) before solving it.
import { defineDetector } from './types';

export default defineDetector({
  category: 'no-restatement',
  playbook: 4,
  checks: {
    'no-restatement.solution-before-restatement': (ctx) => {
      const { agent, customer } = ctx.state;
      if (customer.lastComplaintTurn === undefined || agent.restatedSinceComplaint || agent.askedQuestion) return null;
      if (ctx.signal('restatement') !== null) return null;
      return ctx.signal('solution-offer');
    },
  },
  resolves: (ctx) => ctx.speaker === 'agent' && ctx.signal('restatement') !== null,
  suggest: (s) => {
    const { customer, agent } = s.state;
    if (customer.lastComplaintTurn === undefined || agent.restatedSinceComplaint) return [];
    const problem = s.state.problem;
    if (!problem) return [];
    const restate = s.phrase('restate', RESTATE, { problem });
    return restate ? [restate] : [];
  },
});

const RESTATE = [
  "It sounds like you're upset because {problem}. Is that right, {name}?",
  'As I understand it, {name}, {problem} — is that right?',
  'Just to make sure I have this right: {problem}?',
];
