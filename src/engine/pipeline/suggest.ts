// What the side panel shows right now: each detector proposes what its part of the playbook
// calls for, in playbook order, phrased from the rule files' templates (or the detector's
// defaults), filled with the customer's first name, rotated turn by turn.
import { DETECTORS } from '../detectors';
import type { SuggestContext } from '../detectors/types';
import type { CompiledRule, RuleSet } from '../rules/types';
import type { SuggestionCatalogue } from '../suggestionCatalogue';
import { CLOSING_PHRASINGS, filledTemplate, HANDED_OVER_PHRASINGS, rotatedVariant, saysWhenToExpect, withoutEchoes } from '../suggestions';
import type { Suggestion, SuggestionKind } from '../types';
import { checkBackDay, followUpTooSoon, needsHelpNow, stillTelling } from '../conversation/caseReading';
import { latestMessageEscalated, latestMessageThreatens, medicineRunningOut, safetyOpen } from '../conversation/openEscalation';
import { latestCustomerIndex, nameForCards, type SuggestionState } from '../conversation/state';

// The panel has room for a handful of cards; more is noise for an agent mid-chat.
const MAX_SUGGESTIONS = 6;

// Cards about the agent's own words, which still fit while a chat closes.
const ABOUT_THE_AGENT: ReadonlySet<SuggestionKind> = new Set(['reframe', 'breather']);

// While someone's health or life is at stake (a safety scare, a hint of self-harm): their safety
// and the hand-off, nothing about the order (no restatement, question or remedy), and still a
// reword of the agent's own draft.
const WHILE_SAFETY_OPEN: ReadonlySet<SuggestionKind> = new Set(['escalate', 'apologize', 'reframe', 'breather']);

// Right after a threat or abuse: the hand-off leads; restating the threat, asking about it or
// offering a remedy to it answers the wrong thing.
const AFTER_A_LINE_CROSSED: ReadonlySet<SuggestionKind> = new Set(['restate', 'clarify', 'solution']);

// A card proposed after this many customer messages in a row without the agent taking it up has
// been seen and passed over: it makes way for another instead of standing there turn after turn.
export const IGNORED_AFTER_MESSAGES = 3;

/** What the panel shows: the cards proposed, without those the agent has passed over, at most a handful. */
export function composeSuggestions(state: SuggestionState, rules: RuleSet, byCategory: Map<string, CompiledRule[]>, catalogue: SuggestionCatalogue): Suggestion[] {
  // After a customer message the list ends with that message's own cards: compared with those before it.
  const afterCustomer = latestCustomerIndex(state) === state.nextIndex - 1;
  const before = afterCustomer ? state.proposedAfterCustomers.slice(0, -1) : state.proposedAfterCustomers;
  return shownSuggestions(proposeSuggestions(state, rules, byCategory, catalogue), before);
}

/**
 * The proposed cards less those proposed after each of the customer's last
 * `IGNORED_AFTER_MESSAGES` messages (`before`, composed now if nobody read them yet).
 */
export function shownSuggestions(proposed: readonly Suggestion[], before: readonly (() => readonly Suggestion[])[]): Suggestion[] {
  if (before.length < IGNORED_AFTER_MESSAGES) return proposed.slice(0, MAX_SUGGESTIONS);
  const earlier = before.slice(-IGNORED_AFTER_MESSAGES).map((compose) => compose());
  return proposed.filter((card) => !passedOver(card.text, earlier)).slice(0, MAX_SUGGESTIONS);
}

// A function of the module, not a closure made per read: the panel reads the cards after every turn.
function passedOver(text: string, earlier: readonly (readonly Suggestion[])[]): boolean {
  return earlier.every((cards) => cards.some((card) => card.text === text));
}

// A loop, not `some` with a closure: run for every card after every turn.
function hasCardWithText(cards: readonly Suggestion[], text: string): boolean {
  for (const card of cards) if (card.text === text) return true;
  return false;
}

/** Every card the playbook calls for right now, in playbook order. */
export function proposeSuggestions(state: SuggestionState, rules: RuleSet, byCategory: Map<string, CompiledRule[]>, catalogue: SuggestionCatalogue): Suggestion[] {
  const out: Suggestion[] = [];
  // The customer says it is solved, or thanks the agent: restating, asking for facts, apologising
  // or offering remedies would reopen the chat. A closing line, or a check-back, fits instead.
  const closing = state.customer.closing && !state.ended;
  // Or, after the news or the thanks, more to raise ("BUT theres 2 other things"): on to those.
  const afterNews = closing ? closingPhrasings(state) : movesOnToMore(state) ? moreToRaisePhrasings(state) : undefined;
  if (afterNews) {
    const card = new DetectorSuggestContext(state, rules, catalogue, NO_RULES).phrase('follow-up', afterNews, { day: checkBackDay(state) });
    if (card) out.push(card);
  }
  // "DM sent": the agent's next step is to read what they sent; questions or remedies now answer
  // a message that asked for none, and sympathy too unless they still read upset.
  const handedOver = state.customer.handingOver;
  const reading = handedOver !== undefined && !closing && !state.ended;
  const readingCalmly = reading && state.anger.mood === 'calm';
  if (reading) {
    const card = new DetectorSuggestContext(state, rules, catalogue, NO_RULES).phrase('follow-up', HANDED_OVER_PHRASINGS[handedOver]);
    if (card) out.push(card);
  }
  // While the customer is typing, or their last message stopped mid-sentence ("…and the", "what
  // I'm asking for is"), they are not done: nothing to say to them yet (PLAYBOOK step 1, let them
  // finish), only the agent's own draft to reword. Unless someone's health or safety is at stake
  // ("rotten eggs through the whole kitchen… should I just keep waiting or"): that is said now.
  const waiting = stillTelling(state) && !safetyOpen(state);
  for (const detector of DETECTORS) {
    if (!detector.suggest) continue;
    const ctx = new DetectorSuggestContext(state, rules, catalogue, byCategory.get(detector.category) ?? NO_RULES);
    for (const s of detector.suggest(ctx)) if (fitsTheMoment(s.kind, closing || waiting, reading, readingCalmly) && !hasCardWithText(out, s.text)) out.push(s);
  }
  // Read once, and the list copied only when something may go.
  const tooSoon = followUpTooSoon(state);
  // (A day by which the agent will know answers "when?"; a check-back does not.)
  const fitting = tooSoon || state.draftDoes ? out.filter((s) => !(tooSoon && s.kind === 'follow-up' && !saysWhenToExpect(s.text)) && !doneByTheDraft(s.kind, state.draftDoes, closing)) : out;
  // (Medicine running out, and "I need to know now if it's coming or not": the straight answer is
  // about their safety too.)
  if (safetyOpen(state)) return fitting.filter((s) => WHILE_SAFETY_OPEN.has(s.kind) || (s.rule === STRAIGHT_ANSWER_RULE && medicineRunningOut(state)));
  // The cards are English: to a message in Spanish or German they read as not listening, and the
  // readings behind them (the complaint, the facts, the mood) were made for English.
  if (state.customer.inAnotherLanguage) return fitting.filter((s) => ABOUT_THE_AGENT.has(s.kind));
  // After a threat of violence, "sorry for the trouble, let's get it sorted" reads as giving in.
  if (latestMessageThreatens(state)) return fitting.filter((s) => !AFTER_A_LINE_CROSSED.has(s.kind) && s.kind !== 'apologize');
  return latestMessageEscalated(state) ? fitting.filter((s) => !AFTER_A_LINE_CROSSED.has(s.kind)) : fitting;
}

const NO_RULES: CompiledRule[] = [];
const STRAIGHT_ANSWER_RULE = 'no-solution.straight-answer';

// Beside an unsent draft, what it already does is not suggested again: a draft that acts on the
// case ("I've requested the reversal…") is the agent's next step (no remedy, no restatement, no
// closing line, and a check-back belongs after it is sent); one that apologises needs no apology
// card; one that says the problem back or asks about it, no restatement or question.
function doneByTheDraft(kind: SuggestionKind, does: SuggestionState['draftDoes'], closing: boolean): boolean {
  if (!does) return false;
  // One that says what can't be done ("there's nothing I can do about cancelling early") is the
  // answer the agent chose: a remedy beside it ("I can cancel that for you now") contradicts it.
  if (kind === 'solution') return (does.acts || does.refuses) && !closing;
  // Nor a "You're welcome" beside a draft that answers the thanks with the plan itself.
  if (kind === 'follow-up') return does.acts;
  if (kind === 'apologize') return does.empathizes;
  if (kind === 'restate') return does.restatesOrAsks || (does.acts && !closing);
  // Nor a question about what happened beside a draft that already acts on the answer.
  return kind === 'clarify' && (does.restatesOrAsks || does.acts);
}

// While the chat closes or the customer is still telling, only cards about the agent's own words;
// while the agent reads what was sent, an apology as well if the customer still reads upset.
function fitsTheMoment(kind: SuggestionKind, holding: boolean, reading: boolean, readingCalmly: boolean): boolean {
  if (ABOUT_THE_AGENT.has(kind)) return true;
  if (holding) return false;
  return !reading || (kind === 'apologize' && !readingCalmly);
}

// "ok that worked, thank you. BUT theres 2 other things": the fix landed and new matters follow.
function movesOnToMore(state: SuggestionState): boolean {
  // Thanks said as their own, first ("thanks, all working now. One more thing…"): "it said 'Thanks!
  // Your reading has been received'" quotes an app.
  // (Thanks for a look still to come, "Thank you Khalid. One more thing, the housing…", closes
  // nothing: "You're welcome… let's go through the other things" reads as the case done.)
  // (Or one more matter raised calmly after the agent's answer: "Done, blocked 👍 Last thing…".)
  // (Or one of the matters announced, in a message of its own: taken up.)
  const { saidResolved, thankedForFix, thankedFirst, latestCues, latestRaisesOneCalmly, latestTakesUpMore } = state.customer;
  if (latestTakesUpMore === true) return !state.ended;
  return (saidResolved || thankedForFix || (thankedFirst && !state.agent.cues.has('checking')) || latestRaisesOneCalmly === true) && latestCues.has('raises-more') && !state.ended;
}

// "BUT theres 2 other things" gets "let's go through the other things"; one more, asked there and
// then, gets it taken up.
function moreToRaisePhrasings(state: SuggestionState): readonly string[] {
  const one = state.customer.latestRaisesOne === true || state.customer.latestTakesUpMore === true;
  if (state.customer.saidResolved) return one ? CLOSING_PHRASINGS.oneMoreAfterFix : CLOSING_PHRASINGS.moreToRaise;
  if (one && state.customer.latestCorrectsName) return CLOSING_PHRASINGS.oneMoreWithName;
  return one ? CLOSING_PHRASINGS.oneMoreToRaise : CLOSING_PHRASINGS.thanksMoreToRaise;
}

// Thanks gets "You're welcome", news that it works gets "Glad to hear it"; a check-back only
// when there is an agreed action to check on, and never for someone who needs help right now.
function closingPhrasings(state: SuggestionState): readonly string[] {
  const { thanked, saidResolved, leaving, latestCues, apologisedForTone, gaveFeedback, passesThanks } = state.customer;
  if (apologisedForTone) return CLOSING_PHRASINGS.ownApology;
  if (gaveFeedback) return passesThanks ? CLOSING_PHRASINGS.feedbackWithThanks : state.customer.feedbackSad ? CLOSING_PHRASINGS.feedbackSad : CLOSING_PHRASINGS.feedback;
  if (passesThanks) return CLOSING_PHRASINGS.thanksPassedOn;
  if (latestCues.has('chooses-other')) return CLOSING_PHRASINGS.choosesOther;
  if (leaving && !saidResolved && !thanked) return CLOSING_PHRASINGS.leaving;
  // "all sorted, nothing else needed": no "anything else?" they just answered. Thanks with nothing
  // more wanted, where nothing may have been solved ("neither, thanks: just check that batch"),
  // gets the plain thanks line, which asks nothing and claims nothing sorted.
  if (latestCues.has('nothing-more')) return saidResolved || !thanked ? CLOSING_PHRASINGS.resolvedNothingMore : CLOSING_PHRASINGS.thanks;
  if (saidResolved) return thanked ? CLOSING_PHRASINGS.resolvedWithThanks : CLOSING_PHRASINGS.resolved;
  // "…that's all I needed, have a good night": they are going, a check-back date follows no one.
  return state.actionAgreed && !needsHelpNow(state) && !leaving ? CLOSING_PHRASINGS.thanksAfterAction : CLOSING_PHRASINGS.thanks;
}

// A class, not a literal with an arrow per detector: the panel composes after every turn.
class DetectorSuggestContext implements SuggestContext {
  constructor(
    readonly state: SuggestionState,
    readonly rules: RuleSet,
    readonly catalogue: SuggestionCatalogue,
    readonly categoryRules: CompiledRule[],
  ) {}

  phrase(
    kind: SuggestionKind,
    fallback: readonly string[],
    slots: Record<string, string | undefined> = {},
    fromRules: readonly CompiledRule[] = this.categoryRules,
    fits?: (template: string) => boolean,
    onlyFitting?: boolean,
  ): Suggestion | undefined {
    return phrase(this.state, fromRules, kind, fallback, slots, fits, onlyFitting);
  }
}

// A category's templates are fixed for an engine's life; the panel asks for them after every turn.
const templatesOfRules = new WeakMap<readonly CompiledRule[], Map<SuggestionKind, { text: string; rule: string }[]>>();

function templatesOf(rules: readonly CompiledRule[], kind: SuggestionKind): { text: string; rule: string }[] {
  let byKind = templatesOfRules.get(rules);
  if (!byKind) templatesOfRules.set(rules, (byKind = new Map()));
  let templates = byKind.get(kind);
  if (!templates) {
    templates = rules.flatMap((rule) => rule.suggest.filter((s) => s.kind === kind).flatMap((s) => s.text.map((text) => ({ text, rule: rule.id }))));
    byKind.set(kind, templates);
  }
  return templates;
}

// A detector's default phrasings are module constants: their cards are made once per rule id,
// not anew for every card after every turn.
const fallbacksOf = new WeakMap<readonly string[], Map<string, readonly { text: string; rule: string }[]>>();

const NO_TEMPLATES: readonly { text: string; rule: string }[] = [];

function fallbackTemplates(fallback: readonly string[], rule: string): readonly { text: string; rule: string }[] {
  if (fallback.length === 0) return NO_TEMPLATES;
  let byRule = fallbacksOf.get(fallback);
  if (!byRule) fallbacksOf.set(fallback, (byRule = new Map()));
  let templates = byRule.get(rule);
  if (!templates) byRule.set(rule, (templates = fallback.map((text) => ({ text, rule }))));
  return templates;
}

function phrase(
  state: SuggestionState,
  categoryRules: readonly CompiledRule[],
  kind: SuggestionKind,
  fallback: readonly string[],
  slots: Record<string, string | undefined>,
  fits?: (template: string) => boolean,
  onlyFitting = false,
): Suggestion | undefined {
  const templated = templatesOf(categoryRules, kind);
  const offered = templated.length > 0 ? templated : fallbackTemplates(fallback, categoryRules[0]?.id ?? `${kind}.default`);
  const fitting = fits ? offered.filter((t) => fits(t.text)) : offered;
  if (onlyFitting && fitting.length === 0) return undefined;
  // A line of empathy the agent just sent is not handed back to them (another one, or none).
  const pool = withoutEchoes(fitting.length > 0 ? fitting : offered, state.agent.recentLines);
  if (pool.length === 0) return undefined;
  // Same conversation and turn → same phrasing (reproducible). Each customer message moves every
  // pool on by one, so a card still called for after the next message is worded differently
  // rather than repeated (a conversation starts at its own place in each pool).
  const choice = rotatedVariant(pool, `${state.info.id ?? ''}:${kind}:${slots.remedy ?? ''}`, state.customer.messages);
  // (No name for cards, e.g. a header's initials: not the full name in its place either.)
  const firstName = nameForCards(state);
  const text = filledTemplate(choice.text, { name: firstName === undefined ? undefined : state.name?.full, firstName, ...slots });
  return { kind, text, rule: choice.rule };
}
