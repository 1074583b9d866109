// Customers write to support the way they write on social media: "@AmazonHelp my package never
// arrived https://t.co/x #fail 😡 ^DG", "Im not getting the code". None of that can be said back to
// them. Before a card quotes a customer, their sentence loses what is addressing, linking, tagging
// or decoration, and gets the apostrophes it was typed without.

const LINK = /\b(?:https?:\/\/|www\.)\S+/giu;

const HANDLE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu;
// A tag starts with a letter: "#58213" is an order number.
const HASHTAG = /(^|[^\p{L}\p{N}_&])#[\p{L}_][\p{L}\p{N}_]*/gu;
// Emoji and other pictographs, with the joiners and variation selectors that build them.
const PICTOGRAPH = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200D\uFE0E\uFE0F\u20E3]/gu;
// A support team's initials after a caret or dash at the end ("^DG", "- AC"), and a customer's own.
const INITIALS_SIGN_OFF = /\s*(?:\^|\s[-–—]\s?)[A-Z]{1,3}\s*$/u;

// Contractions typed without their apostrophe; only words that are nothing else in English.
const BARE_CONTRACTIONS = new Map<string, string>([
  ['im', "I'm"], ['ive', "I've"], ['dont', "don't"], ['doesnt', "doesn't"], ['didnt', "didn't"], ['cant', "can't"],
  ['couldnt', "couldn't"], ['wouldnt', "wouldn't"], ['shouldnt', "shouldn't"], ['isnt', "isn't"], ['wasnt', "wasn't"],
  ['arent', "aren't"], ['werent', "weren't"], ['havent', "haven't"], ['hasnt', "hasn't"], ['hadnt', "hadn't"],
  ['youre', "you're"], ['thats', "that's"], ['theyre', "they're"], ['wont', "won't"], ['aint', "isn't"],
]);
const BARE_CONTRACTION = new RegExp(`\\b(${[...BARE_CONTRACTIONS.keys()].join('|')})\\b`, 'giu');

/** `text` without links, @handles, #hashtags, emoji and initials sign-offs, its bare contractions mended. */
export function withoutSocialDebris(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(LINK, ' ')
    .replace(PICTOGRAPH, ' ')
    .replace(HANDLE, '$1')
    .replace(HASHTAG, '$1')
    .replace(INITIALS_SIGN_OFF, '')
    .replace(BARE_CONTRACTION, (word) => {
      const mended = BARE_CONTRACTIONS.get(word.toLowerCase())!;
      return word[0] === word[0]!.toUpperCase() && mended !== "I'm" && mended !== "I've" ? mended[0]!.toUpperCase() + mended.slice(1) : mended;
    })
    .replace(/\s+([,.!?;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

// The same patterns, to test a card for them (a global regex keeps state between tests).
const once = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.replace('g', ''));
const HAS_LINK = once(LINK);
const HAS_HANDLE = once(HANDLE);
const HAS_HASHTAG = once(HASHTAG);

const PROFANE = /\b(?:fuck\w*|f\*+k\w*|shit\w*|bullshit|bitch\w*|asshole\w*|arsehole\w*|bastard\w*|crap\w*|damn\w*|wtf|ffs|piss\w*)\b/iu;

/**
 * Why a card could not be sent as it stands, by the program checks of a support trainer's
 * reading (social-media debris, a word shouted in capitals, a card too long to read at a glance);
 * undefined when it passes them.
 */
export function unsendableBecause(card: string): string | undefined {
  if (HAS_LINK.test(card)) return 'a link';
  if (HAS_HANDLE.test(card)) return 'an @handle';
  if (HAS_HASHTAG.test(card)) return 'a #hashtag';
  if (/[\p{Extended_Pictographic}]/u.test(card)) return 'an emoji';
  if (/\^[A-Za-z]{1,3}\b/.test(card)) return 'a sign-off';
  if (/\b\p{Lu}{4,}\b/u.test(card)) return 'a shouted word';
  if (PROFANE.test(card)) return 'profanity';
  if (card.length > 300) return 'over 300 characters';
  return undefined;
}
