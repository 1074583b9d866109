// PLAYBOOK step 3: use the customer's name, and get it right.
import { addressedByNameInUse, inCustomerSpelling, sameNameAs, titledByFamilyName, usesName, wrongNameUsed, type CustomerName } from '../conversation/customerName';
import type { ConversationState } from '../conversation/state';
import { check, defineDetector, type Detector } from './types';

interface MissingNameState {
  /** Agent messages without the name, since `countedFor` became the customer's name. */
  messagesWithoutName: number;
  /**
   * The name counted for: a new one (the page's header, a correction) starts the count again;
   * the customer's own spelling of it ("Siobhán" for the header's "Siobhan") does not.
   */
  countedFor?: CustomerName;
}

const missingName: Detector<MissingNameState> = defineDetector<MissingNameState>({
  category: 'missing-name',
  playbook: 3,
  // None of a kind: any card that uses the name (../nextStep.ts).
  urgency: 8,
  answeredBy: [],
  docs: "The agent doesn't use the customer's name, or uses the wrong one.",
  state: {
    initial: () => ({ messagesWithoutName: 0 }),
    fold(own, ctx) {
      const name = ctx.state.name;
      if (ctx.speaker !== 'agent' || !ctx.text || !name) return own;
      const count = usesName(ctx.text.raw, name) ? 0 : messagesWithoutName(ctx.state) + 1;
      return count === own.messagesWithoutName && name === own.countedFor ? own : { messagesWithoutName: count, countedFor: name };
    },
  },
  checks: {
    'missing-name.not-used': check({
      params: { afterAgentMessages: 'number' },
      docs: "The agent's reply leaves out the customer's name: not every one, each `afterAgentMessages`-th (default 2) in a row.",
      run: (ctx, params) => {
        const name = ctx.state.name;
        if (!name || !ctx.text || usesName(ctx.text.raw, name)) return null;
        const cadence = Math.max(1, params.afterAgentMessages ?? 2);
        return (messagesWithoutName(ctx.state) + 1) % cadence === 0 ? `${name.first} not used` : null;
      },
    }),
    'missing-name.wrong-name': check({
      params: {},
      docs: 'The agent calls the customer by another name.',
      run: (ctx) => {
        const name = ctx.state.name;
        if (!name || !ctx.text) return null;
        return wrongNameUsed(ctx.text.raw, name, ctx.state.info.agent?.name) ?? null;
      },
    }),
  },
  resolves: (ctx) => ctx.speaker === 'agent' && !!ctx.state.name && !!ctx.text && usesName(ctx.text.raw, ctx.state.name),
  // A draft that calls them by another name ("Hi Tomasz" to Ewa, who writes on his account) and
  // has nothing else to reword: the draft with their name in its place. (A draft reworded for its
  // tone gets the name put right in that reframe: ./reframeCard.ts.)
  suggest: (s) => {
    const { draftText, draftFlags, draftToneProblem, name } = s.state;
    if (!draftText || !name || draftToneProblem || !draftFlags.some((f) => f.rule === 'missing-name.wrong-name')) return [];
    const text = titledByFamilyName(addressedByNameInUse(inCustomerSpelling(draftText, name), name, s.state.info.customer?.name), name);
    return text !== draftText ? [{ kind: 'reframe', text, rule: 'missing-name.wrong-name' }] : [];
  },
});

/** Agent messages without the customer's current name (none yet when the name just changed). */
function messagesWithoutName(state: ConversationState): number {
  const own = missingName.stateOf(state);
  return sameNameAs(state.name, own.countedFor) ? own.messagesWithoutName : 0;
}

export default missingName;
