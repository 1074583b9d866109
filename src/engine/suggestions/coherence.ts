// A reframe is read as one message: the sentences the rewording adds (an apology, an
// acknowledgement, "Let me see what I can do", an offer) must not repeat the agent's own words,
// contradict a refusal next to them, or hand back a line of empathy the agent already sent.
// Each added sentence has other wordings; when none fits, it goes.
import { echoesEmpathy, isEmpathyLine } from './empathyEcho';
import { reportsRemedyDone } from './exception';
import { capitalizeFirst, lowerFirst } from './textCase';

export const APOLOGY_WITHOUT_FAULT = "I'm sorry for the trouble this has caused.";
export const ACKNOWLEDGEMENT = 'I understand this is frustrating.';
export const LET_ME_SEE = 'Let me see what I can do.';
// What a refusal kept in a reframe opens with: the no is the agent's to give, the feeling is the
// customer's (graders marked the policy line kept bare "cold" and "no empathy").
export const REFUSAL_ACKNOWLEDGEMENT = "I know this isn't the answer you were hoping for.";
export const OTHER_OPTIONS = 'what I can do is look into the other options with you';
const OFFER = 'What I can do is look into the other options with you.';
// A refusal's own offer, left out when the agent's draft says what they can do in its own words.
const REFUSAL_OFFER = `, but ${OTHER_OPTIONS}.`;

// The rewording's own sentences, each with its other wordings (best first).
const ADDED = new Map<string, readonly string[]>([
  [APOLOGY_WITHOUT_FAULT, [APOLOGY_WITHOUT_FAULT, "I'm sorry this happened.", "I'm sorry about all this."]],
  [ACKNOWLEDGEMENT, [ACKNOWLEDGEMENT, "I can see why you're upset.", 'I hear you.']],
  [LET_ME_SEE, [LET_ME_SEE]],
  [REFUSAL_ACKNOWLEDGEMENT, [REFUSAL_ACKNOWLEDGEMENT, "I know that's not what you were hoping to hear."]],
]);

/** One sentence of a reframe, as the rewording made it. */
export interface Line {
  text: string;
  /** Wordings to choose from, best first, when `text` would repeat or echo. */
  variants?: readonly string[];
  /** Written by the rewording, not the agent: it can go. */
  added?: boolean;
  /** Said only when no other sentence says what the agent can do. */
  offer?: boolean;
}

/** A sentence of the reframe: the rewording's own sentences are known by their words. */
export function lineOf(text: string): Line {
  const variants = ADDED.get(text);
  return variants ? { text, variants, added: true } : { text };
}

/** Where a brush-off was dropped: what the agent can do, unless the reframe says it already. */
export const OFFER_LINE: Line = { text: OFFER, added: true, offer: true };

/** A bare "I'm so sorry." told what it is sorry for, in words the reframe doesn't say twice. */
export function extendedApology(lead: string, mark: string): Line {
  return { text: `${lead} for the trouble this has caused${mark}`, variants: [`${lead} for the trouble this has caused${mark}`, `${lead} this happened${mark}`, `${lead} about all this${mark}`, `${lead}${mark}`] };
}

// A refusal said plainly, or a rule kept that says no ("cancellations can only be accepted from the
// account holder", "relocation isn't a reason we accept"); "Let me see what I can do" beside it
// promises to try what it rules out.
const REFUSAL =
  /\b(?:i'm not able to|i am not able to|isn't something i'm able to do|(?:isn't|is not|aren't|are not|not)\s+something\s+(?:i|we)(?:'m|\s+am|'re|\s+are)?\s+(?:can|able\s+to)\s+(?:process|do|action|handle|offer|arrange|approve|authori[sz]e)|there(?:'s|\s+is)\s+nothing\s+(?:more|else)\s+(?:i|we)\s+can\s+do|(?:i|we)\s+can\s+only\s+(?:action|accept|process|make|discuss|deal\s+with|take|change|speak\s+to|talk\s+to)|(?:i|we)\s+(?:can't|cannot|can not)\s+(?:refund|cancel|change|waive|accept|offer|give|make|move|transfer|link|share|release|reverse|extend|allow|approve|override|overturn|speed|issue|replace|exchange|lift|discuss|reopen|reinstate|unban|restore)|(?:i'm|i am|we're|we are)\s+unable\s+to|non-?refundable|(?:isn't|is\s+not|aren't|are\s+not)\s+refundable|(?:is|are)\s+excluded|non-?negotiable|no refund is due|can only be (?:accepted|made|done|submitted|requested|processed)|(?:isn't|is not|aren't|are not)\s+(?:an?\s+)?(?:accepted|eligible|covered|(?:\w+\s+)?(?:reason|document|documents)\s+we\s+accept)|(?:decision|allocation|allocations|sale|sales) (?:is|are) final|(?:is|are)\s+only\s+(?:valid|considered|accepted|possible|allowed|available|eligible|processed|granted)\s+(?:when|if|after|before|within|with|for|from|through|via|once|on)|(?:decision|charge|fee)(?:\s+on\s+the\s+\w+)?\s+stands|(?:the\s+)?(?:[\w-]+\s+)?(?:fee|charge|fine|penalty)\s+(?:still\s+)?applies|(?:can't|cannot|can\s+not)\s+be\s+(?:transferred|refunded|changed|moved|cancell?ed|reversed|returned|exchanged|waived|reissued))\b/i;
/** Does the sentence say no, plainly or by a rule ("cancellations are only valid when…")? */
export function saysNo(sentence: string): boolean {
  return REFUSAL.test(sentence);
}

// A wall said after the no it repeats: "We are unable to make an exception.", "Those are the rules."
const SECOND_WALL = /^(?:(?:i'm|i\s+am|we're|we\s+are)\s+(?:not\s+able|unable)\s+to\s+make\s+(?:an?\s+|any\s+)?exceptions?(?:\s+(?:to\s+this|for\s+anyone|here|in\s+this\s+case|on\s+this))?|those\s+are\s+the\s+rules|(?:rules|policy)\s+(?:are|is)\s+(?:rules|policy))[.!]?$/i;
// A rule stated as such: what must be done, what is required, a term that applies.
const RULE = /\b(?:must\s+be|has\s+to\s+be|have\s+to\s+be|requires?|required|minimum\s+term|notice\s+period|(?:only\s+)?applies\s+to\s+all|(?:is|are)\s+\w+ed\s+[^.!?]{0,40}\bafter\s+\d+\s+(?:days?|weeks?|months?))\b/i;
// The greeting, or the name the agent addressed, before the line the acknowledgement opens.
const GREETING =
  /^((?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\s+[^,.!?]{1,40}|(?!(?:unfortunately|honestly|however|sadly|again|also|still|yes|no|ok|okay|well|so|now|currently|right|sure|look|listen|please|actually|basically|anyway|otherwise|meanwhile|instead|alternatively|firstly|secondly|finally|thanks|sorry|understood|noted|first|second|then|today|yesterday|here)\b)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s*)(?=\p{L})/iu;
// Also a next step the draft itself names: "you're welcome to bring…", "dispatch will call you".
const OFFERS = /\b(?:what i can do|i can\b|i could|i'll|i will|i've (?:now |just |already )?\w+ed\b|i have (?:now |just |already )?\w+ed\b|i'm happy to|i am happy to|i'd be happy to|let me|let's look|let us look|you(?:'re|\s+are)\s+welcome\s+to|(?:will|'ll)\s+(?:call|contact|email|text)\s+you|can\s+(?:bring|send|book|collect))\b/i;
const ACKNOWLEDGES = /\b(?:understand|hear you|can see why|sorry|apologi[sz]e|apologies)\b/i;
// An agent's sentence that is nothing but a line of empathy ("I understand how frustrating this is, Dana.").
const MORE_THAN_EMPATHY = /[\d;]|,\s*(?:and|but|so)\s|\b(?:and|but) (?:i|we)\b|\b(?:i've|i'll|i will|we've|we'll|let me)\b/i;
const ONLY_EMPATHY_WORDS = 14;

/** The reframe's sentences, each added one worded so it neither repeats nor contradicts the rest. */
export function coherentLines(lines: readonly Line[], saidBefore: readonly string[]): string[] {
  const refuses = lines.some((l) => REFUSAL.test(l.text));
  const kept = lines.filter(
    (l) =>
      !(refuses && l.added && l.text === LET_ME_SEE) &&
      // The agent's own line of empathy, said again word for word (or close), goes.
      !(!l.added && !l.variants && isEmpathyLine(l.text) && !MORE_THAN_EMPATHY.test(l.text) && wordCount(l.text) <= ONLY_EMPATHY_WORDS && echoesEmpathy(l.text, saidBefore)),
  );
  const out = kept.map((l) => l.text);
  kept.forEach((line, i) => {
    const others = out.filter((t, j) => j !== i && t !== '');
    const ownOffer = () => kept.some((l, j) => j !== i && !l.added && out[j] !== '' && (OFFERS.test(out[j]!) || OWN_STEP.test(out[j]!)) && !out[j]!.includes(OTHER_OPTIONS));
    // Said by the draft in its own words, or already by an earlier refusal: the offer once.
    const offeredBefore = () => out.slice(0, i).some((t) => t.includes(OTHER_OPTIONS));
    // A second refusal after one that offered the options ("…the fee of $240, but what I can do is…
    // I'm not able to change the decision") says the wall twice: it goes.
    if (line.text.endsWith(REFUSAL_OFFER) && offeredBefore()) return void (out[i] = '');
    if (line.text.endsWith(REFUSAL_OFFER) && ownOffer()) return void (out[i] = `${line.text.slice(0, -REFUSAL_OFFER.length)}.`);
    if (line.offer && others.some((t) => OFFERS.test(t) || OWN_STEP.test(t) || YOUR_STEP.test(t) || SOMEONES_STEP.test(t) || STEP_DONE.test(t))) return void (out[i] = '');
    // "Let me see what I can do" next to the draft's own step ("you can appeal in writing…") adds nothing.
    if (line.added && line.text === LET_ME_SEE && kept.some((l, j) => j !== i && !l.added && (OFFERS.test(l.text) || YOUR_STEP.test(l.text)))) return void (out[i] = '');
    if (line.added && line.text === ACKNOWLEDGEMENT && others.some((t) => ACKNOWLEDGES.test(t))) return void (out[i] = '');
    if (!line.variants && !line.added) return;
    const taken = new Set(others.flatMap((t) => [...phrasesOf(t)]));
    const fits = (text: string) => !echoesEmpathy(text, saidBefore) && ![...phrasesOf(text)].some((p) => taken.has(p));
    const chosen = (line.variants ?? [line.text]).find(fits);
    out[i] = chosen ?? (line.added ? '' : line.variants!.at(-1)!);
  });
  return withRefusalAcknowledged(out.filter((t) => t !== ''), saidBefore);
}

// A step the customer can take themselves ("you can log into that account and spend them there"),
// not a hand-off to someone else: what the agent can do is already named.
const OWN_STEP = /\byou\s+can\s+(?:still\s+|also\s+)?(?!contact\b|call\b|e-?mail\b|phone\b|write\b|speak\b|talk\b|ask\b|reach\b|get in touch\b|complain\b|take\b|raise\b|dispute\b|try\b)[a-z]+/i;
// A step someone is told to take, or one on its way: "Maria will need to call us herself…", "please
// monitor our status page", "a new card will be sent to your registered address".
const SOMEONES_STEP = /\b(?:will|'ll)\s+need\s+to\s+(?:call|email|e-mail|contact|send|visit|submit|sign|bring|upload|reply|log\s+in|fill)\b|\bwill\s+be\s+(?:sent|re-?sent|recalculated|refunded|credited|reviewed|processed|issued|posted|delivered|corrected|updated|reversed|returned|released|reissued|reactivated|restored|replaced|repaired|collected|called|contacted)\b|\bplease\s+(?!note\b|be\s+aware\b|understand\b|bear\s+with\b)[a-z]+/i;
// A step already taken for them: "Your new appointment on 3 December at 10:30 is confirmed."
const STEP_DONE = /\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|already\s+)?(?:confirmed|booked|rebooked|rescheduled|arranged|scheduled|issued|processed|reissued)\b/i;
// A step the draft gives the customer to take: "you can appeal in writing…", "would you like me to…".
const YOUR_STEP = /\b(?:you\s+can|you're\s+welcome\s+to|would\s+you\s+like\s+me\s+to|shall\s+i)\b/i;

/**
 * A reframe that still says no opens the no with an acknowledgement (after the greeting, where
 * there is one), unless a line of it already acknowledges or apologises or the agent's last
 * messages said the same.
 */
function withRefusalAcknowledged(lines: string[], saidBefore: readonly string[]): string[] {
  const refusal = lines.findIndex((t) => REFUSAL.test(t));
  // "The refund of £64.50 was issued…, and once it has left us we are unable to track it": news of
  // what was given is no "answer you were hoping for" not to hear.
  if (refusal === -1 || reportsRemedyDone(lines[refusal]!) || GIVEN.test(lines[refusal]!)) return lines;
  // The rule that leads to the no ("Cancellations require 30 days' notice…") opens it.
  const rule = lines.findIndex((t) => RULE.test(t));
  const at = rule !== -1 && rule < refusal ? rule : refusal;
  // "I understand, but cancellation requests can only be accepted…": the "but" takes back what the
  // "I understand" gave; the acknowledgement goes before the rule instead.
  const butLed = BUT_LED.exec(lines[at]!);
  if (butLed) lines = [...lines.slice(0, at), capitalizeFirst(lines[at]!.slice(butLed[0].length)), ...lines.slice(at + 1)];
  // The wall said again once the no is said goes.
  lines = lines.filter((t, i) => i <= at || !SECOND_WALL.test(t) || !lines.some((o, j) => j !== i && REFUSAL.test(o)));
  if (lines.some((t) => ACKNOWLEDGES.test(t))) return lines;
  // After what the agent can do and will do ("…the plan covers the fees. I can contact the funeral
  // director today…"), the one thing they can't is no "answer you were hoping for": said there it
  // reads as sympathy in the wrong place.
  if (lines.slice(0, at).some((t) => AGENTS_STEP_FIRST.test(t))) return lines;
  const wording = ADDED.get(REFUSAL_ACKNOWLEDGEMENT)!.find((w) => !echoesEmpathy(w, saidBefore) && !saidBefore.some((t) => t.includes(w)));
  if (!wording) return lines;
  const line = lines[at]!;
  const greeting = GREETING.exec(line);
  const opened = greeting ? [`${greeting[1]!.trimEnd()} ${lowerFirst(wording)}`, capitalizeFirst(line.slice(greeting[0].length))] : [wording, line];
  return [...lines.slice(0, at), ...opened, ...lines.slice(at + 1)];
}

const AGENTS_STEP_FIRST = /^(?:(?:hi|hello|dear)\s+[^,]{1,40},\s+)?(?:i|we)(?:\s+can|\s+will|'ll|'ve|\s+have)\s+(?:already\s+|just\s+|also\s+)?(?!not\b|see\b|understand\b|hear\b|imagine\b|appreciate\b|tell\b|been\b|checked\b|looked\b|seen\b|read\b|found\b|noticed\b)[a-z]+/i;
const GIVEN = /\b(?:was|were)\s+(?:issued|refunded|processed|credited|paid|sent|reversed|waived)\b/i;
const BUT_LED = /^(?:i\s+(?:do\s+)?(?:understand|hear you|see)(?:\s+that)?|i\s+get\s+(?:it|that))\s*,?\s+(?:but|however,?)\s+(?=\p{L})/iu;

// Three words in a row said twice read as a rewording stitched together.
const PHRASE_WORDS = 3;

/** Every run of three words in the text, lower case: two sentences sharing one repeat each other. */
export function phrasesOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\d'’]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + PHRASE_WORDS <= words.length; i++) out.add(words.slice(i, i + PHRASE_WORDS).join(' '));
  return out;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
