// Turns the customer's own sentence into what the agent can say back: first person becomes
// second person ("my package didn't arrive" → "your package didn't arrive"), and the customer's
// "you" — the company — becomes a form that states what happened to the customer without saying
// who did it: "you sent me the wrong item" → "you received the wrong item", never "we sent you the
// wrong item", which would admit fault (PLAYBOOK step 6).
import { cleanComplaint } from './cleanComplaint';
import { tidySpacing } from './textCase';
import { questionAsStatement } from './questions';
import { baseForm, isPastForm, pastParticiple, thirdPersonVerb } from './verbForms';

/** The customer's sentence, cleaned of venting and restated in second person, without final punctuation. */
export function toSecondPerson(sentence: string): string {
  const frozen: string[] = [];
  // Rewritten parts are already second person: frozen so the pronoun swap does not turn them back.
  const freeze = (text: string): string => `\u0000${frozen.push(text) - 1}\u0000`;

  let text = questionAsStatement(cleanComplaint(sentence));
  text = rewriteRepeatedContact(text, freeze);
  text = rewriteReducedRelatives(text, freeze);
  text = rewriteCompanyActions(text, freeze);
  text = swapPronouns(text);
  text = text.replace(/\u0000(\d+)\u0000/g, (_, i: string) => frozen[Number(i)]!);
  return lowerCaseOpening(tidySpacing(text));
}

type Freeze = (secondPerson: string) => string;

// Words after which "you" opens a clause of its own rather than describing the noun before it.
const NOT_A_NOUN_BEFORE = new Set(
  ('and but or because so since when if why that then until while as to for of with from by at on in is are was were do does did ' +
    "have has had can could will would should not never please thank thanks tell told ask asked let make made help see saw know " +
    'knew think thought guess hope want need wish get got what how said say says even only also just still already again now ' +
    'ever really actually literally which who whom where than once unless whether like hey hi hello ok okay yes no').split(' '),
);
// Verbs by which the company gets something to the customer ("the code sent to you").
const NOTIFY_VERBS = new Set(['send', 'text', 'email', 'mail', 'post', 'message', 'give']);
// Verbs whose receiver is the customer ("the refund you were promised").
const RECEIVER_VERB = /^(?:promis|offer|quot|guarante|told|tell|ow|show)/;
// Past forms the suffix doesn't show.
const IRREGULAR_PAST = /^(?:said|did|had|made|told|gave|took|put|got|left|kept|sold|paid|meant|sent|lost|broke|brought|bought)$/;
const REDUCED_RELATIVE = /\b([a-z][a-z'-]+)\s+you(?:\s+guys)?\s+([a-z]+)(\s+(?:me|us)\b)?/gi;

// "the code you text me", "the refund you promised", "the engineer you booked": "you" right after a
// noun is the company doing something to the customer's thing, told from the customer's side.
function rewriteReducedRelatives(text: string, freeze: Freeze): string {
  return text.replace(REDUCED_RELATIVE, (whole: string, noun: string, verb: string, toCustomer: string | undefined) => {
    if (NOT_A_NOUN_BEFORE.has(noun.toLowerCase())) return whole;
    const lower = verb.toLowerCase();
    const base = baseForm(lower);
    if (NOTIFY_VERBS.has(base)) return `${noun} ${freeze(`${pastParticiple(lower)} to you`)}`;
    if (RECEIVER_VERB.test(lower) && /ed$|^told$|^shown$/.test(lower)) return `${noun} ${freeze(`you were ${pastParticiple(lower)}`)}`;
    if (toCustomer && !isPastForm(lower) && /^(?:owe|pay|charge|bill|lend|sell|ship|deliver)s?$/.test(lower)) return `${noun} ${freeze(`${pastParticiple(lower)} to you`)}`;
    if (!toCustomer && (IRREGULAR_PAST.test(lower) || (isPastForm(lower) && /ed$/.test(lower)))) return `${noun} ${freeze(`the company ${lower}`)}`;
    return whole;
  });
}

const COUNT_OF_ORDINAL: Record<string, string> = {
  second: 'twice',
  third: 'three times',
  fourth: 'four times',
  fifth: 'five times',
  sixth: 'six times',
  tenth: 'ten times',
  umpteenth: 'so many times',
  nth: 'so many times',
  hundredth: 'so many times',
};

const CONTACT_VERB =
  '(?:contacting|contacted|calling|called|writing to|written to|wrote to|writing|written|wrote|messaging|messaged|emailing|emailed|chatting with|chatting|chatted with|reaching out to|reaching out|reached out to|reached out|asking|asked)';
const COMPANY = '(?:you guys|you people|you lot|y\'all|you all|you|your (?:company|team|support|customer service|store|shop))';
// "… and nobody has done anything", "… but nothing has been fixed": said as "without a resolution".
const NO_RESOLUTION =
  /(?:\s*,|\s+and|\s+but)?\s+(?:still\s+)?(?:nobody|no one|no-one|nothing|no body)\b[^,.;]*?(?:done|fixed|helped|resolved|sorted|solved|happened|changed|anything)[^,.;]*/i;

// "This is the third time I'm contacting you …", "I've emailed you 4 times already …"
const CONTACT_BY_ORDINAL = new RegExp(
  `^(?:this is |it'?s |that'?s )?(?:the |my )?(\\w+) time (?:that )?(?:i'?m|i am|i'?ve|i have|i)\\s+(?:been\\s+)?${CONTACT_VERB}(?:\\s+${COMPANY})?(?:\\s+(?:about|regarding|for)\\b)?`,
  'i',
);
const CONTACT_BY_COUNT = new RegExp(
  `\\b(?:i'?ve|i have|i)\\s+(?:already\\s+)?(?:been\\s+)?${CONTACT_VERB}\\s+${COMPANY}\\s+((?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|so many) times|twice)(?:\\s+(?:already|now))?`,
  'i',
);

// "This is the third time I'm contacting you and nobody has done anything"
//   → "you've had to contact us three times without a resolution"
function rewriteRepeatedContact(text: string, freeze: Freeze): string {
  const byOrdinal = CONTACT_BY_ORDINAL.exec(text);
  const ordinalCount = byOrdinal ? countOfOrdinal(byOrdinal[1]!) : undefined;
  const byCount = ordinalCount ? null : CONTACT_BY_COUNT.exec(text);
  const match = ordinalCount ? byOrdinal : byCount;
  const count = ordinalCount ?? byCount?.[1]?.toLowerCase();
  if (!match || !count) return text;

  const about = /\b(?:about|regarding|for)$/i.exec(match[0])?.[0];
  let rest = text.slice(match.index + match[0].length);
  let restated = `you've had to contact us ${count}${about ? ` ${about.toLowerCase()}` : ''}`;
  const unresolved = NO_RESOLUTION.exec(rest);
  if (unresolved) {
    restated += `${swapPronouns(rest.slice(0, unresolved.index))} without a resolution`;
    rest = rest.slice(unresolved.index + unresolved[0].length);
  }
  return text.slice(0, match.index) + freeze(restated) + rest;
}

function countOfOrdinal(ordinal: string): string | undefined {
  const word = ordinal.toLowerCase();
  const numeric = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  if (numeric) return numeric[1] === '2' ? 'twice' : `${numeric[1]} times`;
  return COUNT_OF_ORDINAL[word];
}

// Verbs whose object reaches the customer: restated from the customer's side ("you received …").
const DELIVERY_VERBS = new Set(['send', 'ship', 'deliver', 'mail', 'post']);
// Verbs whose unnamed indirect object is the customer: "you charged a fee" → "you were charged a fee".
const CHARGE_VERBS = new Set(['charge', 'overcharge', 'bill']);

const AUXILIARY =
  "(?:never|didn't|did not|haven't|have not|still haven't|still have not|still didn't|have|'ve|already|just|also|even|then|still)";
// "you [aux] verb object": the customer telling what the company did to them or their things.
const COMPANY_ACTION = new RegExp(
  `\\byou(?: guys| people| lot)?(?:\\s*(${AUXILIARY}))?\\s+([a-z]+)\\s+(me|us|my|our|the|a|an|this|that)\\b`,
  'gi',
);
// Where a noun phrase after "my" ends: a preposition, conjunction or adverb.
const PHRASE_END = new Set([
  'to', 'for', 'with', 'without', 'and', 'but', 'or', 'twice', 'again', 'on', 'in', 'at', 'from', 'by',
  'after', 'before', 'because', 'so', 'even', 'yet', 'last', 'yesterday', 'today', 'instead', 'when',
  'while', 'which', 'that', 'who', 'once', 'still', 'already', 'back', 'is', 'was', 'has',
  // A second object begins ("charged my card the $79 fee"): the noun phrase ended before it.
  'the', 'a', 'an',
]);

// "you lost my parcel" → "your parcel was lost"; "a"/"an" objects are left as they are.
const PASSIVE_SUBJECT_DETERMINERS = new Set(['my', 'our', 'the', 'this', 'that']);

interface Restated {
  text: string;
  /** Characters after the match that the restatement also covers (a noun phrase made subject). */
  consumedAfter: number;
}

// "you charged me twice" → "you were charged twice"; "you cancelled my order" → "your order was
// cancelled"; "you sent me the wrong size" → "you received the wrong size".
function rewriteCompanyActions(text: string, freeze: Freeze): string {
  let result = '';
  let cursor = 0;
  COMPANY_ACTION.lastIndex = 0;
  for (let match = COMPANY_ACTION.exec(text); match; match = COMPANY_ACTION.exec(text)) {
    const end = match.index + match[0].length;
    const restated = restateCompanyAction(match[1]?.toLowerCase(), match[2]!.toLowerCase(), match[3]!, text.slice(end));
    if (!restated) continue;
    result += text.slice(cursor, match.index) + freeze(restated.text);
    cursor = end + restated.consumedAfter;
    COMPANY_ACTION.lastIndex = cursor;
  }
  return result + text.slice(cursor);
}

function restateCompanyAction(aux: string | undefined, verb: string, object: string, after: string): Restated | undefined {
  const tense = tenseOf(aux);
  // Without an auxiliary the verb itself must be past ("you sent"), else it is not an action
  // report ("you send", "you know my …").
  if (tense === 'simple' && !aux && !isPastForm(verb)) return undefined;
  const lowerObject = object.toLowerCase();
  const isPerson = lowerObject === 'me' || lowerObject === 'us';
  const { phrase, length } = nounPhrase(after);
  const thenTo = /^\s*to\b/i.test(after.slice(length));

  if (DELIVERY_VERBS.has(baseForm(verb)) && !(thenTo && !isPerson)) {
    return { text: received(aux) + (isPerson ? '' : ` ${swapPronouns(lowerObject)}`), consumedAfter: 0 };
  }
  if (isPerson) return { text: `you ${passiveAux(aux, true)} ${pastParticiple(verb)}`, consumedAfter: 0 };
  if (CHARGE_VERBS.has(baseForm(verb)) && /^an?$/.test(lowerObject)) return { text: `you ${passiveAux(aux, true)} ${pastParticiple(verb)} ${lowerObject}`, consumedAfter: 0 };
  if (!phrase || !PASSIVE_SUBJECT_DETERMINERS.has(lowerObject)) return undefined;
  const noun = phrase.split(' ').at(-1)!;
  const plural = /[^su]s$/i.test(noun);
  const subject = swapPronouns(`${lowerObject} ${phrase}`);
  return { text: `${subject} ${passiveAux(aux, plural)} ${pastParticiple(verb)}`, consumedAfter: length };
}

type Tense = 'simple' | 'perfect';

function tenseOf(aux: string | undefined): Tense {
  return aux !== undefined && /have|'ve/.test(aux) ? 'perfect' : 'simple';
}

function isNegative(aux: string | undefined): boolean {
  return aux !== undefined && /never|n't|not/.test(aux);
}

function stillPrefix(aux: string | undefined): string {
  return aux?.startsWith('still') ? 'still ' : '';
}

function received(aux: string | undefined): string {
  if (tenseOf(aux) === 'perfect') return isNegative(aux) ? `you ${stillPrefix(aux)}haven't received` : "you've received";
  if (aux === 'never') return 'you never received';
  if (aux === 'still') return 'you still received';
  return isNegative(aux) ? `you ${stillPrefix(aux)}didn't receive` : 'you received';
}

// Passive auxiliary for "you" (plural agreement) or a thing: were / weren't / were never / has been …
function passiveAux(aux: string | undefined, plural: boolean): string {
  const negative = isNegative(aux);
  if (tenseOf(aux) === 'perfect') {
    const have = plural ? 'have' : 'has';
    return negative ? `${stillPrefix(aux)}${have}n't been` : `${have} been`;
  }
  const be = plural ? 'were' : 'was';
  if (aux === 'never') return `${be} never`;
  if (aux === 'still') return `${be} still`;
  return negative ? `${stillPrefix(aux)}${be}n't` : be;
}

function nounPhrase(after: string): { phrase: string; length: number } {
  const words: string[] = [];
  let length = 0;
  const word = /\s*([a-z0-9'-]+)/iy;
  for (let i = 0; i < 4; i++) {
    word.lastIndex = length;
    const m = word.exec(after);
    if (!m || PHRASE_END.has(m[1]!.toLowerCase())) break;
    words.push(m[1]!);
    length = word.lastIndex;
  }
  return { phrase: words.join(' '), length };
}

// First person of the customer (and their household: "we", "our") → second person. Longest
// forms first so "I was" becomes "you were", not "you was".
const CUSTOMER_PRONOUNS: [string, string][] = [
  ["i'm", "you're"], ['i am', 'you are'], ["i wasn't", "you weren't"], ['i was not', 'you were not'],
  ['i was', 'you were'], ["i've", "you've"], ["i'd", "you'd"], ["i'll", "you'll"], ['am i', 'are you'],
  ['was i', 'were you'], ['myself', 'yourself'], ['mine', 'yours'], ['my', 'your'], ['me', 'you'],
  ['i', 'you'], ["we're", "you're"], ["we've", "you've"], ["we'd", "you'd"], ["we'll", "you'll"],
  ['we', 'you'], ['ourselves', 'yourselves'], ['ours', 'yours'], ['our', 'your'], ['us', 'you'],
];
const CUSTOMER_PRONOUN_OF = new Map(CUSTOMER_PRONOUNS);

// The company as the customer names it, left over after the action rewrites: "your app" → "the
// app", "contacting you" → "contacting us", "you never answer" → "the company never answers".
const COMPANY_PRONOUNS = "you guys|you people|you lot|you're|you've|you|your|yours";

// Not inside a hyphened word ("pay-as-you-go", "thank-you"): no pronoun of anyone's there.
const PRONOUN = new RegExp(
  `(?<!-)\\b(?:${[...CUSTOMER_PRONOUNS.map(([first]) => first), ...COMPANY_PRONOUNS.split('|')]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/ /g, '\\s+'))
    .join('|')})\\b(?!-)`,
  'gi',
);

// Words after which "you" is a subject, not an object ("and you never answer", "are you even …").
const CLAUSE_START =
  /(?:^|[,;:]|\b(?:and|but|or|because|so|since|when|if|why|that|then|until|while|are|were|did|do|does|have|has|can|could|will|would|should|won't|can't|don't|didn't|wouldn't|couldn't|haven't|aren't|know|knew|think|thought|guess|hope|believe|feel|felt|bet|wish|sure|noticed|realised|realized|seems|seemed))\s*$/i;

const SUBJECT_NEXT = /^\s+(?:can|could|will|would|should|must|may|might|can't|cannot|won't|wouldn't|couldn't|shouldn't)\b/i;

export function swapPronouns(text: string): string {
  return text.replace(PRONOUN, (found: string, offset: number) => {
    const lower = found.toLowerCase().replace(/\s+/g, ' ');
    const customer = CUSTOMER_PRONOUN_OF.get(lower);
    if (customer) return customer;
    if (lower === 'your') return 'the';
    if (lower === 'yours') return "the company's";
    // Before a modal or an auxiliary "you" is a subject wherever it stands ("in short you can say …").
    const isSubject = CLAUSE_START.test(text.slice(0, offset)) || (/^you$/.test(lower) && SUBJECT_NEXT.test(text.slice(offset + found.length)));
    if (!isSubject) return 'us';
    if (lower === "you're") return 'the company is';
    if (lower === "you've") return 'the company has';
    return 'the company';
  }).replace(/\bthe company(\s+(?:never|always|still|just|even|also)?\s*)(\w+)/gi, (whole, gap: string, verb: string) =>
    `the company${gap}${isPastForm(verb) ? verb : thirdPersonVerb(verb)}`,
  );
}

// Words that are capitalised only because they open the sentence; a restated clause is embedded
// mid-sentence ("It sounds like your package …") so they go lower-case. Names stay as written.
const SENTENCE_OPENERS = new Set([
  'you', "you're", "you've", "you'd", "you'll", 'your', 'yours', 'the', 'a', 'an', 'this', 'that', 'these',
  'those', 'it', "it's", 'its', 'there', "there's", 'nobody', 'no', 'nothing', 'none', 'someone', 'somebody',
  'everything', 'every', 'each', 'all', 'some', 'since', 'after', 'when', 'because', 'even', 'still',
  'again', 'why', 'how', 'what', 'where', 'for', 'on', 'in', 'both', 'neither', 'one', 'two', 'three',
  // Someone else's problem, told for them ("Her parcel…"): mid-sentence after the card's frame.
  'her', 'his', 'their', 'she', "she's", 'he', "he's", 'they', "they're", "they've",
]);

function lowerCaseOpening(text: string): string {
  const first = /^[\p{L}']+/u.exec(text)?.[0];
  if (!first || !SENTENCE_OPENERS.has(first.toLowerCase())) return text;
  return first.toLowerCase() + text.slice(first.length);
}
