// What a conversation remembers that every detector reads: turns, the customer's name, their
// messages and typing, the agent's latest lines, the anger level, the complaint and its problem
// type, and what the chat has settled about the case (cues, refusals, an agreed action: read by
// caseReading.ts). What one detector alone remembers lives in that detector (`detectors`, its `state`).
// Bounded: a chat of 20,000 turns keeps the same few fields and short windows, so the cost of a
// turn never grows with its index.
import type { AnalyzedText } from '../analyzeText';
import type { ConversationInfo } from '../api';
import type { AngerTrend, Flag, Mood, Suggestion } from '../types';
import { MoodMemory } from '../mood/context';
import { fromTheHeader, type CustomerName } from './customerName';
import type { AgentCue, CustomerCue, Fact, ProblemType, ProblemTypeVotes } from '../suggestions';

export interface CustomerMessage {
  index: number;
  at?: number;
  text: AnalyzedText;
  anger: number;
  /** What problem type this message points to, computed once when it arrives. */
  problemVotes: ProblemTypeVotes;
  /** It answers the question the agent just asked ("No, it is not Glargine…"): a correction, not the complaint. */
  answers?: boolean;
}

export interface ConversationState {
  info: ConversationInfo;
  /** Index the next turn gets. */
  nextIndex: number;
  /** Time of the latest turn that had one (turns without times inherit it). */
  lastAt?: number;
  name?: CustomerName;
  /**
   * How the agent addresses them when it is more formal than the given name ("Hello Mr Wójcik",
   * "Merhaba Şebnem Hanım"), for the name it was said of: cards say it the same way.
   */
  addressedAs?: { name: CustomerName; as: string };
  anger: {
    level: number;
    previousLevel: number;
    trend: AngerTrend;
    peak: number;
    /** Customer turns whose smoothed level was at or above the heated level. */
    heatedTurns: number;
    /** Index of the latest customer turn that read upset: angry or frustrated. */
    lastUpsetTurn?: number;
    /** How the latest customer message read. */
    mood: Mood;
  };
  /** What the mood model remembers of the conversation (earlier messages, the agent's last line). */
  moodMemory: MoodMemory;
  customer: {
    /** The customer started typing and has not sent anything since. */
    typingSince?: number;
    typing: boolean;
    /** The latest few customer messages (complaint, burst, facts); bounded window, replaced when it changes. */
    recent: readonly CustomerMessage[];
    /** Customer messages since the agent's last message; replaced when it changes. */
    burst: readonly CustomerMessage[];
    /** `recent` and `burst` as suggestions see them (`MessageStamp`), replaced along with them. */
    recentStamps: readonly MessageStamp[];
    burstStamps: readonly MessageStamp[];
    /** Words the customer has written in the whole chat (describing the problem). */
    words: number;
    /** Index of the latest customer message that carried a complaint. */
    lastComplaintTurn?: number;
    lastAt?: number;
    /** Facts the customer has given so far (order number, date, what they tried…); replaced, never mutated. */
    facts: ReadonlySet<Fact>;
    /** Their latest message, calm, says it is solved or thanks the agent for the help: the chat is closing. */
    closing: boolean;
    /** Their latest message says sorry for their own tone ("Sorry for being grumpy on Tuesday"), after the case closed. */
    apologisedForTone?: boolean;
    /**
     * Their latest message hands the details over, or is about to ("DM sent", "Sent and thank
     * you", "i'll send you a DM"), and complains of nothing: the case waits on the agent reading them.
     */
    handingOver?: 'sent' | 'will-send' | 'later';
    /** Messages they have sent (each one moves the phrasings on). */
    messages: number;
    /** A message since the agent last spoke (the latest included) said nothing more is needed ("That's everything."). */
    burstNothingMore?: boolean;
    /** A message since the agent last spoke chose another offer calmly ("I'll go with the other one"). */
    burstChoseOther?: boolean;
    /** A message since the agent last spoke opened with thanks ("Thank you. Please note I cannot come Sunday…"). */
    burstThankedFirst?: boolean;
    /** A message of the current burst thanked the agent ("Just wanted to say thanks…"). */
    burstThanked?: boolean;
    /** A message since the agent last spoke praised them ("Thank you Diego, you were very kind, really"). */
    burstPraised?: boolean;
    /** A message since the agent last spoke refused apologies ("I dont want 'sorry'. I want a DJ"). */
    burstRefusedSorry?: boolean;
    /** A message since the agent last spoke asked plainly to cancel ("Please just cancel it."). */
    burstCancelled?: boolean;
    /** Their latest message is a short, plain answer to the agent's question ("I'm standing in front of it"). */
    latestFollowsLead?: boolean;
    /** A message since the agent last spoke mocked ("wow, an emoji. that'll run my fridge"). */
    burstMocked?: boolean;
    /** A message since the agent last spoke called the replies scripted ("its copy paste", "not a script", "reading off a script"). */
    burstCalledScripted?: boolean;
    /** A message since the agent last spoke quoted or scorned the agent's apology ("'Any inconvenience'", "really sorry lol"). */
    burstMockedApology?: boolean;
    /** Once in the chat they mocked a stock apology or called the replies a script: a bare stock sorry later repeats it. */
    mockedStockApology?: boolean;
    /** Their latest message raises one more matter, not several ("Can I ask one more thing."). */
    latestRaisesOne?: boolean;
    /** Their latest message puts right the name we wrote for them ("btw its Samantha not Samuel 🙂"). */
    latestCorrectsName?: boolean;
    /**
     * That one more matter is raised calmly, after the agent answered the last ("Done, blocked 👍 Last
     * thing, the app also charged a fee. Is that normal?"): taken up, not met with sympathy.
     */
    latestRaisesOneCalmly?: boolean;
    /** A message since the agent last spoke announced more matters ("two more things and then I leave you in peace"). */
    burstRaisedMore?: boolean;
    /** A message since the agent last spoke asked something. */
    burstAsked?: boolean;
    /** Their latest message is one of the matters announced earlier in the burst, asked calmly. */
    latestTakesUpMore?: boolean;
    /**
     * Their latest message is a short answer ("Yes", "Hold please") or upbeat (thanks, "haha",
     * "ecstatic 😊"): no moment for an apology they are still owed.
     */
    latestNeedsNoSympathy: boolean;
    /** Their latest message thanks the agent light-heartedly ("lol no wahala… refund is fine, thanks 😂"). */
    thankedEasily: boolean;
    /** Their latest message speaks of being asked ("your colleague asked me for it AGAIN"). */
    latestSaysAsked: boolean;
    /** The latest message asks the agent something (a question mark anywhere in it). */
    latestAsks: boolean;
    /** Their latest message calmly asks what the agent's words mean: "What do you mean by local user". */
    asksMeaning?: boolean;
    /** Their latest message says they are overwhelmed: "I am doing everything alone", "I don't know what else to do". */
    latestDistress?: boolean;
    /** Their latest message asks whether to come in: "should I come to hospital now?". */
    latestAsksToComeIn?: boolean;
    /** The latest message asks whether it is safe, or whether to call for help ("is safe to sleep here?? should i call the bomberos??"). */
    latestAsksIfSafe?: boolean;
    /** Their latest message says it means no complaint: "I don't want to make trouble, I only want to know". */
    latestMeansNoComplaint?: boolean;
    /** The latest message says they cannot carry it alone ("I can't do this on my own", "I'm on my own with him"). */
    latestAloneWithIt?: boolean;
    /** The latest message sets its requests out as a numbered list ("So two things. 1) … 2) …"). */
    latestListsRequests?: boolean;
    /** …and asks a question for each item ("Two question please. 1) … Is possible? 2) … or I can use them later?"). */
    latestListsQuestions?: boolean;
    /** Their latest message opens with thanks for the step the agent took and asks about it, calmly: "ok merci. can the tech call 30 min before?". */
    latestTakesStepAndAsks?: boolean;
    /** One who has lost someone shares the memory or the grief in this message ("he was 14… the house is so quiet"), sorry for it or not. */
    latestSharesGrief?: 'apologising' | 'telling' | 'apologisingOfAPlace' | 'tellingOfAPlace' | 'apologisingOfTheMemorial' | 'tellingOfTheMemorial';
    /** One grieving tells of post still sent to the one they lost ("a letter this morning addressed to Biscuit… My daughter opened it"). */
    latestMailToTheLost?: boolean;
    /** One grieving asks, in the latest message, whether the death could have been prevented. */
    latestAsksIfPreventable?: boolean;
    /** The latest message asks whether someone they love will live or be all right ("will she be ok… tell me honestly if shes going to make it"). */
    latestAsksIfTheyWillLive?: boolean;
    /** The latest message turns credit down and asks for the money itself. */
    latestWantsMoneyNotCredit?: boolean;
    /** Their latest message asks who can help instead: "Can you tell me who can." */
    asksWhoCan?: boolean;
    /** Their latest message asks to be told something: "can you just confirm the date and the amount?", "tell me where to write". */
    latestAsksToBeTold?: boolean;
    /** Their latest message asks whether they will be told the outcome ("Will someone actually tell me whether it's approved…?"). */
    latestAsksIfTold?: boolean;
    /** …and what they ask to be told is that it arrived: "Will someone let me know when it's actually there?". */
    latestAsksToBeToldOnArrival?: boolean;
    /** The latest message opens with their own thanks ("thanks, all working now…"), not one quoted from an app. */
    thankedFirst: boolean;
    /** The latest message says "as I said" only in passing, after a detail ("he's in Dubai as I said"), not of something asked again. */
    latestOnlyRecalls: boolean;
    /** The index of their latest message that put the agent right ("that's not the issue"). */
    correctedAt?: number;
    /** What their messages so far say about the case (what they tried, asked for, know); replaced, never mutated. */
    cues: ReadonlySet<CustomerCue>;
    /** The same for their latest message alone. */
    latestCues: ReadonlySet<CustomerCue>;
    /**
     * Their latest message names a specific kind of problem (a fault, an order, a charge, an
     * account), however unsure the type, or gives the order number or email to find it by.
     */
    latestNamesCase: boolean;
    /**
     * Before the agent has said anything, nothing they sent complains, names a case, asks for
     * something or asks for help: a happy or playful post ("Got my $3 #boorito 🎃", "Me time in the
     * sky..."), with nothing to be sorry for, look into or ask about.
     */
    openingWithoutProblem?: boolean;
    /** Their latest message is a jibe at the company or the reply ("Y'all lie"), with no case in it. */
    latestJibe: boolean;
    /** Their latest message thanks the agent. */
    thanked: boolean;
    /** Their latest message thanks for the fix itself ("big thks… 4 ur prompt intervention & resolution"), something pending or not. */
    thankedForFix: boolean;
    /** Their latest message thanks the agent and passes on a word for the team ("please tell your staff to inform people next time"). */
    gaveFeedback: boolean;
    /** The word for the team comes with sadness at what happened ("It is only a number, but… I am a little sad. Maybe please tell the developers…"). */
    feedbackSad?: boolean;
    /** Their latest message thanks the agent and asks that thanks be passed on ("tell the driver thanks from me"). */
    passesThanks: boolean;
    /** Their latest message says the problem is solved. */
    saidResolved: boolean;
    /** Their latest message takes leave of the chat: "gotta run, bye!!". */
    leaving: boolean;
    /** Their latest message mocks ("oh brilliant, £5", "love how your app thinks…"). */
    mocking?: boolean;
    /** Their latest message is written in another language than English ("hola, realicé 2 compras…"). */
    inAnotherLanguage?: boolean;
    /** Their latest message asks a question and nothing in it complains, presses or sours ("what is the last flight tonight?"). */
    plainQuestion: boolean;
  };
  agent: {
    messages: number;
    /** The agent has answered something the customer wrote (not only greeted them first). */
    answered?: boolean;
    lastAt?: number;
    /** The agent's latest message asked for the order number: a bare number in the reply is it. */
    askedForOrderNumber: boolean;
    /** The agent's latest message asked a question, until the customer's next message. */
    askedQuestion?: boolean;
    /** A message the agent sent named a day, a date or a number of days ("the engineer comes Thursday", "3–5 working days"). */
    namedDay: boolean;
    /** The agent's latest messages as sent (`RECENT_AGENT_LINES`, oldest first): a card doesn't hand their empathy back. Replaced, never mutated. */
    recentLines: readonly string[];
    /** What the agent's messages so far did (tracking given, case found, refusals); replaced, never mutated. */
    cues: ReadonlySet<AgentCue>;
    /** What the agent said they cannot do ("cancel", "refund"); replaced, never mutated. */
    refused: ReadonlySet<string>;
    /** The agent's latest message offered an action of their own, not yet answered. */
    offerPending: boolean;
    /** The agent said a bare "I'm so sorry" once a death was told: condolences given. */
    sorryAfterLoss?: boolean;
  };
  /** The agent committed to an action of their own, or the customer took up one they offered: a check-back has something to check. */
  actionAgreed: boolean;
  ended: boolean;
  /** Latest open flag per rule (bounded by the number of rules). */
  open: Map<string, Flag>;
  /** Flags raised on the current unsent draft. */
  draftFlags: Flag[];
  /**
   * The sentences of the customer's latest complaint that state their problem, best first, as
   * written. Restated in second person for `{problem}` only when a suggestion needs it
   * (`restatableProblem`); read from the messages only then, too (a replay reads few turns' cards).
   */
  complaintSentences?: () => readonly string[];
  /**
   * The cards proposed after each of the latest customer messages (oldest first), each composed
   * when first asked for: a card proposed after all of them was passed over and makes way.
   * Replaced, never mutated.
   */
  proposedAfterCustomers: readonly (() => readonly Suggestion[])[];
  /** Problem type (delivery, billing, …) for the remedy catalogue. */
  problemType?: ProblemType;
  /** When to promise a follow-up, for `{day}` ("tomorrow", "Friday"). */
  followUpDay?: string;
  /** Latest agent draft or message flagged for tone or promises, with a calmer rewording. */
  lastToneProblem?: ToneProblem;
  /** The same for the current unsent draft. */
  draftToneProblem?: ToneProblem;
  /** The current unsent draft's text, while one is being typed. */
  draftText?: string;
  /** The current unsent draft names a day, a date or a number of days. */
  draftNamesDay?: boolean;
  /**
   * What the current unsent draft already does (the panel does not suggest it beside the draft):
   * acts on the case ("I've requested the reversal"), says what can't be done, apologises or
   * acknowledges, says the problem back or asks about it.
   */
  draftDoes?: { acts: boolean; refuses: boolean; empathizes: boolean; restatesOrAsks: boolean };
  /** Each detector's own state, in its `slot` (`Detector.stateOf` reads it); replaced, never mutated. */
  detectors: readonly object[];
}

export interface ToneProblem {
  turn: number;
  rule: string;
  /** The flagged rule's category: its detector shows the reframe. */
  category: Flag['category'];
  /** The flagged text fixed, when the rewording finds a version the engine reads as clean. */
  readonly reworded?: string;
  /** The engine reads `text`, as the agent's next message, without a tone, admission or promise flag. */
  readsClean(text: string): boolean;
}

// A complaint, a burst and the facts the customer gave live in the last few messages.
export const RECENT_CUSTOMER_MESSAGES = 8;
// A line of empathy the agent sent in their last two messages is still in the customer's mind.
export const RECENT_AGENT_LINES = 2;

/** A customer message as suggestions see it: when it came, not its words. */
export type MessageStamp = Omit<CustomerMessage, 'text' | 'problemVotes'>;

/**
 * What suggestions read: the state without the customer's analysed messages (a live state is
 * one). A snapshot kept for a turn result must not hold wink documents alive.
 */
export type SuggestionState = Omit<ConversationState, 'customer'> & {
  customer: Omit<ConversationState['customer'], 'recent' | 'burst' | 'recentStamps' | 'burstStamps'> & { recent: readonly MessageStamp[]; burst: readonly MessageStamp[] };
};

/**
 * What the suggestions read, copied after a turn: a turn's suggestions are composed when first
 * read, as of that turn, however many turns came after it. Flags, names, facts, tone problems and
 * the detectors' own states are never mutated, only replaced, so they are shared.
 */
export function snapshotForSuggestions(state: ConversationState): SuggestionState {
  const { customer } = state;
  return {
    ...state,
    anger: { ...state.anger },
    customer: { ...customer, recent: customer.recentStamps, burst: customer.burstStamps },
    agent: { ...state.agent },
    // Replaced, never mutated, when a turn changes it (../pipeline/conversation.ts): shared.
    open: state.open,
    // A snapshot must not hold the ones before it (and so every earlier turn's) alive.
    proposedAfterCustomers: [],
  };
}

/** A customer message as suggestions see it (made once, when it arrives). */
export function stampOf({ index, at, anger }: CustomerMessage): MessageStamp {
  return { index, at, anger };
}

/** The name a card calls the customer by: as the agent addresses them, else their given name. */
export function nameForCards(state: Pick<SuggestionState, 'name' | 'addressedAs'>): string | undefined {
  if (state.addressedAs && state.addressedAs.name === state.name) return state.addressedAs.as;
  // Initials the desk header shows ("M-A Tremblay", "J.P. Silva") are no name anyone called them by;
  // the ones they give themselves ("it's DJ") are.
  const first = state.name?.first;
  return first && fromTheHeader(state.name!) && HEADER_INITIALS.test(first) ? undefined : first;
}

const HEADER_INITIALS = /^\p{Lu}(?:[.-]\s?\p{Lu})+\.?$/u;

/** Index of the customer's latest message, or undefined before they wrote one. */
export function latestCustomerIndex(state: SuggestionState): number | undefined {
  const { recent } = state.customer;
  return recent[recent.length - 1]?.index;
}

/**
 * The customer's latest message presses the problem: it complains in its own words, or reads upset
 * and is more than a short or upbeat answer (the conversation's mood carries an earlier outburst
 * over to a plain "Yes"). Sympathy and remedies answer such a message.
 */
export function latestMessagePresses(state: SuggestionState): boolean {
  const latest = latestCustomerIndex(state);
  return latest !== undefined && (latest === state.customer.lastComplaintTurn || (latest === state.anger.lastUpsetTurn && !state.customer.latestNeedsNoSympathy));
}

/**
 * A customer message upset in its own words (frustrated as much as angry) carries a complaint to
 * restate. `turn`: the detectors' TurnContext, as far as this reads it.
 */
export function complains(turn: { signal(name: string): string | null; ownMood: Mood }): boolean {
  return turn.signal('complaint') !== null || turn.ownMood !== 'calm';
}

/**
 * A new conversation's state, with the own state of each detector that keeps one (`detectors`:
 * the registered detectors, as far as this reads them).
 */
export function createState(info: ConversationInfo, detectors: readonly { slot: number; state?: { initial(): object } }[]): ConversationState {
  const own: object[] = [];
  for (const detector of detectors) if (detector.state) own[detector.slot] = detector.state.initial();
  return {
    info,
    nextIndex: 0,
    anger: { level: 0, previousLevel: 0, trend: 'steady', peak: 0, heatedTurns: 0, mood: 'calm' },
    moodMemory: new MoodMemory(),
    customer: {
      typing: false,
      recent: [],
      burst: [],
      recentStamps: [],
      burstStamps: [],
      words: 0,
      facts: new Set(),
      closing: false,
      latestNeedsNoSympathy: false,
      thankedEasily: false,
      latestSaysAsked: false,
      latestAsks: false,
      thankedFirst: false,
      latestOnlyRecalls: false,
      messages: 0,
      cues: new Set(),
      latestCues: new Set(),
      latestNamesCase: false,
      latestJibe: false,
      thanked: false,
      thankedForFix: false,
      gaveFeedback: false,
      passesThanks: false,
      saidResolved: false,
      leaving: false,
      plainQuestion: false,
    },
    agent: { messages: 0, askedForOrderNumber: false, namedDay: false, recentLines: [], cues: new Set(), refused: new Set(), offerPending: false },
    actionAgreed: false,
    ended: false,
    open: new Map(),
    draftFlags: [],
    proposedAfterCustomers: [],
    detectors: own,
  };
}
