// PLAYBOOK step 10: threats, slurs and repeated personal insults call for a manager.
import type { SuggestionState } from '../conversation/state';
import { ESCALATION_PHRASINGS } from '../suggestions';
import { check, defineDetector, type Detector } from './types';

interface EscalationState {
  /** Customer messages that insulted the agent. */
  insultTurns: number;
  /** The agent handed the chat over (`escalation-handoff`). */
  escalated: boolean;
}

const escalation: Detector<EscalationState> = defineDetector<EscalationState>({
  category: 'escalation',
  playbook: 10,
  urgency: 1,
  answeredBy: ['escalate'],
  docs: 'Threats, slurs and repeated insults: hand the chat to a manager.',
  state: {
    initial: () => ({ insultTurns: 0, escalated: false }),
    fold(own, ctx) {
      if (!ctx.text) return own;
      if (ctx.speaker === 'customer' && ctx.signal('insult') !== null) return { ...own, insultTurns: own.insultTurns + 1 };
      if (ctx.speaker === 'agent' && !own.escalated && ctx.signal('escalation-handoff') !== null) return { ...own, escalated: true };
      return own;
    },
  },
  signals: ['insult'],
  shows: ['escalate'],
  checks: {
    'escalation.repeated-insults': check({
      params: { signal: 'signal', count: 'number' },
      docs: 'The customer insults the agent again: `count` messages (default 2) caught by the signal named `signal` (default `insult`).',
      run: (ctx, params) => {
        const insult = ctx.signal(params.signal ?? 'insult');
        if (insult === null) return null;
        return escalation.stateOf(ctx.state).insultTurns + 1 >= (params.count ?? 2) ? insult : null;
      },
    }),
  },
  suggest: (s) => {
    const open = [...s.state.open.values()].filter((f) => f.category === 'escalation');
    if (open.length === 0 || escalated(s.state)) return [];
    const contact = s.catalogue.escalationContact;
    // In the words of the line that was crossed, when its rule has its own (a safety scare asks
    // after the person first); else the category's.
    const latest = open.reduce((a, b) => (b.turn > a.turn ? b : a));
    const own = s.rules.rules.filter((r) => r.id === latest.rule && r.suggest.some((x) => x.kind === 'escalate'));
    const suggestion = s.phrase('escalate', ESCALATION_PHRASINGS, { contact }, own.length > 0 ? own : undefined);
    return suggestion ? [suggestion] : [];
  },
});

function escalated(state: SuggestionState): boolean {
  return escalation.stateOf(state).escalated;
}

export default escalation;
