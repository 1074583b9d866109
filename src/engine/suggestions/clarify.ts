// PLAYBOOK step 5: once the customer has finished, ask about the facts — but only the ones the
// problem needs and the customer has not already given. Asking for an order number they pasted
// two messages ago tells an angry customer nobody is reading.
import type { AnalyzedText } from '../analyzeText';
import { filledTemplate } from './fillTemplate';
import type { ProblemType } from './problemType';
import { forEachPhraseAt, indexByFirstWord, phraseWords, sentenceWords, type Word } from './words';

export const FACTS = ['order-number', 'date', 'tried', 'account-email', 'amount', 'device', 'photo'] as const;
export type Fact = (typeof FACTS)[number];

// What an agent needs to act on each kind of problem, most useful first. `other` (and a type
// not read with confidence) asks only what fits any problem: an order number, a photo or a
// device asked of someone whose flight was cancelled tells them nobody read their message.
const FACTS_NEEDED: Record<ProblemType, readonly Fact[]> = {
  delivery: ['order-number', 'date'],
  'wrong-item': ['order-number', 'photo'],
  defect: ['order-number', 'photo', 'date'],
  billing: ['amount', 'date', 'account-email'],
  refund: ['order-number', 'date'],
  'account-access': ['account-email', 'tried'],
  cancellation: ['account-email'],
  technical: ['device', 'tried'],
  // A problem of no known kind: no fact is sure to help, and a stock question ("when did this
  // happen?") after a full account reads as not having read it.
  other: [],
};

// "#48213", "order 48213", "order no. AB-48213", "ref: 7731-22": an identifier the customer gave.
// ("#A1234" with a digit; "#boorito" is a hashtag.)
const ORDER_NUMBER =
  /#\s?(?=[a-z-]*\d)[a-z0-9-]{4,}\b|\b(?:order|ref(?:erence)?|case|ticket|invoice|tracking|confirmation)(?:\s+(?:number|no\.?|num|id|#))?\s*[:#]?\s*(?:(?:is|was)\s+)?(?=[a-z-]*\d)[a-z0-9-]{4,}\b|\b\d{6,}\b/i;
// Another reference that stands for the order: "transaction ID SS180618.0905", "claim n. 2017/…",
// "Acct 0098-55213" (the 167th reading's blind twenty was asked for an order number after one); "job
// HT-3090" (a removals job; the 203rd's). Given,
// nobody asks for the order number; it names the case less surely than an order's own number does.
const OTHER_REFERENCE = /\b(?:transaction|txn|booking|claim|policy|receipt|acct|account|job|work order|quote|contract|membership)(?:\s+(?:number|no\.?|n\.|num|id|#|ref))?\s*[:#]?\s*(?:(?:is|was)\s+)?(?=[a-z/.-]*\d)[a-z0-9/.-]{4,}/i;
const MONEY = /[$€£¥₦₹₱₩₺₫₴₪₽]\s?\d|\d\s?(?:[$€£¥₦₹₱₩₺₫₴₪₽]|dollars?|euros?|pounds?|usd|eur|gbp|bucks|naira|rupees?|rand|zł|kr)(?:\b|\s|$)/i;
const RELATIVE_DAY = /\b(?:yesterday|today|tonight|this morning|last (?:week|month|night|\w+day)|(?:on|since|last) (?:mon|tues|wednes|thurs|fri|satur|sun)day|\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago|an? (?:hour|week|month|few (?:days|hours|minutes)) ago|(?:at|around|about|since) \d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h))\b/i;
const TRIED = [
  'already tried', 'tried', 'restart', 'reinstall', 'reset', 'clear cache', 'cleared', 'updated', 'log out',
  'turn off', 'switch off', 'different browser', 'another browser', 'incognito', 'uninstall', 'reboot',
];
const DEVICE = [
  'iphone', 'ipad', 'android', 'samsung', 'pixel', 'windows', 'mac', 'macbook', 'chrome', 'safari', 'firefox',
  'edge', 'laptop', 'desktop', 'tablet', 'phone', 'ios', 'browser', 'app version', 'version',
];
const PHOTO = ['photo', 'picture', 'pic', 'image', 'screenshot', 'attached', 'attach', 'attachment'];
// Every phrase of the three lists, by its first word: a sentence's words are walked once and
// only the phrases opening with one of them (surface form or lemma) are tried.
type PhraseFact = 'tried' | 'device' | 'photo';
const PHRASES_BY_FIRST_WORD = indexByFirstWord(
  ([['tried', TRIED], ['device', DEVICE], ['photo', PHOTO]] as const).flatMap(([fact, phrases]) =>
    phrases.map((text): { fact: PhraseFact; phrase: string[] } => ({ fact, phrase: phraseWords(text) })),
  ),
);

/**
 * Facts the problem type needs that the customer's turns don't already contain, most useful
 * first; with no type (or one read without confidence), the facts that fit any problem.
 */
export function missingFacts(texts: readonly AnalyzedText[], problemType: ProblemType | undefined): Fact[] {
  return factsStillMissing(factsGiven(texts), problemType);
}

// A calendar date as agents write one: "3 and 4 November", "on 2 Nov", "18/11", "November 3rd".
const CALENDAR_DATE = /\b\d{1,2}(?:st|nd|rd|th)?(?:\s+and\s+\d{1,2}(?:st|nd|rd|th)?)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b/i;

/**
 * When it happened and how much, as an agent's message tells them ("the charges are for calls on 3
 * and 4 November", "two payments of €49.99"): read from the words alone, since agent messages get
 * no entity reading.
 */
export function factsToldByAgent(raw: string): Fact[] {
  const told: Fact[] = [];
  // A calendar date and an amount hold a digit; a relative day one of a few words: most agent
  // messages hold neither, and are not searched.
  const digit = /\d/.test(raw);
  if ((digit && CALENDAR_DATE.test(raw)) || (RELATIVE_DAY_WORD.test(raw) && RELATIVE_DAY.test(raw))) told.push('date');
  if (digit && MONEY.test(raw)) told.push('amount');
  return told;
}

const RELATIVE_DAY_WORD = /day|night|morning|week|month|ago/i;
// "on 11/11", "10/14", "16.09", "29.09.2026": a day and a month in figures; not a price ("31.40€",
// "$24.99") nor a version ("11.0.3").
const NUMERIC_DATE = /(?<![\d.,$€£])(?:[0-2]?\d|3[01])[./](?:[0-2]?\d|3[01])(?:[./](?:\d{4}|\d{2}))?(?![\d.,]\d|\d|\s?[€$£%])/;
// When it happened, as customers write it: a weekday, a month, a year, a span ("3 weeks", "all day"),
// "tomorrow", "Christmas". (Read from the words: wink's entity reading, which told the same, cost
// half of a whole reading of the message. "May" the month only beside a day: alone it is mostly the verb.)
const CUSTOMER_DATE =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?may|may\s+\d{1,2}(?:st|nd|rd|th)?|tomorrow|tonight|yesterday|today|christmas|(?:19|20)\d\d|days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|weekends?|fortnight|decades?)\b/i;

/** The same from facts already collected (a live conversation adds each turn's facts once). */
export function factsStillMissing(given: ReadonlySet<Fact>, problemType: ProblemType | undefined): Fact[] {
  return FACTS_NEEDED[problemType ?? 'other'].filter((fact) => !given.has(fact));
}

const NONE_KNOWN: ReadonlySet<Fact> = new Set();

// The agent asking for an order, reference or tracking number ("Can I have your order number?").
const ORDER_NUMBER_REQUEST = /\b(?:order|reference|ref|confirmation|tracking|booking|case|ticket|invoice)\s*(?:number|no\.?|#|id|code)\b/i;
// An identifier given bare, as an answer: "It's 58213", "AB-4821".
const BARE_IDENTIFIER = /\b(?=[a-z-]*\d)(?=(?:[a-z-]*\d){4})[a-z0-9-]{4,}\b/i;

/** The message gives only another reference ("transaction ID SS180618…", "booking RA-88120-ES"), no order's own number. */
export function givesOnlyAnotherReference(text: AnalyzedText): boolean {
  return holdsDigitOrHash(text.raw) && OTHER_REFERENCE.test(text.raw) && !ORDER_NUMBER.test(text.raw);
}

/** Did the agent's message ask for the order number? */
export function asksForOrderNumber(agentText: AnalyzedText): boolean {
  return agentText.questions > 0 && ORDER_NUMBER_REQUEST.test(agentText.raw);
}

/** The customer answers an order-number question with a bare identifier (four digits or more). */
export function answersWithIdentifier(customerText: AnalyzedText): boolean {
  return BARE_IDENTIFIER.test(customerText.raw);
}

/**
 * Facts present in the customer's turns: an order number, a date, what they tried, an email …
 * Facts in `known` (given earlier in the chat) are not looked for again, nor returned.
 */
export function factsGiven(texts: readonly AnalyzedText[], known: ReadonlySet<Fact> = NONE_KNOWN): Set<Fact> {
  const given = new Set<Fact>();
  for (const text of texts) {
    if (wanted('order-number', known, given) && holdsDigitOrHash(text.raw) && (ORDER_NUMBER.test(text.raw) || OTHER_REFERENCE.test(text.raw))) given.add('order-number');
    if (wanted('date', known, given) || wanted('account-email', known, given) || wanted('amount', known, given)) {
      // "waiting 3 weeks" (a duration) dates the problem as well as a calendar date does.
      if (wanted('date', known, given) && (RELATIVE_DAY.test(text.raw) || CUSTOMER_DATE.test(text.raw) || (holdsDigit(text.raw) && NUMERIC_DATE.test(text.raw)))) given.add('date');
      if (wanted('account-email', known, given) && (text.types.includes('email') || mayForgetEmail(text.normalized))) given.add('account-email');
      if (wanted('amount', known, given) && holdsDigit(text.raw) && MONEY.test(text.raw)) given.add('amount');
    }
    if (wanted('tried', known, given) || wanted('device', known, given) || wanted('photo', known, given)) {
      for (const words of sentenceWords(text)) addPhraseFacts(words, given, known);
    }
  }
  return given;
}

/** "no idea what the login/email is for it": asked for, it is the one thing they cannot give. */
export const EMAIL_UNKNOWN = /\b(?:no idea|(?:don't|do not|dont) know|(?:can't|cannot|can not|cant) remember|forgot|forgotten)\s+(?:what|which)?\s*(?:the|my)?\s*(?:login\/)?(?:e-?mail|login)(?:\s+(?:address|is|was|it is))?\b/;

/** Every EMAIL_UNKNOWN match holds "mail" or "login": most messages have neither, and skip its search. */
function mayForgetEmail(normalized: string): boolean {
  return (normalized.includes('mail') || normalized.includes('login')) && EMAIL_UNKNOWN.test(normalized);
}

/** Every ORDER_NUMBER match holds a digit (0–9) or '#': most messages have neither, and skip its search. */
function holdsDigitOrHash(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 35 || (c >= 48 && c <= 57)) return true;
  }
  return false;
}

/** Every MONEY match holds a digit (0–9): most messages have none, and skip its search. */
function holdsDigit(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// A function of the module, not a closure made per message (every customer message is read for facts).
function wanted(fact: Fact, known: ReadonlySet<Fact>, given: ReadonlySet<Fact>): boolean {
  return !known.has(fact) && !given.has(fact);
}

function addPhraseFacts(words: readonly Word[], given: Set<Fact>, known: ReadonlySet<Fact>): void {
  forEachPhraseAt(
    words,
    PHRASES_BY_FIRST_WORD,
    ({ fact }) => given.add(fact),
    ({ fact }) => !given.has(fact) && !known.has(fact),
  );
}

// The date question depends on which date matters for the problem; without a type, one that
// fits any problem.
const DATE_QUESTION: Partial<Record<ProblemType, string>> = {
  delivery: 'Just to clarify, {name}, when did you place the order?',
  billing: 'Just to clarify, {name}, when did the charge appear on your statement?',
  refund: 'Just to clarify, {name}, when did you request the refund?',
  defect: 'Just to clarify, {name}, when did the item arrive?',
};

const QUESTIONS: Record<Fact, string> = {
  'order-number': 'Could you share the order number, {name}, so I can look into it?',
  date: 'Just to clarify, {name}, when did this happen?',
  tried: 'So I don\'t suggest anything twice, {name}, what have you tried so far?',
  'account-email': 'Could you tell me the email address on the account, {name}, so I can find it?',
  amount: 'Just to clarify, {name}, what amount were you charged?',
  device: 'Which device and browser or app version are you using, {name}?',
  photo: 'Could you send a photo of the item, {name}? It helps me get this sorted faster.',
};

/** One question per missing fact, in the order given, filled with the customer's first name when known. */
export function clarifyingQuestions(facts: readonly Fact[], problemType?: ProblemType, firstName?: string): string[] {
  return facts.map((fact) => {
    const template = fact === 'date' ? (problemType && DATE_QUESTION[problemType]) ?? QUESTIONS.date : QUESTIONS[fact];
    // Cached: the panel asks the same question with the same name after every turn until it is answered.
    return filledTemplate(template, { firstName });
  });
}
