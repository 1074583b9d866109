// An agent draft (or sent message) flagged for tone, an admission or a promise, and its reframe:
// reworded when the panel first reads it, and read back through the engine that flagged it.
// The categories that reword (their detectors' `rewords`) share one reframe per message, shown
// by the detector whose flag asked for it (../detectors/reframeCard.ts).
import type { AnalyzedText } from '../analyzeText';
import { reframeDraft, type FlaggedSpans, type ReadBack, type ReframeContext } from '../suggestions';
import { splitClauses, splitSentences, withoutEndMark } from '../suggestions/clauses';
import type { Flag } from '../types';
import { claimAlreadyOpen } from '../suggestions/compensation';
import { safetyOpen } from './openEscalation';
import { needsHelpNow } from './caseReading';
import { nameForCards, type ConversationState, type ToneProblem } from './state';

/**
 * `rewordable`: the categories whose flags on an agent message call for a reframe of it.
 * `chat`: what the reframe reads of the chat so far (the agent's messages before this one, whose
 * lines of empathy it doesn't repeat; a claim already made; credit turned down), read only for a
 * flagged message.
 */
export function toneProblemOf(flags: Flag[], text: AnalyzedText, readBack: ReadBack, chat: () => ReframeContext, rewordable: ReadonlySet<Flag['category']>): ToneProblem | undefined {
  const flag = flags.find((f) => rewordable.has(f.category));
  if (!flag) return undefined;
  const spans = (category: Flag['category']) => flags.flatMap((f) => (f.category === category && f.evidence ? [f.evidence] : []));
  // Only the draft-risk model found anything (no rule did): its sentence is one it may misread.
  const modelOnly = flag.rule === MODEL_RULE && flags.every((f) => f.rule === MODEL_RULE || !rewordable.has(f.category)) ? flag.evidence : undefined;
  return new FlaggedWording(flag.turn, flag.rule, flag.category, text.raw, { overpromises: spans('overpromise'), admissions: spans('liability-admission') }, readBack, chat(), modelOnly);
}

const MODEL_RULE = 'agent-tone.risky-wording';

/** The draft's sentence the model flagged (`evidence`: its opening words), found once for both readings below. */
// (Whitespace read as the model's words have it: "do: \n 1) Recital" is the draft's "do:\n1) Recital"; the
// 210th reading's blind twenty had a fine draft's refund cut because its sentence went unfound.)
function flaggedSentence(draft: string, evidence: string): string | undefined {
  const opening = oneSpaced(evidence).slice(0, 40);
  return splitSentences(draft).find((s) => oneSpaced(s).includes(opening));
}

const oneSpaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The sentence the model flagged held the agent's own step ("…, so we will reprint all 40 prints
 * free of charge") and the reframe kept none of it: a card that drops the remedy does more harm than
 * the wording the model disliked (the 162nd reading's blind twenty, bad for all three graders).
 */
function dropsTheStep(sentence: string, reworded: string): boolean {
  const steps = splitClauses(withoutEndMark(sentence)).map((c) => c.text.trim().replace(/^(?:and|but|so|or|also|then)\s+/i, '')).filter((c) => OWN_STEP.test(c));
  return steps.length > 0 && steps.every((step) => !reworded.includes(step));
}

/**
 * The sentence the model flagged is in the reframe as the draft wrote it: the card changes only what
 * no one flagged (the 176th reading's blind twenty: a fine draft about a retake, cut of its answer to
 * "can someone else take it", bad for all three graders). No card beats it.
 */
function keepsWhatWasFlagged(sentence: string, reworded: string): boolean {
  return reworded.includes(oneSpaced(sentence));
}

// What the agent did or will do about the case: "we will reprint…", "I've refunded…", "I'll send…".
const OWN_STEP = /^(?:i|we)(?:'ll|\s+will|'ve|\s+have|\s+am going to|'m going to|\s+are going to)\s+(?:also\s+|now\s+|already\s+|just\s+)?(?:re-?\w+|refund\w*|replac\w*|send|sent|credit\w*|waiv\w*|book\w*|arrang\w*|cancel\w*|repair\w*|fix\w*|swap\w*|exchang\w*|deliver\w*|ship\w*|cover\w*)\b/i;

// Rewording a draft (and reading it back) is the costliest suggestion, and a draft changes with
// every keystroke: it is reworded when the panel shows it, once.
class FlaggedWording implements ToneProblem {
  private rewording: { text: string | undefined } | undefined;

  constructor(
    readonly turn: number,
    readonly rule: string,
    readonly category: Flag['category'],
    private readonly raw: string,
    private readonly flagged: FlaggedSpans,
    private readonly readBack: ReadBack,
    private readonly chat: ReframeContext,
    private readonly modelEvidence?: string,
  ) {}

  get reworded(): string | undefined {
    if (!this.rewording) {
      const text = reframeDraft(this.raw, this.flagged, this.readBack, this.chat);
      const flagged = text !== undefined && this.modelEvidence ? flaggedSentence(this.raw, this.modelEvidence) : undefined;
      const undone = text !== undefined && flagged !== undefined && (dropsTheStep(flagged, text) || keepsWhatWasFlagged(flagged, text));
      this.rewording = { text: undone ? undefined : text };
    }
    return this.rewording.text;
  }

  readsClean(text: string): boolean {
    return this.readBack(text).size === 0;
  }
}

const TITLE_DECLINED = /\bno need for (?:the )?(?:dr|doctor|mr|mrs|ms|miss|mx|title|formalit\w*)\b|\b(?:don'?t|do not|no need to) call me (?:dr|doctor|mr|mrs|ms|miss|mx)\b|\b(?:just|plain) \p{Lu}[\p{L}'’-]+ (?:is fine|please|will do)\b/iu;

/** What a reframe of the agent's next message reads of the chat so far. */
export function reframeContextOf(state: ConversationState): ReframeContext {
  const saidBefore = state.agent.recentLines;
  return {
    saidBefore,
    claimOpen: claimAlreadyOpen(saidBefore) || claimAlreadyOpen(state.customer.recent.map((m) => m.text.raw)),
    refusedCredit: state.customer.cues.has('refuses-credit'),
    name: nameForCards(state),
    bereaved: state.customer.cues.has('bereaved'),
    // (Only once they declined the title in so many words: "Layla is fine, no need for Dr.")
    // (Or once they asked for the name they go by: "please call me Sunny not Seo-yeon" is no "Ms. Kim";
    // the 172nd reading's blind twenty.)
    titleDeclined: (Boolean(state.name?.replaced) && state.customer.recent.some((m) => TITLE_DECLINED.test(m.text.raw))) || state.name?.preferred === true,
    leaving: state.customer.cues.has('wants-to-close') || state.customer.cues.has('cancels-outright') || state.customer.cues.has('gambling-harm'),
    hurt: state.customer.cues.has('hurt'),
    // (Or told as one: "this is a safety issue, not an inconvenience".)
    unwell: safetyOpen(state) || state.customer.cues.has('calls-it-serious'),
    refusedSorry: state.customer.cues.has('refuses-sorry'),
    needsHelpNow: needsHelpNow(state),
  };
}
