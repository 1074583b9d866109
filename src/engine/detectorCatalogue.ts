// Generated from the detector registry (src/engine/detectors) by `npx tsx scripts/generate-registry.ts`:
// do not edit. Rule loading, lint and the side panel read it here rather than from the detectors,
// so that they don't load the engine (the options page, policy and the panel work without it).
import type { ParamType } from './checkParams';
import type { FlagCategory, SuggestionKind } from './types';

/** The params each built-in check reads, and their types. */
export const CHECK_PARAMS: Readonly<Record<string, Readonly<Record<string, ParamType>>>> = {
  'anger.threshold': {},
  'escalation.repeated-insults': { signal: 'signal', count: 'number' },
  'missing-name.not-used': { afterAgentMessages: 'number' },
  'missing-name.wrong-name': {},
  'interruption.while-typing': { freshSeconds: 'number' },
  'interruption.mid-burst': { minMessages: 'number', burstGapSeconds: 'number', replyWithinSeconds: 'number', unfinishedEndings: 'text list' },
  'interruption.premature-fix': { minCustomerWords: 'number', minComplaintWords: 'number' },
  'no-restatement.solution-before-restatement': {},
  'no-empathy.angry-without-empathy': { repeatEvery: 'number' },
  'agent-tone.shouting': { caps: 'number', exclamations: 'number' },
  'agent-tone.risky-wording': { threshold: 'number' },
  'no-solution.restated-without-solution': { afterAgentMessages: 'number' },
  'no-solution.offer-rejected': {},
  'no-follow-up.closing-without-follow-up': {},
  'breather.heated-chat-ended': { minHeatedTurns: 'number' },
};

/** The suggestion kinds each category shows from its rules' templates (`suggest:`). */
export const KINDS_SHOWN: Readonly<Record<FlagCategory, readonly SuggestionKind[]>> = {
  anger: [],
  escalation: ['escalate', 'apologize'],
  'missing-name': [],
  interruption: ['clarify'],
  'no-restatement': ['restate'],
  'no-empathy': ['apologize'],
  'liability-admission': ['reframe'],
  overpromise: ['reframe'],
  'agent-tone': ['reframe'],
  'no-solution': ['solution'],
  'no-follow-up': ['follow-up'],
  breather: ['breather'],
};

/** The signals the checks cannot do without: a rule set lacking one is a lint problem. */
export const REQUIRED_SIGNALS: readonly string[] = ['insult', 'solution-offer', 'restatement', 'empathy', 'offer-rejected', 'follow-up', 'closing', 'chat-ended', 'complaint'];

/** For ./nextStep.ts: how soon a flag wants acting on, the cards that answer it, whether a draft is reworded first. */
export const NEXT_STEP: Readonly<Record<FlagCategory, { urgency: number; answeredBy: readonly SuggestionKind[]; rewords: boolean }>> = {
  anger: { urgency: 5, answeredBy: ['apologize'], rewords: false },
  escalation: { urgency: 1, answeredBy: ['escalate'], rewords: false },
  'missing-name': { urgency: 8, answeredBy: [], rewords: false },
  interruption: { urgency: 3, answeredBy: [], rewords: false },
  'no-restatement': { urgency: 7, answeredBy: ['restate', 'clarify'], rewords: false },
  'no-empathy': { urgency: 4, answeredBy: ['apologize'], rewords: false },
  'liability-admission': { urgency: 6, answeredBy: ['reframe'], rewords: true },
  overpromise: { urgency: 6, answeredBy: ['reframe'], rewords: true },
  'agent-tone': { urgency: 6, answeredBy: ['reframe'], rewords: true },
  'no-solution': { urgency: 9, answeredBy: ['solution'], rewords: false },
  'no-follow-up': { urgency: 10, answeredBy: ['follow-up'], rewords: false },
  breather: { urgency: 0, answeredBy: ['breather'], rewords: false },
};
