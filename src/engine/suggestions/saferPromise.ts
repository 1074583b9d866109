// PLAYBOOK step 8: don't make promises you can't keep. An agent who guarantees a delivery date
// the courier controls has made the next complaint; the safer wording commits to effort and to
// keeping the customer informed, which the agent can always deliver.

// "Guarantee" is an overpromise on its own (PLAYBOOK step 8); a promise or certainty word only
// when attached to an outcome in the future.
const GUARANTEE = /\bguarantee[ds]?\b/i;
const PROMISE = /\b(?:i|we)\s+(?:can\s+)?(?:promise|swear|assure you)\b/i;
// "absolutely"/"certainly" are left out: agents use them as politeness ("I will certainly pass this on").
const CERTAINTY = /\b(?:definitely|for sure|100\s?%|without fail|no matter what)\b/i;
const FUTURE = /\b(?:will|won'?t|'ll|going to|gonna|never)\b/i;
// Promising one's own next step ("I promise I'll call you back") is a commitment the agent keeps.
const OWN_ACTION =
  /\b(?:promise|guarantee|assure you)\s+(?:that\s+)?(?:i'?ll|i will|to)\s+(?:personally\s+)?(?:call|email|message|check|follow|look|get back|update|keep|stay|contact|reply|pass)/i;
const NEVER_AGAIN = /\b(?:(?:will\s+)?never\s+happen\s+again|won'?t\s+(?:ever\s+)?happen\s+again|never\s+again)\b/i;

// What the promise is about decides the safer wording.
const SAFER_WORDING: { topic: RegExp; wording: string }[] = [
  { topic: NEVER_AGAIN, wording: "I'll pass this on so the team can work on keeping it from happening again." },
  { topic: /\b(?:refund\w*|money back|reimburs\w*|credit\w*)\b/i, wording: "I'll request the refund now and keep you updated on its progress." },
  { topic: /\b(?:fix\w*|resolv\w*|sort\w*|work\w*|solv\w*)\b/i, wording: "I'll do everything I can to get this resolved, and I'll keep you updated." },
  {
    topic: /\b(?:arriv\w*|deliver\w*|ship\w*|dispatch\w*|get (?:it|them) to you|be (?:there|with you)|tomorrow|tonight|today|by (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i,
    wording: "I'll do everything I can to get it to you as soon as possible, and I'll keep you updated.",
  },
];
const GENERAL_WORDING = "I'll do everything I can to help, and I'll keep you updated.";

/** A safer wording for a sentence that promises an outcome the agent can't control, or `undefined`. */
export function saferPromise(draftSentence: string): string | undefined {
  return isOverpromise(draftSentence) ? saferWordingFor(draftSentence) : undefined;
}

/** The safer wording for a sentence already known to overpromise (e.g. flagged by a team's own rule). */
export function saferWordingFor(promise: string): string {
  return SAFER_WORDING.find(({ topic }) => topic.test(promise))?.wording ?? GENERAL_WORDING;
}

export function isOverpromise(sentence: string): boolean {
  if (NEVER_AGAIN.test(sentence)) return true;
  if (OWN_ACTION.test(sentence)) return false;
  return GUARANTEE.test(sentence) || ((PROMISE.test(sentence) || CERTAINTY.test(sentence)) && FUTURE.test(sentence));
}
