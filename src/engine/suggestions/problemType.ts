// What kind of problem the customer has, from keywords in their turns: the type picks the
// team's pre-approved remedies (PLAYBOOK step 7) and the facts worth asking for (step 5).
import type { AnalyzedText } from '../analyzeText';
import { PROBLEM_TYPES, type ProblemType } from './problemTypeNames';
import type { RemedyCatalogue } from './remedyCatalogue';
import { indexByFirstWord, phraseAt, phraseWords, sentenceWords, type Word } from './words';

export { isProblemType, PROBLEM_TYPES, type ProblemType } from './problemTypeNames';

/**
 * The built-in vocabulary, two kinds of words per type. `problem` words name the problem itself
 * ("charged twice", "no signal", "never arrived"); `domain` words only say where it lies ("app",
 * "flight", "invoice"): a customer who mentions the app may be asking how to download it. A
 * phrase matches a word's surface form or its lemma, so "charge twice" covers "charged twice" and
 * "not work" covers "doesn't work". Words that belong to several kinds of problem ("cancel":
 * a subscription or a flight; "late": a parcel or a train) are domain words of each, so they
 * point nowhere on their own. Teams add their own words (product names, "sofa", "mattress")
 * through the `keywords` of the remedy catalogue, counted as problem words; the built-in list
 * stays in code because its phrases depend on how wink splits and lemmatises words.
 *
 * A domain word earns its place by pointing to one kind of problem more than to the others:
 * words any complaint may carry ("account", "paid", "update", "store", "subscription") are left
 * out, or a parcel "I paid for" that never came would read as half a billing problem.
 */
export interface ProblemVocabulary {
  problem: readonly string[];
  domain: readonly string[];
}

export const DEFAULT_PROBLEM_KEYWORDS: Readonly<Record<ProblemType, ProblemVocabulary>> = {
  'wrong-item': {
    problem: [
      'wrong item', 'wrong size', 'wrong colour', 'wrong color', 'wrong product', 'wrong model', 'wrong order',
      'not what i ordered', 'different item', 'missing item', 'missing from', 'item missing', 'items missing',
      'forgot to include', 'forgot to put', 'left out of', 'sent me the wrong', 'received the wrong', 'got the wrong',
    ],
    domain: ['wrong one', 'instead of', 'missing', 'forgot'],
  },
  defect: {
    problem: [
      'damaged', 'broken', 'defective', 'faulty', 'cracked', 'smashed', 'shattered', 'torn', 'leaking', 'dented',
      'scratched', 'stopped working', 'fell apart', 'expired', 'out of date', 'mouldy', 'moldy', 'stale', 'rotten',
      'spoiled', 'spoilt', 'dead on arrival', 'not turn on', 'not charge', 'not charging', 'overheating', 'overheat',
      'battery drain', 'battery drains',
    ],
    domain: ['damage', 'leak', 'broke', 'battery', 'quality', 'not work'],
  },
  billing: {
    problem: [
      'charge twice', 'charged twice', 'double charge', 'double charged', 'charged again', 'overcharge', 'overcharged',
      'wrong amount', 'charged', 'charges', 'extra charge', 'hidden fee', 'hidden fees', 'late fee', 'surcharge', 'billed',
      'bank statement', 'taken from my account', 'unauthorised', 'unauthorized', 'payment failed', 'payment declined',
      'card declined', 'price increase', 'overpriced', 'overdraft',
    ],
    domain: [
      'fee', 'fees', 'invoice', 'bill', 'billing', 'payment', 'debit', 'deducted', 'price', 'prices', 'pricing',
      'voucher', 'coupon', 'discount', 'promo', 'declined',
    ],
  },
  'account-access': {
    problem: [
      'log in', 'login', 'log into', 'sign in', 'signin', 'sign into', 'password', 'locked out', 'lock out',
      'verification code', 'security code', 'one time code', 'two factor', '2fa', '2 step', 'two step', 'otp',
      'authentication', 'reset link', 'username', 'access my account', 'account suspended', 'account locked',
      'account disabled', 'account deactivated', 'hacked', 'compromised', 'can not access',
    ],
    domain: ['locked', 'verify', 'verification', 'suspended', 'deactivated', 'disabled'],
  },
  technical: {
    problem: [
      'bug', 'error', 'crash', 'crashes', 'crashing', 'not work', 'glitch', 'glitchy', 'freeze', 'freezing', 'frozen',
      'not load', 'not loading', 'blank screen', 'error message', 'not responding', 'outage', 'outages', 'no service',
      'no signal', 'no internet', 'no connection', 'no wifi', 'lost connection', 'not connect', 'not connecting',
      'disconnect', 'disconnects', 'disconnected', 'disconnecting', 'keeps dropping', 'buffering', 'lagging', 'lag',
      'is down', 'are down', 'went down', 'still down', 'been down', 'down again', 'slow speed', 'slow speeds',
      'throttle', 'throttling', 'not play', 'not playing', 'not open', 'not sync', 'not syncing', 'keeps restarting',
      'not update', 'not updating', 'not stream', 'not streaming', 'since the update', 'since updating', 'after the update',
      'after updating', 'after update', 'trouble connect', 'problem connect', 'problems connect', ...outagePhrases(),
    ],
    domain: [
      'app', 'website', 'updated', 'sync', 'install', 'internet', 'wifi', 'wi fi', 'broadband', 'signal', 'network',
      'connection', 'channel', 'channels', 'streaming', 'stream', 'tv', 'cable', 'modem', 'router', 'speed', 'speeds',
      'slow', 'server', 'servers', 'browser', 'software', 'download', 'device', 'computer', 'laptop', 'console',
      'screen', 'bluetooth', 'ios', 'android',
    ],
  },
  cancellation: {
    problem: [
      // The customer wanting to cancel, not "they cancelled it" (a flight, an order the company dropped).
      'want to cancel', 'wanted to cancel', 'need to cancel', 'like to cancel', 'trying to cancel', 'tried to cancel',
      'how to cancel', 'how do i cancel', 'unable to cancel', 'can not cancel', 'please cancel', 'cancel my subscription',
      'cancel my account', 'cancel my membership', 'cancel my plan', 'cancel my contract', 'cancel my order',
      'cancellation', 'unsubscribe', 'close my account', 'delete my account', 'end my subscription',
      'stop my subscription', 'auto renew', 'renewal', 'terminate',
    ],
    domain: ['cancel', 'renew'],
  },
  refund: {
    problem: [
      'refund', 'refunded', 'money back', 'my money', 'money i paid', 'money i have paid', 'money we paid', 'money we have paid', 'reimburse', 'reimbursement', 'return label', 'store credit',
      'credit note', 'chargeback', 'credited', 'credit back',
    ],
    domain: ['return', 'returned', 'credit', 'compensation'],
  },
  // Not "package" or "parcel" as problem words: every problem with physical goods mentions them.
  delivery: {
    problem: [
      'delivery', 'delivered', 'not deliver', 'shipping', 'shipped', 'shipment', 'tracking', 'track my', 'courier',
      'where is my package', 'where is my parcel', 'where is my order', 'lost in the post', 'not received', 'not receive',
      'never received', 'never came', 'never arrived', 'not arrive', 'not arrived', 'dispatch', 'dispatched',
      'in transit', 'wrong address', 'supposed to arrive', 'supposed to be delivered', 'should have arrived',
      'due to arrive', 'not arrived yet', 'on its way', 'still waiting for my order', 'still waiting for my package',
      'still waiting for my parcel',
    ],
    domain: ['arrive', 'deliver', 'late', 'delayed', 'delay', 'package', 'parcel'],
  },
  // Travel and staff problems: no remedies of their own, but their words keep a delayed flight
  // from reading as a late parcel and a cancelled train as a cancellation.
  other: {
    problem: [
      'delayed flight', 'flight delayed', 'cancelled flight', 'canceled flight', 'flight cancelled', 'flight canceled',
      'missed connection', 'missed my connection', 'missed my flight', 'connecting flight', 'lost luggage', 'lost baggage', 'lost my luggage',
      'lost my bag', 'rude', 'rudely',
    ],
    domain: [
      'flight', 'flights', 'flying', 'plane', 'airport', 'airline', 'gate', 'boarding', 'baggage', 'luggage', 'suitcase',
      'layover', 'train', 'trains', 'platform', 'railway',
    ],
  },
};

/** "internet down", "wifi is out", "signal keeps dropping": a service named with its failure. */
function outagePhrases(): string[] {
  const services = ['internet', 'wifi', 'broadband', 'service', 'network', 'signal', 'connection', 'cable', 'tv', 'channel', 'channels', 'app', 'website', 'site', 'server', 'servers', 'system'];
  return services.flatMap((service) => [`${service} down`, `${service} is down`, `${service} out`, `${service} is out`, `${service} keeps dropping`, `${service} dropping`, `slow ${service}`]);
}

/** A problem word counts fully; a domain word alone is weak evidence. */
const PROBLEM_WORD_WEIGHT = 1;
const DOMAIN_WORD_WEIGHT = 0.4;
/**
 * Doubt before any evidence, in problem words: one problem sentence and nothing else reads
 * 1 / 2, two read 2 / 3. Certainty grows with the evidence and with the lead over the runner-up.
 */
const EVIDENCE_PRIOR = 1;
/**
 * Below this confidence the type is a guess: only what fits any problem is offered. Chosen by
 * cross-validation by dialogue on the labeled twcs turns (bench/problem-types.ts: every fold
 * chose it): a sentence that names the problem, with nothing pointing elsewhere, is enough.
 */
export const CONFIDENT_PROBLEM_TYPE = 0.45;

/** The type the customer's turns point to most, and how sure that reading is. */
export interface ProblemTypeReading {
  /** The best-supported type, or `undefined` when no word points to any type. */
  type: ProblemType | undefined;
  /** In [0, 1]: 0 with no evidence or a tie, near 1 with several sentences for one type alone. */
  confidence: number;
}

/**
 * The problem type the customer's turns point to most, or `undefined` when they name none (the
 * caller keeps what it knew, or treats it as `other`). A best guess: see `readProblemType` for
 * how sure it is.
 */
export function detectProblemType(texts: readonly AnalyzedText[], catalogue: RemedyCatalogue = {}): ProblemType | undefined {
  return readProblemType(texts, catalogue).type;
}

/** The problem type of the customer's turns, with its confidence. */
export function readProblemType(texts: readonly AnalyzedText[], catalogue: RemedyCatalogue = {}): ProblemTypeReading {
  return problemTypeReading(texts.map((text) => problemTypeVotes(text, catalogue)));
}

/**
 * One text's votes: per type, the evidence of its sentences. A sentence that names a problem
 * counts 1 for its type, and its domain words are context ("my package arrived damaged" is a
 * defect, whatever "package" and "arrived" say); a sentence of domain words only counts 0.4 per
 * word for each type they point to, at most 1. So one rant that repeats "package" does not
 * outweigh the sentence that says what is wrong.
 */
export type ProblemTypeVotes = ReadonlyMap<ProblemType, number>;

export function problemTypeVotes(text: AnalyzedText, catalogue: RemedyCatalogue = NO_CATALOGUE): ProblemTypeVotes {
  const { byWord } = vocabularyOf(catalogue);
  const votes = new Map<ProblemType, number>();
  const { domain, named, atWord } = SCRATCH;
  for (const words of sentenceWords(text)) {
    domain.fill(0);
    let anyNamed = false;
    for (let start = 0; start < words.length; start++) {
      // Only phrases opening with the word (surface form or lemma) can match here; a word counts
      // once per type, so "delayed" is not counted again as "delay".
      const { normal, lemma } = words[start]!;
      // "ive lost $18 to your errors", "human error": a person's mistake, no software fault.
      if (lemma === 'error' && start > 0 && PERSONS_ERROR.has(words[start - 1]!.normal)) continue;
      // "I called your dispatch line", "I'm done with dispatch": the desk that sends drivers (a missed
      // dialysis ride in the 182nd reading's blind twenty drew parcel tracking), not a parcel sent.
      if (normal === 'dispatch' && ((start + 1 < words.length && DISPATCH_DESK_AFTER.has(words[start + 1]!.normal)) || (start > 0 && DISPATCH_DESK_BEFORE.has(words[start - 1]!.normal)))) continue;
      const bySurface = byWord.get(normal);
      const byLemma = lemma === normal ? undefined : byWord.get(lemma);
      if (!bySurface && !byLemma) continue;
      atWord.fill(0);
      strongestAt(words, start, bySurface, atWord);
      strongestAt(words, start, byLemma, atWord);
      for (let t = 0; t < TYPE_COUNT; t++) {
        const weight = atWord[t]!;
        if (weight === 0) continue;
        if (weight === PROBLEM_WORD_WEIGHT) {
          if (!anyNamed) named.fill(0);
          anyNamed = true;
          named[t] = 1;
        } else domain[t] = Math.min(PROBLEM_WORD_WEIGHT, domain[t]! + weight);
      }
    }
    // "Black mould all up the bedroom wall… boiler leaking since January", "the boiler stopped working":
    // a home in need of repair, no product to replace or return, no app to troubleshoot (the 215th
    // reading's blind twenty was offered both). Its vote stays, for none of the types.
    // (Read only for a sentence that votes for either: most vote for neither.)
    for (let t = 0; t < TYPE_COUNT; t++) {
      const weight = anyNamed ? (named[t] === 1 ? PROBLEM_WORD_WEIGHT : 0) : domain[t]!;
      if (weight === 0) continue;
      let type: ProblemType = PROBLEM_TYPES[t]!;
      if (t === DEFECT && words.some((w) => HOME_FABRIC.has(w.normal))) type = 'other';
      else if (t === TECHNICAL && words.some((w) => HEATING_AND_DAMP.has(w.normal))) type = 'other';
      votes.set(type, (votes.get(type) ?? 0) + weight);
    }
  }
  return votes;
}

const DISPATCH_DESK_AFTER = new Set(['line', 'lines', 'team', 'office', 'center', 'centre', 'desk', 'number', 'phone', 'staff']);
const DISPATCH_DESK_BEFORE = new Set(['call', 'called', 'calling', 'rang', 'ring', 'with', 'from', 'your', 'the']);
const DEFECT = PROBLEM_TYPES.indexOf('defect');
const TECHNICAL = PROBLEM_TYPES.indexOf('technical');
// The fabric and fittings of a home: what a landlord's or a utility's repairs team puts right.
// ("flat" is a tyre, a white or a fee as often.) A boiler's error code is no app's: of these only
// the heating and the damp take a technical fault from the app's team.
const HOME_FABRIC = new Set(['boiler', 'mould', 'mold', 'damp', 'wall', 'walls', 'ceiling', 'ceilings', 'roof', 'radiator', 'radiators', 'gutter', 'gutters', 'chimney', 'floorboards', 'plaster', 'brickwork', 'heating', 'tenant', 'tenancy', 'landlord', 'council']);
const HEATING_AND_DAMP = new Set(['boiler', 'radiator', 'radiators', 'heating', 'mould', 'mold', 'damp']);
const PERSONS_ERROR = new Set(['your', 'their', 'his', 'her', 'human', 'clerical', 'staff', 'admin', 'administrative']);

const TYPE_COUNT = PROBLEM_TYPES.length;
const TYPE_INDEX = new Map<ProblemType, number>(PROBLEM_TYPES.map((type, t) => [type, t]));
// A reading's scores by type number, cleared before each use (readings are synchronous).
const SCORES = new Float64Array(TYPE_COUNT);

// A sentence's tallies by type number, cleared before each use: kept from call to call (every
// customer message is read for its votes) rather than made anew, in typed arrays, which clear
// for nothing (clearing a map makes it a new table).
const SCRATCH = { domain: new Float64Array(TYPE_COUNT), named: new Uint8Array(TYPE_COUNT), atWord: new Float64Array(TYPE_COUNT) };

/** Per type (by number), the weight of its strongest phrase matching the words from `start` on. */
function strongestAt(words: readonly Word[], start: number, candidates: readonly KeywordPhrase[] | undefined, out: Float64Array): void {
  if (!candidates) return;
  for (const { typeIndex, phrase, weight } of candidates) {
    if (weight > out[typeIndex]! && phraseAt(words, start, phrase)) out[typeIndex] = weight;
  }
}

/**
 * The type with the most evidence over several texts (ties: the more specific type), and how
 * sure: its lead over the runner-up, against its evidence plus a prior doubt. One problem
 * sentence alone reads 0.5, two 0.67; a domain word alone 0.29, in two sentences 0.44; a tie 0.
 */
export function problemTypeReading(votes: readonly ProblemTypeVotes[]): ProblemTypeReading {
  // Each type's score summed text by text, in the order of `votes` (a type a text lacks adds
  // nothing): one pass over each text's few votes, not a lookup per type and text.
  const scores = SCORES.fill(0);
  for (const v of votes) {
    for (const [candidate, weight] of v) {
      const t = TYPE_INDEX.get(candidate);
      if (t !== undefined) scores[t]! += weight;
    }
  }
  let type: ProblemType | undefined;
  let best = 0;
  let runnerUp = 0;
  for (let t = 0; t < TYPE_COUNT; t++) {
    const candidate = PROBLEM_TYPES[t]!;
    const score = scores[t]!;
    if (score > best) {
      runnerUp = best;
      best = score;
      type = candidate;
    }
    else if (score > runnerUp) runnerUp = score;
  }
  return { type, confidence: type === undefined ? 0 : (best - runnerUp) / (best + EVIDENCE_PRIOR) };
}

/** The reading's type when it is confident enough to offer what only that type needs. */
export function confidentProblemType(reading: ProblemTypeReading, threshold = CONFIDENT_PROBLEM_TYPE): ProblemType | undefined {
  return reading.confidence >= threshold ? reading.type : undefined;
}

/**
 * The problem type a conversation acts on after a complaint, from its recent customer messages:
 * the confident type; none (only what fits any problem) when the words point somewhere but not
 * clearly; what it knew before when they point nowhere ("hello??" keeps the delivery problem).
 */
export function problemTypeAfter(previous: ProblemType | undefined, votes: readonly ProblemTypeVotes[]): ProblemType | undefined {
  const reading = problemTypeReading(votes);
  return reading.type === undefined ? previous : confidentProblemType(reading);
}

const NO_CATALOGUE: RemedyCatalogue = {};

interface KeywordPhrase {
  /** The phrase's problem type, by its place in PROBLEM_TYPES. */
  typeIndex: number;
  phrase: string[];
  weight: number;
}

interface Vocabulary {
  /** Each type's phrases (built-in, then the catalogue's keywords), by the phrase's first word. */
  byWord: Map<string, KeywordPhrase[]>;
}

// A catalogue is fixed for an engine's life: its keywords are split into words once, not per turn.
const vocabularies = new WeakMap<RemedyCatalogue, Vocabulary>();

function vocabularyOf(catalogue: RemedyCatalogue): Vocabulary {
  let vocabulary = vocabularies.get(catalogue);
  if (!vocabulary) {
    const team = PROBLEM_TYPES.flatMap((type, typeIndex) => (catalogue[type]?.keywords ?? []).map((k): KeywordPhrase => ({ typeIndex, phrase: phraseWords(k), weight: PROBLEM_WORD_WEIGHT })));
    vocabularies.set(catalogue, (vocabulary = { byWord: indexByFirstWord([...DEFAULT_PHRASES, ...team]) }));
  }
  return vocabulary;
}

const DEFAULT_PHRASES: readonly KeywordPhrase[] = PROBLEM_TYPES.flatMap((type, typeIndex) => {
  const { problem, domain } = DEFAULT_PROBLEM_KEYWORDS[type];
  return [
    ...problem.map((k) => ({ typeIndex, phrase: phraseWords(k), weight: PROBLEM_WORD_WEIGHT })),
    ...domain.map((k) => ({ typeIndex, phrase: phraseWords(k), weight: DOMAIN_WORD_WEIGHT })),
  ];
});

/** The team's remedies for a problem type, falling back to the general ones under `other`. */
export function remediesFor(type: ProblemType | undefined, catalogue: RemedyCatalogue): string[] {
  const own = type ? (catalogue[type]?.remedies ?? []) : [];
  return [...(own.length > 0 ? own : (catalogue.other?.remedies ?? []))];
}
