// PLAYBOOK steps 1, 8 and 11: a calmer rewording of an agent draft that escalates. Each rule
// rewrites one habit that makes an angry customer angrier (telling them to calm down, refusing
// ownership, contradicting, hiding behind policy, sarcasm, blame, shouting) into wording that
// keeps the agent's content and drops the heat. The agent sees it as a suggestion, never sent as is.
import { saferPromise, saferWordingFor } from './saferPromise';
import { calmEnding, capitalizeFirst, tidySpacing, unshout } from './textCase';
import { baseForm } from './verbForms';

interface Rewrite {
  pattern: RegExp;
  /** The replacement; a sentence of its own is written with its final full stop. */
  replacement: string | ((...groups: string[]) => string);
}

const ACKNOWLEDGE = 'I understand this is frustrating.';
const OTHER_OPTIONS = 'what I can do is look into the other options with you';

// Applied to one sentence at a time, so "(.+?)[.!?]*$" is the rest of the sentence. Sarcasm
// markers go first so "you clearly didn't read …" meets the blame rewrite as "you didn't read …".
const REWRITES: Rewrite[] = [
  // Sarcasm and impatience markers: removed, the content stays.
  {
    pattern:
      /\b(?:obviously|clearly|as (?:i|we) (?:already |just |clearly )?(?:said|told you|mentioned|explained|stated)(?: (?:before|earlier|already|twice|above))?|like i (?:said|told you)(?: (?:before|already))?|as (?:already |previously )?(?:stated|mentioned|explained)|i(?:'ve| have)? already (?:told|explained (?:to )?)you(?: that)?|i(?:'ve| have)? told you (?:already|before|twice|this already)|for the (?:second|third|fourth|fifth|last|hundredth|umpteenth|\d+(?:st|nd|rd|th)) time|with all due respect|no offen[cs]e(?: but)?|news ?flash|believe it or not)\b\s*[,:;]?\s*/gi,
    replacement: '',
  },
  { pattern: /(^|[.!?]\s+)(?:again|wow|seriously|honestly|sigh|ugh|duh|whatever|sure thing|good luck with that)\s*[.,!]+\s*/gi, replacement: '$1' },
  // Telling an angry person to calm down: acknowledge the feeling instead.
  {
    pattern:
      /\b(?:(?:please|you need to|you have to|you must|just|can you|could you)\s+)*(?:calm down|relax|chill(?: out)?|stop (?:shouting|yelling|being rude)|there(?:'s| is) no need to (?:shout|yell|be rude)|don'?t (?:shout|yell) at me)(?:\s*,?\s*(?:sir|ma'?am|madam|please|ok(?:ay)?|now))*\s*[,.!?]*/gi,
    replacement: `${ACKNOWLEDGE} `,
  },
  // Refusing ownership.
  {
    pattern:
      /\b(?:that|it|this)(?:'s| is)\s+not\s+(?:my|our)\s+(?:problem|job|department|fault|responsibility|issue|concern)\b[^.!?]*[.!?]*/gi,
    replacement: 'Let me see who can help with this. ',
  },
  { pattern: /\bthere(?:'s| is)\s+nothing\s+(?:i|we)\s+can\s+do(?:\s+(?:about|for)\s+(?:it|that|you|this))?\s*[.!?]*/gi, replacement: 'Let me see what I can do. ' },
  { pattern: /\bwhat (?:do|did) you (?:want|expect) me to do(?:\s+about\s+(?:it|that|this))?\s*[?!.]*/gi, replacement: 'Let me see what I can do. ' },
  { pattern: /\b(?:i|we)\s+(?:can'?t|cannot)\s+do\s+(?:that|this|it)(?:\s+for\s+you)?\s*[.!?]*$/gi, replacement: `That isn't something I'm able to do, but ${OTHER_OPTIONS}. ` },
  { pattern: /\b(?:i|we)\s+(?:can'?t|cannot)\s+help\s+you(?:\s+with\s+(?:that|this|it))?\s*[.!?]*/gi, replacement: 'Let me find out who can help with this. ' },
  // Contradicting the customer.
  {
    pattern: /\b(?:you(?:'re| are)\s+(?:wrong|mistaken|incorrect|confused)|that(?:'s| is)\s+(?:not true|wrong|incorrect|false|not what happened))\b\s*[,.!:;]*/gi,
    replacement: 'Let me double-check that. ',
  },
  // Hiding behind policy: say what can't be done once, then what can.
  {
    pattern:
      /\b(?:(?:our|the|company)\s+)?polic(?:y|ies)\s+(?:says?|states?|clearly states|is that|doesn'?t allow|does not allow|won'?t allow|prevents)\s+(?:that\s+)?(?:(?:we|i|us|me)\s+)?(?:(?:can'?t|cannot|can not|are not able to|aren'?t able to|won'?t|will not|don'?t|do not|to)\s+)?(.+?)[.!?]*$/gi,
    replacement: (_, action: string) => `I'm not able to ${action.trim()}, but ${OTHER_OPTIONS}. `,
  },
  {
    pattern: /\b(?:it|that|this)(?:'s| is)\s+against\s+(?:our\s+|the\s+|company\s+)?policy(?:\s+to\s+(.+?))?(?:,?\s*(?:sorry|unfortunately|i'?m afraid))?[.!?]*$/gi,
    replacement: (_, action: string | undefined) =>
      action ? `I'm not able to ${action.trim()}, but ${OTHER_OPTIONS}. ` : `That isn't something I'm able to do, but ${OTHER_OPTIONS}. `,
  },
  {
    pattern: /\bwe\s+(?:can'?t|cannot|won'?t|don'?t|do not|will not)\s+((?:refund|replace|exchange|accept|offer|give|do|allow|issue|send)\b.*?)[.!?]*$/gi,
    replacement: (_, action: string) => `I'm not able to ${action.trim()}, but ${OTHER_OPTIONS}. `,
  },
  // Blaming the customer for not reading: offer to go through it together.
  {
    pattern: /\b(?:you\s+should(?:'ve| have)|you\s+(?:didn'?t|did not|never)|if you had|had you)\s+(?:bothered to\s+)?(?:read|checked|check|looked at|look at)\s+(?:(the|our|your|my)\s+)?([^.!?,]+?)(?:,?\s+you(?:'d| would)[^.!?]*)?\s*[.!?]*$/gim,
    replacement: (_, owner: string | undefined, thing: string) =>
      owner?.toLowerCase() === 'my' ? `Let me go over my ${thing.trim()} again. ` : `I'm happy to go through the ${thing.trim()} with you. `,
  },
  {
    pattern: /\byou\s+should(?:'ve| have)\s+(\w+)\s+(.+?)[.!?]*$/gi,
    replacement: (_, verb: string, rest: string) => `Going forward, it can help to ${baseForm(verb)} ${rest.trim()}; for now, let's get this sorted. `,
  },
  {
    pattern: /\b(?:(?:it|that|this)(?:'s| is)\s+(?:all\s+)?(?:your\s+(?:own\s+)?fault|on you)|you\s+(?:did this|brought this on)\s+(?:to\s+)?yourself)\b[^.!?]*[.!?]*/gi,
    replacement: "Let's look at how to sort this out. ",
  },
];

/**
 * What the rules flagged in the draft (each flag's evidence): a team's own rule can flag a
 * promise or an admission the rewrites below don't know ("refund within 24 hours"), and the
 * rewording must not hand it back to the agent.
 */
export interface FlaggedSpans {
  overpromises?: readonly string[];
  admissions?: readonly string[];
}

// PLAYBOOK step 6: apologize for the inconvenience without admitting fault.
const APOLOGY_WITHOUT_FAULT = "I'm sorry for the trouble this has caused.";

/** A calmer rewording of an agent's draft, or `undefined` when there is nothing to change. */
export function reframeDraft(agentDraft: string, flagged: FlaggedSpans = {}): string | undefined {
  const original = tidySpacing(agentDraft);
  if (!original) return undefined;
  const sentences = splitSentences(unshout(original))
    .map((sentence) => reframeSentence(sentence, flagged))
    .filter((s) => s.length > 0);
  const reworded = dedupeSentences(sentences).join(' ');
  return reworded && reworded !== original ? reworded : undefined;
}

function reframeSentence(sentence: string, flagged: FlaggedSpans): string {
  if (containsAny(sentence, flagged.admissions)) return APOLOGY_WITHOUT_FAULT;
  const safer = saferPromise(sentence) ?? (containsAny(sentence, flagged.overpromises) ? saferWordingFor(sentence) : undefined);
  if (safer) return safer;
  let text = sentence;
  for (const { pattern, replacement } of REWRITES) {
    text = typeof replacement === 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
  }
  // A rewrite that lands after a comma ("Sir, Let me …") continues the sentence.
  text = text.replace(/,\s+(Let|That|Going)\b/g, (_, word: string) => `, ${word.toLowerCase()}`);
  return splitSentences(tidySpacing(text))
    .map((part) => capitalizeFirst(calmEnding(part)))
    .filter((part) => /\p{L}/u.test(part))
    .join(' ');
}

function containsAny(sentence: string, spans: readonly string[] | undefined): boolean {
  if (!spans?.length) return false;
  const lower = sentence.toLowerCase();
  return spans.some((span) => span.length > 0 && lower.includes(span.toLowerCase()));
}

// A sentence ends at . ! or ? followed by a space, so "$49.99" and "v2.1" stay whole.
function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

// Several rules can produce the same sentence ("Let me see who can help with this.") in one draft.
function dedupeSentences(sentences: string[]): string[] {
  const seen = new Set<string>();
  return sentences
    .flatMap((s) => splitSentences(s))
    .filter((s) => {
      const key = s.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
