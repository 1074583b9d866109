// The checks a program can make on a card (the card-quality protocol, described in
// bench/README.md): a floor under a trainer's reading, not a grade. Written from that text,
// apart from the engine's own cleaning, so the engine is not judged by its own rules.

export interface CardCheckInput {
  kind: string;
  text: string;
  /** The customer message the card follows, when it follows one. */
  afterCustomer?: string;
  /** Words the chat shows are not a person: the @handles in it, and brand or product words. */
  notNames: ReadonlySet<string>;
  /** Customer turns in a row (this one included) after which this same text was shown. */
  shownInARow: number;
}

const HANDLE = /(?:^|[^\w])@\w+/u;
const LINK = /\bhttps?:\/\/|\bwww\.\w/iu;
const HASHTAG = /(?:^|[^\w&])#\p{L}/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const SIGN_OFF = /\^[A-Z]{2}\b/u;
// A word of four or more capitals; short acronyms in the frame (e.g. "OK") pass.
const CAPITALS = /\b\p{Lu}{4,}\b/u;
const PROFANITY = /\b(?:fuck|fucking|fucked|shit|shitty|bullshit|crap|crappy|damn|wtf|ffs|ass|asshole|bitch|piss(?:ed)?)\b/iu;

// The fixed frames of a restatement speak as the agent; what is left is the customer's problem,
// which must be in the second person.
const RESTATE_FRAME = [
  /\bI (?:want to make sure I understand|understand(?: why| it)?|can hear|hear you|want to help|'d like to help[^.?!]*)/giu,
  /\b(?:if I've got this right|have I got that right|did I get that right|make sure I have this right|let's see what I can do|as I understand it)/giu,
];
const FIRST_PERSON = /\b(?:I|I'm|Im|I've|I'd|I'll|my|me|mine|myself)\b/u;

// "Thanks", "it works now", "all good": the customer is closing, not complaining. Short, no
// question, nothing still wrong, no "thanks for nothing".
const CLOSING_WORDS = /\b(?:thanks?|thank you|thx|cheers|appreciate|works now|it works|all good|sorted|resolved|fixed now)\b/iu;
const STILL_WRONG = /\b(?:but|still|not|no|never|again|however|nothing|useless)\b|n't\b|\?/iu;

/** True for a short customer message that thanks or says the problem is gone. */
export function isShortThanks(message: string): boolean {
  const text = message.replace(/@\w+/gu, '').replace(/https?:\/\/\S+/gu, '').trim();
  const words = text.split(/\s+/u).filter(Boolean).length;
  return words > 0 && words <= 12 && CLOSING_WORDS.test(text) && !STILL_WRONG.test(text);
}

/** The word a card calls the customer by at its end ("…, Xbox?"), or undefined. */
export function vocativeAtEnd(card: string): string | undefined {
  return /,\s+(\p{Lu}[\p{L}'-]*)\s*[.?!]*\s*$/u.exec(card)?.[1];
}

/** Why the card fails the program checks, or undefined when it passes. */
export function failedCheck(card: CardCheckInput): string | undefined {
  const { text, kind } = card;
  if (HANDLE.test(text)) return '@handle';
  if (LINK.test(text)) return 'link';
  if (HASHTAG.test(text)) return '#hashtag';
  if (EMOJI.test(text)) return 'emoji';
  if (SIGN_OFF.test(text)) return 'sign-off';
  if (CAPITALS.test(text)) return 'word in capitals';
  if (PROFANITY.test(text)) return 'profanity';
  if (text.length > 300) return 'over 300 characters';
  if (kind === 'restate') {
    let rest = text;
    for (const frame of RESTATE_FRAME) rest = rest.replace(frame, ' ');
    if (FIRST_PERSON.test(rest)) return 'first person in a restatement';
  }
  if (card.afterCustomer !== undefined && isShortThanks(card.afterCustomer) && ['restate', 'clarify', 'solution', 'apologize'].includes(kind)) {
    return `${kind} after thanks`;
  }
  const vocative = vocativeAtEnd(text);
  if (vocative && card.notNames.has(vocative.toLowerCase())) return 'brand as name';
  if (card.shownInARow >= 4) return 'same card 4 turns in a row';
  return undefined;
}

// Brands and products common in support chats (and in the twcs data's companies); a card must
// never call a customer by one. A floor: the reading by people catches the rest.
export const BRAND_WORDS = new Set(
  [
    'amazon', 'apple', 'iphone', 'ipad', 'mac', 'macbook', 'itunes', 'icloud', 'xbox', 'playstation', 'ps4', 'nintendo',
    'microsoft', 'windows', 'office', 'outlook', 'skype', 'google', 'android', 'pixel', 'samsung', 'galaxy', 'spotify',
    'netflix', 'hulu', 'uber', 'lyft', 'tesco', 'sainsburys', 'asda', 'walmart', 'target', 'delta', 'united', 'american',
    'southwest', 'jetblue', 'virgin', 'british', 'ryanair', 'easyjet', 'comcast', 'xfinity', 'verizon', 'sprint', 'tmobile',
    't-mobile', 'att', 'vodafone', 'ee', 'o2', 'three', 'sky', 'bt', 'hulu', 'dish', 'directv', 'chipotle', 'mcdonalds',
    'starbucks', 'dominos', 'kindle', 'alexa', 'echo', 'prime', 'airbnb', 'paypal', 'visa', 'mastercard', 'ups', 'fedex',
    'usps', 'dhl', 'hermes', 'royalmail', 'argos', 'ikea', 'nike', 'adidas', 'hp', 'dell', 'lenovo', 'fitbit', 'twitter',
    'facebook', 'instagram', 'whatsapp', 'snapchat', 'youtube', 'premium', 'support', 'team', 'sir', 'madam',
  ],
);

/** Lower-case words that are not a person in this chat: the brand list and each @handle's name. */
export function notNamesIn(texts: readonly string[]): Set<string> {
  const out = new Set(BRAND_WORDS);
  for (const text of texts) {
    for (const m of text.matchAll(/@(\w+)/gu)) {
      const handle = m[1]!.toLowerCase();
      out.add(handle);
      // "@AmazonHelp" → "amazon": the company part of a support handle.
      const company = /^(.+?)(?:help|support|care|cares|uk|us|service|team|_)/u.exec(handle)?.[1];
      if (company && company.length >= 2) out.add(company);
    }
  }
  return out;
}
