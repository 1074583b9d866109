// PLAYBOOK steps 1 and 11: a remark on how the customer is behaving ("shouting at me won't get it
// here any sooner", "your threats don't change anything") or a dare to carry out a threat ("you're
// free to take us to court, the result will be the same") answers the anger with a challenge. A
// reframe drops the clauses that do it and keeps the rest of the sentence.
import { joinClauses, splitClauses, type Clause } from './clauses';

// Names the customer called us: "calling us crooks", "labelling my colleagues liars", "accusing us of fraud".
const WHOM = String.raw`(?:us|me|my\s+[\w-]+|our\s+[\w-]+|the\s+[\w-]+|them|him|her|this\s+company)`;
const NAME_CALLING = String.raw`(?:calling|labell?ing|branding)\s+${WHOM}\s+(?:an?\s+)?(?:[\w-]+\s+)?[\w-]+|accusing\s+${WHOM}\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+`;
// Coming in person, chasing or complaining, as the customer said they would.
const TURNING_UP = String.raw`(?:storming|barging|marching)(?:\s+(?:in|into|down|off|over))?|(?:turning|showing)\s+up|coming\s+(?:in|down|round|over|to)|(?:phoning|ringing|calling|emailing|messaging|chasing|tweeting|posting|tagging)\s+(?:us|me|again|every|repeatedly|over and over|non-stop|constantly|the\s+[\w-]+|on\s+[\w-]+|about\s+(?:it|this))|complaining|moaning|demanding|pestering|harassing|spamming|kicking off|making a scene`;
// What the customer is doing, named as the subject of the remark.
const BEHAVIOUR = String.raw`(?:(?:your|the|all (?:the|this|these|your)|these|this|that|such)\s+)?(?:threat(?:s|ening(?:\s+(?:us|me|legal action))?)?|shouting|yelling|screaming|swearing|cursing|insults?|insulting(?:\s+(?:me|us|my colleagues?|staff))?|abuse|name-calling|raising your voice|capitals|caps|(?:writing|typing) in (?:capitals|caps)|(?:being|getting) (?:rude|abusive|aggressive|nasty|personal|angry|difficult|hostile)|(?:that|this|your) (?:tone|attitude|language|behaviou?r)|using (?:that|this|such) (?:language|tone)|${NAME_CALLING}|${TURNING_UP})`;
// What the remark says it does: nothing.
const GETS_NOWHERE = String.raw`(?:won't|will not|isn't going to|is not going to|aren't going to|are not going to|doesn't|does not|don't|do not|can't|cannot|never|will never|won't ever|haven't|hasn't|have not|has not|didn't|did not)\s+(?:\w+\s+){0,3}?(?:help(?:ed)?|chang(?:e|ed)|speed|sped|hurr(?:y|ied)|make|made|get|got|achiev(?:e|ed)|work(?:ed)?|solv(?:e|ed)|fix(?:ed)?|mov(?:e|ed)|resolv(?:e|ed)|alter(?:ed)?|affect(?:ed)?|sway(?:ed)?|budge(?:d)?|shift(?:ed)?|do|done)\b`;
// Where a customer threatens to go: court, a lawyer, the press, a regulator, a review, elsewhere.
const THREATENED = String.raw`(?:(?:to\s+)?court|(?:us\s+)?to\s+court|(?:a|your)\s+(?:lawyer|solicitor|attorney)|lawyers|solicitors|legal(?:\s+action)?|the\s+(?:press|media|papers|newspapers|news|ombudsman|regulator|watchdog|police|small claims court)|(?:on\s+)?social media|(?:post|put|share)(?:\s+(?:it|this|that))?\s+online|(?:post|share|publish|upload|tweet)\s+(?:it|this|that|the\s+(?:video|photos?|pictures?|footage|story|clip)|a\s+(?:video|review|post|clip))\b|trustpilot|trading standards|small claims|(?:an?\s+|a bad\s+|a negative\s+)?reviews?|elsewhere|another\s+(?:company|provider|supplier|shop|store)|a competitor|sue|suing)`;

// What the customer has a right to do about a charge or a service: dispute it with the bank,
// complain, go to the regulator or to court, leave a review, cancel.
const RIGHT = String.raw`(?:chargebacks?|charge-?backs?|charge back|(?:a\s+|the\s+)?disputes?|disputing|complain(?:ts?|ing)?|claims?|reviews?|ombudsman|regulator|court|small claims|trading standards|legal action|solicitor|lawyer|cancel(?:l?ing|lation)?|your bank|the bank|card issuer)`;
// What they are warned they will lose for it: the account closed, the progress or points gone.
const PENALTY = String.raw`(?:(?:have to\s+|need to\s+)?(?:close|ban|suspend|terminate|block|lock|cancel|delete|wipe|freeze|revoke|disable|deactivate|blacklist)\s+(?:your|the|this|their|his|her)\b|(?:permanently\s+|immediately\s+|automatically\s+|instantly\s+)?(?:banned|closed|suspended|terminated|blocked|locked|blacklisted|cancell?ed|deleted|wiped|forfeit(?:ed)?|voided|revoked|withdrawn|disabled|deactivated|frozen|flagged|pursued|sent to (?:collections|a debt collector|debt collectors))|lose|losing|lost)`;

const TAUNT = new RegExp(
  [
    // "You have my word, there is no need for court": their right waved away as needless (the 204th
    // reading's blind twenty kept it).
    String.raw`\b(?:there(?:'s|\s+is)\s+|there(?:'ll|\s+will)\s+be\s+)?no\s+need\s+(?:for|to\s+(?:go\s+to|involve|get|call))\s+(?:a\s+|the\s+|any\s+)?(?:court|courts|lawyers?|solicitors?|legal action|the ombudsman|ombudsman|regulator|small claims)\b`,
    String.raw`\byou\s+have\s+my\s+word\s*[,.;:]?\s*$`,
    String.raw`\b${BEHAVIOUR}\b[^.!?,;]{0,40}?\b${GETS_NOWHERE}`,
    // "…, and neither will ringing every hour", "nor will turning up at the office": the same remark, again.
    String.raw`(?:^|\b(?:and|but)\s+)(?:neither|nor)\s+(?:will|would|does|do|did|is|are)\s+(?:\w+ing|your|all|any|more|another|a|(?:the|these|those|such)\s+(?:threats?|insults?|abuse|language|messages|emails|calls|complaints|reviews|posts|tweets))\b`,
    // "Feel free to try", "go ahead and try it": a dare with nothing named.
    String.raw`\b(?:feel free|go ahead and|you're welcome|you are welcome|by all means)\s+(?:to\s+)?try(?:\s+(?:it|that))?\s*(?:[.!?]|$)`,
    // Security or the police set on an angry customer.
    String.raw`\b(?:security|the police)\s+(?:will|would|'ll)\s+(?:be\s+called|(?:\w+\s+)?(?:remove|escort|deal with|be waiting for))\b|\b(?:we|i)(?:(?:'ll|\s+will|'d|\s+would)(?:\s+not)?|\s+won't|\s+wouldn't)\s+(?:hesitate\s+to\s+)?(?:call|phone|contact|involve)\s+(?:the\s+police|security)\b`,
    // A warning that takes a right away: "if you file a chargeback the account will be banned",
    // "opening a dispute would get your account closed", "the account is closed if you complain".
    String.raw`\b(?:if|should|once)\s+you\s+(?:\w+\s+){0,4}?${RIGHT}\b[^.!?]{0,80}?\b(?:will|'ll|would|'d|could|might|may|is|are|gets?)\s+(?:\w+\s+){0,3}?${PENALTY}\b`,
    String.raw`\b(?:opening|filing|raising|making|starting|lodging|issuing|going ahead with|taking)\s+(?:a\s+|an\s+|the\s+|any\s+)?(?:\w+\s+)?${RIGHT}\b[^.!?]{0,60}?\b(?:will|would|could|might|may)\s+(?:\w+\s+){0,3}?${PENALTY}\b`,
    String.raw`\b(?:will|'ll|would|could|might|may|is|are|gets?)\s+(?:\w+\s+){0,2}?(?:be\s+)?${PENALTY}\b[^.!?]{0,40}?\b(?:if|when|once|the moment|as soon as)\s+you\s+(?:\w+\s+){0,3}?${RIGHT}\b`,
    // "You're free to take us to court", "feel free to go to the press", "go ahead and sue".
    String.raw`\byou(?:'re|\s+are)\s+(?:(?:perfectly|completely|quite|more than|of course|always)\s+)?(?:free|welcome|entitled)\s+to\s+(?:\w+\s+){0,4}?${THREATENED}\b(?![^.!?,;]*\b(?:once|when|after)\b)`,
    // "Write to the papers if you like": wherever they threatened to go, if they like.
    String.raw`\b${THREATENED}\b[^.!?,;]{0,20}?\bif\s+you\s+(?:like|want|wish|must|really want)\b(?!\s+(?:to|me|us|more)\b)`,
    String.raw`\b(?:feel free|go ahead(?:\s+and)?|by all means)\b[^.!?,;]{0,30}?\b${THREATENED}\b`,
    String.raw`\byou\s+(?:can|could|may)\s+(?:always\s+)?(?:\w+\s+){0,3}?${THREATENED}\b[^.!?,;]{0,30}?\bif\s+you\s+(?:like|want|wish|must|really want)\b`,
    String.raw`\b(?:sue|report|take)\s+us\b[^.!?,;]{0,30}?\b(?:if you (?:like|want|wish|must)|(?:whoever|wherever|whatever|all) you (?:like|want))\b`,
    String.raw`\bdo\s+(?:what|whatever)\s+you\s+(?:like|want|must|need to|have to)\b`,
    // "The outcome will be the same", "it won't change the decision": the end of the matter, as a dare.
    String.raw`\b(?:the|our|my)\s+(?:outcome|result|answer|decision|position)\s+(?:will|would|is going to)\s+(?:still\s+)?(?:be|stay|remain)\s+(?:exactly\s+)?the\s+same\b`,
    String.raw`\b(?:won't|will not|wouldn't|would not)\s+be\s+any\s+different\b`,
    String.raw`\b(?:won't|will not|wouldn't|would not|isn't going to|is not going to|doesn't|does not)\s+change\s+(?:the|our|my)\s+(?:outcome|result|answer|decision|position)\b`,
    String.raw`\b(?:the|our|my)\s+(?:outcome|result|answer|decision|position)\s+(?:won't|will not|wouldn't|would not|isn't going to|is not going to)\s+change\b`,
  ].join('|'),
  'i',
);

// The condition a dare hangs on ("if you want", "if you like"), and what only says again that it
// gets nowhere ("and it won't", "nothing will change"): they go with it.
const CONDITION = /^(?:if|should)\s+you\b/i;
const AFTERMATH =
  /^(?:(?:and|but|so)\s+)?(?:(?:we|i)(?:'ve|\s+have)\s+done\s+nothing\s+wrong(?:\s+here)?|(?:it|that|they|this)\s+(?:won't|will not|wouldn't|doesn't|didn't|never will|isn't going to|aren't going to)(?:\s+(?:help|work|change anything|make (?:a|any) difference))?|nothing\s+(?:will|would|is going to)\s+change|(?:it|that|this)\s+(?:won't|will not|wouldn't)\s+(?:change anything|make (?:a|any) difference))[.!?]*$/i;
// A bare dare ("go ahead", "be my guest") after a threat the customer made, told as a condition:
// "If you want to take legal action, go ahead".
const BARE_DARE = /^(?:(?:so|then|well)\s+)?(?:go ahead|be my guest|that's up to you|that's your (?:choice|call))[.!?]*$/i;
const THREAT_CONDITION = new RegExp(String.raw`\bif\s+you\s+(?:want|wish|like|decide|choose|insist|must|really want)\s+(?:to\s+)?(?:\w+\s+){0,3}?${THREATENED}\b`, 'i');
// Advice against what they were warned off ("so I really wouldn't recommend it"), and the rest of
// the penalty ("and you'll lose all your points").
const ADVISED_AGAINST =
  /^(?:(?:and|so|but)\s+)?(?:(?:i|we)(?:'d|\s+would)?\s+(?:really\s+|strongly\s+|honestly\s+|seriously\s+)?(?:(?:wouldn't|would not|don't|do not)\s+(?:recommend|advise|suggest)(?:\s+(?:it|that|this|doing (?:it|that|this|so)|going down that (?:road|route)|that route))?|(?:advise|recommend|suggest|caution)\s+against\s+(?:it|that|this|doing (?:it|that|this|so)))|i\s+wouldn't\s+(?:do|try)\s+(?:it|that)(?:\s+if\s+i\s+were\s+you)?|think (?:carefully|twice)(?:\s+before\s+[^.!?]*)?)[.!?]*$/i;
const PENALTY_AGAIN = new RegExp(String.raw`^(?:(?:and|so|plus)\s+)?(?:you(?:'ll|\s+will|'d|\s+would)|your\s+[^.!?,;]{1,40}?\s+(?:will|would)|(?:he|she|they)(?:'ll|\s+will|'d|\s+would))\s+(?:also\s+|then\s+)?(?:be\s+)?${PENALTY}\b`, 'i');
const goesWithTaunt = (text: string) => CONDITION.test(text) || AFTERMATH.test(text.trim()) || ADVISED_AGAINST.test(text.trim()) || PENALTY_AGAIN.test(text.trim());

export function taunts(text: string): boolean {
  return TAUNT.test(text) || (THREAT_CONDITION.test(text) && splitClauses(text).some((c) => BARE_DARE.test(c.text.trim())));
}

/** The sentence without the clauses that taunt ('' when that was all), or `undefined` when none do. */
export function withoutTaunt(sentence: string): string | undefined {
  if (!taunts(sentence)) return undefined;
  const clauses = splitClauses(sentence);
  const dared = THREAT_CONDITION.test(sentence);
  const taunting = clauses.map((c) => TAUNT.test(c.text) || (dared && BARE_DARE.test(c.text.trim())));
  // A taunt across clauses ("threatening us, frankly, won't help") takes its sentence with it.
  if (!taunting.some(Boolean)) return '';
  // What hangs on a taunt goes with it, and what hangs on that ("If you want to sue, go ahead, it won't change a thing").
  for (let changed = true; changed; ) {
    changed = false;
    clauses.forEach((clause, i) => {
      if (!taunting[i] && goesWithTaunt(clause.text) && (taunting[i - 1] || taunting[i + 1])) changed = taunting[i] = true;
    });
  }
  // What sits between two taunts ("neither will X – we have cameras there, so feel free to try") is part of them.
  clauses.forEach((_, i) => (taunting[i] ||= i > 0 && taunting[i - 1]! && taunting.slice(i + 1).some(Boolean)));
  const kept: Clause[] = clauses.filter((_, i) => !taunting[i]);
  if (kept.length === 0) return '';
  // "…, but I've escalated it": the joiner that tied it to the taunt goes too.
  const first = { ...kept[0]!, joiner: '', text: kept[0]!.text.replace(/^(?:but|and|so)\s+/i, '') };
  const text = joinClauses([first, ...kept.slice(1)]);
  return /[.!?]$/.test(text) ? text : `${text}${/[.!?]$/.test(sentence) ? sentence.slice(-1) : '.'}`;
}
