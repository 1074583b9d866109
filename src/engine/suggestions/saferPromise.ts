// PLAYBOOK step 8: don't make promises you can't keep. An agent who guarantees a delivery date
// the courier controls has made the next complaint; the safer wording commits to effort and to
// keeping the customer informed, which the agent can always deliver. The date the agent named
// stays as what the effort aims at ("I'll do everything I can to get it to you by Friday").

// "Guarantee" is an overpromise on its own (PLAYBOOK step 8); a promise or certainty word only
// when attached to an outcome in the future.
// (Not the noun: "the guarantee does not apply", "our money-back guarantee".)
const GUARANTEE = /(?<!\b(?:the|our|your|a|this|that|its|their|money-back|price|satisfaction|delivery)\s+)\bguarantee[ds]?\b/i;
const PROMISE = /\b(?:i|we)\s+(?:can\s+)?(?:promise|swear|assure you)\b/i;
// "absolutely"/"certainly" are left out: agents use them as politeness ("I will certainly pass this on").
// ("100%" ends in a mark, so no \b after it.)
const CERTAINTY = /\b(?:definitely|for sure|100 percent|without fail|no matter what|rest assured)\b|\b100\s?%/i;
const FUTURE = /\b(?:will|won'?t|'ll|going to|gonna|never|to be)\b/i;
// "You'll have it by Friday": a delivery date stated as a fact the agent can't control.
const OUTCOME_BY_DATE = /\byou(?:'ll|\s+will)\s+(?:have|get|receive)\s+(?:it|them|this|your\s+\w+)\s+(?:by|on|tomorrow|today|tonight|before|within)\b/i;
// "You'll have a new SIM in your hands by tomorrow morning", "you'll receive the replacement on
// Monday": any thing stated as arriving by a time (not a message the agent sends: "you'll get an
// email from me today" is theirs to keep).
const THING_BY_TIME =
  /\byou(?:'ll|\s+will)\s+(?:\w+ly\s+)?(?:have|get|receive|see|be holding|be using|be wearing|be driving)\s+(?!(?:an?\s+|my\s+|our\s+)?(?:written\s+|full\s+|formal\s+)?(?:e-?mail|text|sms|message|call|ring|reply|response|update|confirmation|notification|link|letter|reference|ticket)s?\b)(?!(?:the|a|your)\s+written\s+(?:[\w-]+\s+){0,2}?(?:report|summary|statement|account|breakdown|quote|estimate)\b)(?:[\w'’£$.-]+\s+){1,7}?(?:(?:by|before|on|until)\s+(?:the\s+end\s+of\s+(?:the\s+)?\w+|(?:this|next)\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+weekend|tomorrow|tonight|noon|midday|lunchtime|christmas|easter|new year|the holidays|(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october|\d{1,2}(?::\d\d)?\s*(?:am|pm)?\b)|tomorrow|today|tonight|this\s+(?:morning|afternoon|evening|week))/i;
// "I'll make an exception": a one-off the agent may not be allowed to give.
// ("I'll bend the rules", "I'll allow it this once" say the same.)
const EXCEPTION =
  /\b(?:i|we)(?:'ll|\s+will|'m|\s+am|'re|\s+are)\s+(?:going to\s+|happy to\s+|glad to\s+|\w+ly\s+)?(?:(?:make|making)\s+(?:you\s+)?(?:an?\s+|this\s+)?(?:one-off\s+|one-time\s+|special\s+|small\s+)?exception\b|(?:bend|bending|stretch|stretching)\s+the\s+rules?\b|(?:allow|allowing|let|letting)\s+(?:it|this|that|you)\b[^.!?]{0,30}?\b(?:this\s+(?:once|one time)|as\s+a\s+one-off|on this occasion))/i;
// Promising one's own next step ("I promise I'll call you back") is a commitment the agent keeps.
const OWN_ACTION =
  /\b(?:promise|guarantee|assure you)\s+(?:that\s+)?(?:i'?ll|i will|to)\s+(?:personally\s+)?(?:call|email|message|check|follow|look|get back|update|keep|stay|contact|reply|pass)/i;
// "The refund will be in your account within 10 minutes": a short window stated for what others
// (a bank, a system, a team) do; the agent's own "I'll call you within the hour" is kept, and so
// is the system's own message ("You'll get a confirmation email within 24 hours", "your boarding pass will
// come by email within the hour").
const OUTCOME_WITHIN =
  /\b(?!(?:i|we)\b)(?![^.!?]*\b(?:by|via|in (?:an?|your)) (?:e-?mail|text|sms|message|the app)\b)[a-z]+(?:'ll|\s+will)\s+(?!(?:need|have)\b)(?!(?:get|receive|be sent)\s+(?:an?\s+|your\s+|the\s+)?(?:confirmation\s+|automatic\s+|automated\s+)?(?:e-?mail|text|sms|message|confirmation|notification|receipt|link|code|reference)s?\b)(?:[\w'-]+\s+){0,6}?within\s+(?:(?:the\s+next\s+)?(?:\d+|a few|few|ten|five|fifteen|twenty|thirty|an?)\s+(?:minutes?|mins?|hours?|hrs?)|the\s+(?:next\s+)?hour)\b/i;
// "I'll personally make sure the payments team pushes it through today": someone else's outcome,
// by a time, vouched for by the agent.
const OTHERS_BY_TIME =
  /\b(?:i'?ll|i will|we'?ll|we will)\s+(?:personally\s+)?(?:make sure|ensure|see to it)\s+(?:that\s+)?(?!(?:i|we|i'll|we'll|i'm|we're|i've|we've|to|that\s+(?:i|we))\b)[\w£$'’]+\b[^.!?]*\b(?:today|tonight|tomorrow|by\s+\w+|within\s+\w+|before\s+\w+|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+(?:morning|afternoon|evening|week))\b/i;
// "Cruciate surgery is always covered on your plan": a claim's outcome, which assessors decide.
const COVERED =
  /\b(?:is|are|will be|'s|'re)\s+(?:always|definitely|fully|certainly|100%|totally|completely|guaranteed to be)\s+covered\b|\bwill\s+(?:definitely|certainly|100%)\s+be\s+(?:covered|approved|paid)\b|\b(?:claim|repairs?|costs?|treatment|damage)\s+will\s+(?:all\s+|also\s+)?be\s+(?:covered|approved|paid)\b/i;
// "Your cousin can collect it from the shop on the 17th": a day for what is not ready yet.
const READY_ON_DATE = /\b(?:can|will be able to|could)\s+(?:collect|pick\s+up|pick\s+(?:it|them)\s+up|have|get|wear|use)\b[^.!?]{0,60}\b(?:on|by|from)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b/i;
// "The full R3,600 will be in your account within 5 working days": an amount promised by a time.
const AMOUNT_BY_TIME = /\b(?:the\s+)?(?:full|whole|entire|every)\s+(?:[£$€]|R|USD|EUR|GBP)?\s?[\d,.]*\s*(?:[\w-]+\s+)?(?:will|'ll)\s+be\s+(?:back\s+)?(?:in|into|on|credited to|paid into)\s+your\s+(?:account|card|bank)\b/i;
// "You'll also be fully compensated for the power you've paid for": an outcome others decide.
const MADE_WHOLE = /\byou(?:'ll|\s+will)\s+(?:also\s+)?(?:definitely\s+)?be\s+(?:fully|completely|100%)\s+(?:compensated|reimbursed|refunded|credited|covered)\b/i;
// "You can basically stop paying after April, you're done": the end of what they owe, which the
// lender decides (the 173rd reading's blind twenty kept it).
const STOP_PAYING = /\byou can (?:basically |just |safely |now |probably )?stop (?:paying|the payments|making (?:the )?payments)\b|\byou(?:'re| are) (?:all )?done (?:paying|with (?:the |your )?payments)\b/i;
// ("he will never be able to contact you again": someone kept away for good, promised.)
const NEVER_AGAIN = /\b(?:(?:will\s+)?never\s+happens?\s+(?:to\s+(?:you|anyone|anybody)\s+)?again|won'?t\s+(?:ever\s+)?happen\s+(?:to\s+(?:you|anyone|anybody)\s+)?again|never\s+again|never\s+(?:deliver|delivers|serve|serves|come|comes|visit|visits|be sent|work|works)\s+(?:[\w'’-]+\s+){0,4}?again|(?:never|won'?t|will\s+not)\s+(?:\w+\s+){0,3}?(?:contact|message|bother|reach|call|text|harass)\s+you\s+again)\b/i;

// A clause that only vouches for what the rest says: "I promise", "I'm 100% sure", "rest assured".
const VOUCHER =
  /^(?:(?:and|but|so)\s+)?(?:i(?:'m|\s+am)\s+(?:\d+\s?%|100 percent|absolutely|totally|completely|quite)?\s*(?:sure|certain|positive)(?:\s+of\s+it)?|i\s+(?:can\s+)?(?:promise|guarantee|swear|assure you)(?:\s+(?:you|it|that))?(?:\s+\w+)?|(?:\d+\s?%|100 percent)(?:\s+(?:sure|certain|guaranteed))?|guaranteed|for sure|definitely|rest assured|trust me|take my word for it|don't worry|no worries|you have my word|i(?:'ve|\s+have)\s+(?:personally\s+)?(?:made sure|seen to it|double-checked|checked)(?:\s+of)?(?:\s+(?:it|that|this))?|no question(?:s asked)?|no problem(?: at all)?|without a doubt|no doubt about it|i(?:'ll|\s+will)\s+(?:personally\s+)?make sure of (?:it|that)(?:\s+personally)?)$/i;

/** A clause that only vouches for a promise ("I'm 100% sure", "I promise"): dropped with it. */
export function isVoucher(clause: string): boolean {
  return VOUCHER.test(clause.replace(/[.!?,]+$/, '').trim());
}

// "we'll have a DJ … for your wedding", "we will find you another driver for your transfer",
// "you'll have a new tutor booked for tomorrow evening".
const PROVIDES =
  /\b(?:(?:we|i)(?:'ll|’ll|\s+will)\s+(?:\w+\s+)?(have|find|(?:get|send)(?=\s+you\b))|you(?:'ll|’ll|\s+will)\s+(?:\w+\s+)?(have|get))\s+(?:you\s+)?(a|an|another)\s+(?:(new|different|replacement)\s+)?(?:(?:better|great|good|top|brilliant)\s+)?(\p{L}[\p{L}-]+)\b(?:[^.!?,;—]*?\b(at|for)\s+(your\s+(?:\p{Ll}+\s+)?(?!(?:today|tonight|tomorrow|morning|evening|afternoon|now|asap)\b)\p{Ll}{3,}))?/iu;

// When the promise names one, the time the effort aims at.
// "this Thursday between 8 and 12" is one time, kept whole.
const TIME =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?|\b(?:this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+between\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+and\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?)?|\b(?:by|on|before|until)\s+(?:the\s+end\s+of\s+(?:the\s+)?(?:day|week|month)|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?\b|(?:this|next)\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+weekend|tomorrow|tonight|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)|\bwithin\s+(?:the\s+(?:hour|day|week)|\d+\s+(?:working\s+|business\s+)?(?:hours?|days?|minutes?))|\bbetween\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+and\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?|\b(?:today|tonight|tomorrow|this\s+(?:week|afternoon|evening|morning))\b/i;

// A deadline said with "by"/"before"/"until" is what the promise aims at, wherever it stands: "on
// tomorrow's flight and delivered by Friday evening" aims at Friday. ("by 8am tomorrow": the hour and its day.)
// ("before 15 March": the day and its month, not "before 15."; the 196th reading's blind twenty.)
const DEADLINE = /\b(?:by|before|until)\s+(?:the\s+end\s+of\s+(?:the\s+)?(?:day|week|month)|the\s+\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?\b|(?:this|next)\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+weekend|tomorrow|tonight|\d{1,2}(?::\d\d)?\s*(?:am|pm)?(?:\s+(?:tomorrow|today|tonight)(?:\s+(?:morning|afternoon|evening))?)?)(?!'s)/i;

function timeTarget(promise: string): string | undefined {
  const when = (DEADLINE.exec(promise) ?? TIME.exec(promise))?.[0]?.trimEnd();
  // "within 10 minutes" kept as an aim is still a promise of minutes the agent doesn't control.
  if (!when || /\b(?:minutes?|hours?|the hour)\b/i.test(when)) return undefined;
  // Lower case but for the names of days and months ("by Friday", "before 15 March", "by tomorrow").
  const said = when.toLowerCase().replace(/\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\b/g, (day) => day[0]!.toUpperCase() + day.slice(1));
  if (/^(?:on|until)\s+/.test(said)) return said.replace(/^(?:on|until)\s+/, 'by ');
  // "there Thursday at 13:00": the day and hour aimed at, said as a day.
  if (/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(said)) return `on ${said}`;
  return said === 'tomorrow' ? 'by tomorrow' : said;
}

// What the promise is about decides the safer wording: what the agent will work towards (`goal`,
// with `{when}` the time it aims at, if any) or says they will do. A draft that promises two
// things gets the full wording once; the second says "also" and doesn't promise updates again.
interface SaferWording {
  id: string;
  topic: RegExp;
  goal?: string;
  timedGoal?: string;
  /** For topics whose wording is not "I'll do everything I can to …". */
  wording?: string;
  again?: string;
}

// Compensation, named as such or as an amount received: what applies is checked, in one wording.
const COMPENSATION_WORDING = {
  wording: "I'll check what compensation applies here and let you know.",
  again: "I'll also check what compensation applies.",
} as const;

const SAFER_WORDING: SaferWording[] = [
  // Before the refund: "I'll make an exception and refund it" promises the exception first.
  {
    id: 'exception',
    topic: EXCEPTION,
    wording: "I'll ask whether an exception can be made and let you know.",
    again: "I'll also ask whether an exception can be made.",
  },
  // "with those two letters the appeal will definitely be approved": another team's decision; what
  // the agent can keep is that they have everything to make it.
  {
    id: 'appeal',
    topic: /\b(?:appeal|review|complaint|dispute|reconsideration|application)\b[^.!?]{0,40}\b(?:will|'ll)\s+(?:\w+ly\s+|100%\s+|for sure\s+)?(?:be\s+(?:approved|accepted|upheld|granted|successful|overturned)|(?:succeed|go through|go your way))\b/i,
    wording: "I'll check the team has everything they need to review it, and I'll keep you updated on their decision.",
    again: "I'll also check the team has everything they need to review it.",
  },
  {
    id: 'coverage',
    topic: COVERED,
    wording: "I'll check exactly what your plan covers for this and let you know.",
    again: "I'll also check exactly what your plan covers for this.",
  },
  {
    id: 'never-again',
    topic: NEVER_AGAIN,
    wording: "I'll pass this on so the team can work on keeping it from happening again.",
    again: "I'll also pass this on so the team can work on keeping it from happening again.",
  },
  // Before the refund: "the refunds team approves it today" promises the team's step.
  {
    id: 'processing',
    topic: /\b(?:push\w*|put\w*|go(?:es)?|gets?)\s+(?:it|this|them|the \w+)\s+through\b|\b(?:team|department|they)\s+(?:process\w*|approv\w*|authoris\w*|authoriz\w*|releas\w*|sign\w* (?:it|this) off)\b|\b(?:will|'ll)\s+(?:\w+ly\s+)?be\s+(?:approved|authori[sz]ed|signed off|accepted|processed)\b/i,
    goal: 'get this through as soon as possible',
    timedGoal: 'get this through {when}',
  },
  // "I will personally refund your full 600 eur today as compensation on top": a payout named as
  // compensation is asked for, whatever verb pays it.
  {
    id: 'compensation',
    topic: /\b(?:as|in)\s+(?:(?:a|some)\s+)?(?:compensation|goodwill)\b/i,
    ...COMPENSATION_WORDING,
  },
  // "I'll remove the 4,500 MAD today", "I'll have this bill cancelled completely": a disputed
  // charge is raised for review, not taken off before anyone has decided (the 161st reading's blind twenty).
  {
    id: 'charge',
    topic: /\b(?:remov\w*|waiv\w*|revers\w*|writ\w* off|wip\w*|knock\w* off|tak\w* off|cancel\w*)\b[^.!?]{0,30}?(?:\b(?:charges?|fees?|bill|invoice|surcharge)\b|\d[\d,.]*\s?[A-Z]{3}\b|[£$€]\s?\d)|\b(?:charges?|fees?|bill|surcharge)\b[^.!?]{0,20}\b(?:removed|waived|reversed|written off|wiped|cancell?ed)\b/,
    wording: "I'll raise the charge for review now and let you know the outcome.",
    again: "I'll also raise the charge for review.",
  },
  {
    id: 'payments-end',
    topic: STOP_PAYING,
    wording: "I'll confirm exactly when your payments can stop and let you know.",
    again: "I'll also confirm exactly when your payments can stop.",
  },
  // "And if you pay even one month past 120 you'll get a full refund, guaranteed": a refund on a
  // condition not yet met is checked, not requested now (the 173rd reading's blind twenty).
  {
    id: 'refund-if',
    topic: /^(?:(?:and|but|so|also)\s+)?if\b[^.!?]*\b(?:refund\w*|money back|reimburs\w*)\b/i,
    wording: "I'll check how any payment made past that would be refunded, and let you know.",
    again: "I'll also check how any payment made past that would be refunded.",
  },
  {
    id: 'refund',
    topic: /\b(?:refund\w*|money back|reimburs\w*|credit\w*)\b/i,
    wording: "I'll request the refund now and keep you updated on its progress.",
    again: "I'll also request the refund now.",
  },
  // "The €300 will be back on your card by Friday": a deposit hold released is not a refund.
  // (An amount may carry its country: "NZ$329", "A$40", "HK$500".)
  // "You will receive 600 euro for sure because is EU law": compensation promised is asked for, not
  // "got to you" like a parcel. ("You'll get the €350 back" is their own money: money back, below.)
  {
    id: 'compensation',
    topic: /\b(?:receive|get|be paid|be given)\s+(?:the\s+|your\s+|a\s+)?(?:(?:(?:[a-z]{1,3})?[£$€¥₹₦]|R(?=\d))\s?\d[\d,.]*|\d[\d,.]*\s?(?:[£$€¥₹₦]|eur\b|euros?\b|usd\b|dollars?\b|pounds?\b|zł|kr\b|tl\b)|compensation)\b(?![^.!?]{0,20}\bback\b)/i,
    ...COMPENSATION_WORDING,
  },
  {
    id: 'money-back',
    // ("back on your Shinhan card": the bank or card named.)
    // ("I promise you will have the full €2,150 deposit and the extra €1,400 back…", cut at its "and":
    // the money they will have; the 200th reading's blind twenty read it as no topic.)
    topic: /\byou(?:'ll|\s+will)\s+(?:\w+\s+)?(?:have|get|receive)\s+(?:the|your)\s+(?:full\s+|whole\s+|entire\s+)?(?:(?:[£$€¥₹₦]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|eur|usd|gbp|kr))\s+)?(?:deposit|refund)\b|\bback (?:in|into|to|on) your (?:[\w-]+\s+){0,2}?(?:account|card|bank)\b|\b(?:every\s+(?:penny|cent|pound|dollar)|(?:the|your)\s+(?:full\s+|whole\s+|entire\s+)?(?:money|funds|payment|amount|deposit|fee|charge|(?:(?:[a-z]{1,3})?[£$€¥₹₦]|R(?=\d))\s?\d[\d,.]*|\d[\d,.]*\s?(?:[£$€¥₹₦]|eur\b|euros?\b|usd\b|dollars?\b|pounds?\b|zł|kr\b|tl\b)))[^.!?]{0,30}\bback\b/i,
    wording: "I'll chase this now to get the money back to you as soon as possible, and keep you updated.",
    again: "I'll also chase getting the money back to you.",
  },
  {
    id: 'fix',
    topic: /\b(?:fix\w*|resolv\w*|sort\w*|work(?:s|ed|ing)?|solv\w*|unlock\w*|restor\w*|reactivat\w*|back (?:up|online|to normal|in service))\b/i,
    goal: 'get this resolved',
    timedGoal: 'get this resolved {when}',
  },
  {
    id: 'access',
    topic: /\b(?:get(?:ting)? (?:you )?in(?:to)?|let (?:you )?in|log(?:ged)? in|sign(?:ed)? in|access|entry|admitted|admission|boarding|board (?:the|your|a)|on board)\b/i,
    goal: 'get you in as soon as possible',
    timedGoal: 'get you in {when}',
  },
  {
    id: 'collection',
    topic: /\b(?:collect\w*|pick(?:ed)?\s+up|picked up)\b/i,
    goal: 'get it collected as soon as possible',
    timedGoal: 'get it collected {when}',
  },
  {
    id: 'engineer',
    // ("a tech will be there Thursday morning for sure": the 213th reading's blind twenty had "get it to you".)
    topic: /\b(?:engineer|technician|tech|fitter|plumber|installer|contractor|electrician|mechanic|repairman|roofer|handyman)\b/i,
    goal: 'get the engineer to you as soon as possible',
    timedGoal: 'get the engineer to you {when}',
  },
  // "I'll make sure someone rings you tomorrow": the call is what the agent will try for.
  {
    id: 'callback',
    topic: /\b(?:calls?|rings?|phones?|contacts?|gets? back to|emails?)\s+you\b/i,
    goal: 'get someone to contact you as soon as possible',
    timedGoal: 'get someone to contact you {when}',
  },
  // "Don't worry, he will be there for sure": a person's visit, not a parcel ("I'll get them out
  // today and they'll be with you tomorrow" sends things: "they" goes to the delivery below).
  {
    id: 'visit',
    // ("I'll make sure he is there Thursday at 13:00 no matter what": the same, made sure of.)
    topic: /\b(?:he|she|someone|somebody|we|the (?:engineer|technician|fitter|installer|plumber|electrician|driver|courier|team|crew|roofers?|builders?|painters?|movers?))(?:'ll|’ll|\s+will)\s+(?:\w+\s+)?be\s+(?:there|with you|at your|round|over|back)\b|\b(?:make sure|ensure)\s+(?:that\s+)?(?:he|she|someone|somebody|the\s+\w+)\s+(?:is|gets)\s+(?:there|to you|round|over)\b/i,
    goal: 'get someone out to you as soon as possible',
    timedGoal: 'get someone out to you {when}',
  },
  {
    id: 'delivery',
    topic: /\b(?:arriv\w*|deliver\w*|ship\w*|dispatch\w*|parcels?|packages?|get (?:it|them) to you|be (?:back )?(?:there|with you)|(?:will|'ll)\s+(?:\w+\s+){0,2}?have\s+(?:her|his|their|your)\s+(?:new\s+)?[a-z]{3,}(?:\s+[a-z]{3,})?\s+(?:by|before|on|for|in time)\b|(?:it|they)(?:'ll|\s+will)\s+be\s+at\s+(?:the\s+)?[A-Z]\w*|(?:a|the)\s+replacement\s+[a-z]+\s+(?:will|'ll)\s+be\s+(?:at|with you|there)\b|have (?:it|them|the (?:parts?|items?|goods|order|replacement|new \w+))|get (?:it|them)|receive)\b/i,
    goal: 'get it to you as soon as possible',
    timedGoal: 'get it to you {when}',
  },
  // "we will have a DJ even better than Tomo at your wedding": who or what they will provide, and
  // for what, is kept ("I'll do everything I can to help" lost the DJ; 3 of 3 graded it bad).
  {
    id: 'provide',
    topic: PROVIDES,
    // (Worded by providedNamed from what the promise names; this goal is never shown.)
    goal: 'get you one',
  },
  // "I guarantee it'll be finished well before the 12th": the work aimed at, by the day they need it
  // (the 202nd reading's blind twenty had "I'll do everything I can to help", which names nothing).
  {
    id: 'finish',
    topic: /\b(?:finish(?:ed)?|complet(?:ed|e))\b/i,
    goal: 'get this finished as soon as possible',
    timedGoal: 'get this finished {when}',
  },
  // A time and nothing said of what comes by it: "it'll be up by tonight", "back by tomorrow
  // evening" (no parcel: "get it to you" would name one).
  {
    id: 'timed',
    topic: /\b(?:tomorrow|tonight|today|(?:by|on) (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i,
    goal: 'get this sorted as soon as possible',
    timedGoal: 'get this sorted {when}',
  },
];
// What a refund is of: "refund (you) the full £640 lettering cost", "refund the €85 deposit", "refund the £40".
// ("refund the extra 1.450 kr today": the sum as they wrote it, with what it was; the 212th reading's blind twenty.)
const REFUND_OF = /\brefund\s+(?:you\s+)?(?:the|your)\s+(?:full\s+|whole\s+|entire\s+)?((?:(?:[£$€¥₹₦]\s?\d[\d,.]*|\d[\d,.]*\s?(?:eur|usd|gbp|kr))\s+)?(?:[a-z-]+\s+){0,2}?(?:cost|fee|charge|deposit|price|fare|payment|booking fee)\b|(?:(?:extra|double|overcharged|duplicate)\s+)?(?:[£$€¥₹₦]\s?\d[\d,.]*|\d[\d,.]*\s?(?:kr|eur|usd|gbp|chf|dkk|sek|nok|zł)\b))/i;
const REFUND_OF_COUNTED = /\brefund\s+(?:you\s+)?(both|all|the\s+two|the\s+three|those|these)\s+((?:[a-z-]+\s+)?(?:lessons|classes|sessions|tickets|nights|payments|charges|bookings|months|appointments|visits|fees))\b(?:\s+(?:plus|and)\s+the\s+((?:[a-z-]+\s+)?(?:fee|cost|charge|deposit|fare)))?/i;
const GENERAL: SaferWording = { id: 'general', topic: /(?:)/, goal: 'help' };

/** A safer wording for a sentence that promises an outcome the agent can't control, or `undefined`. */
export function saferPromise(draftSentence: string): string | undefined {
  return isOverpromise(draftSentence) ? saferWordingFor(draftSentence) : undefined;
}

/** What a promise is about ("delivery", "refund", …): one draft's two promises of one thing get one wording. */
export function promiseTopic(promise: string): string {
  return topicOf(promise).id;
}

function topicOf(promise: string): SaferWording {
  return SAFER_WORDING.find(({ topic }) => topic.test(promise)) ?? GENERAL;
}

/**
 * The safer wording for a sentence already known to overpromise (e.g. flagged by a team's own
 * rule); `again` when the reframe already made a promise of another topic and said it would keep
 * the customer updated.
 */
export function saferWordingFor(promise: string, options: { keepTime?: boolean; again?: boolean } = {}): string {
  const found = topicOf(promise);
  if (found.wording) {
    const wording = options.again && found.again ? found.again : found.wording;
    // "I'll cancel the €40 for the board too": the charge named by its sum, as they know it.
    const sum = found.id === 'charge' ? SUM.exec(promise)?.[0] : undefined;
    if (sum) return wording.replace('the charge', `the ${sum} charge`);
    // "we'll refund the full £640 lettering cost on top": the refund of what, as they know it ("I'll
    // also request the refund now" named nothing; the 202nd reading's blind twenty, 3 of 3).
    const refunded = found.id === 'refund' ? REFUND_OF.exec(promise)?.[1] : undefined;
    if (refunded) return wording.replace('the refund', `a refund of the ${refunded}`);
    // ("I'll refund both lessons plus the retest fee tonight": what is refunded, as many as they were;
    // the 211th reading's blind twenty had "the refund", "vague".)
    const counted = found.id === 'refund' ? REFUND_OF_COUNTED.exec(promise) : null;
    return counted ? wording.replace('the refund', `a refund of ${counted[1]!.toLowerCase()} ${counted[2]}${counted[3] ? ` and the ${counted[3]}` : ''}`) : wording;
  }
  const said = options.keepTime === false ? undefined : timeTarget(promise);
  // "on Thursday at 8am" is when someone comes; a fix aimed at is aimed at the day ("resolved on Thursday").
  const when = said && !ARRIVALS.has(found.id) ? said.replace(/^(on \w+day) at .*$/, '$1') : said;
  const goal = found.timedGoal && when ? found.timedGoal.replace('{when}', when) : found.goal!;
  // The one coming is who the agent named ("the technician", "the plumber"), not always "the engineer".
  const who = found.id === 'engineer' ? found.topic.exec(promise)?.[0].toLowerCase() : undefined;
  if (found.id === 'delivery') return hedged(deliveryNamed(goal, promise), options.again);
  if (found.id === 'provide') return hedged(providedNamed(promise, when), options.again);
  // "I'll restore your 412-day streak today": what is put back, named ("get this resolved" beside
  // another promise read as the same thing twice; the 172nd reading's blind twenty).
  const restored = found.id === 'fix' ? RESTORES.exec(promise) : null;
  // "your count will be back to 118 by March 1": what is put back, and to what.
  const backTo = found.id === 'general' ? BACK_TO.exec(promise) : null;
  if (backTo) return hedged(`get ${backTo[1]!.toLowerCase()} back to ${backTo[2]}${when ? ` ${when}` : ''}`, options.again);
  if (restored) return hedged(when ? `${restored[1]!.toLowerCase()} ${restored[2]} ${when}` : `${restored[1]!.toLowerCase()} ${restored[2]}`, options.again);
  return hedged(who ? goal.replace('engineer', who) : goal, options.again);
}

/** The delivery goal with what is delivered, or where to, as the promise named it. */
function deliveryNamed(goal: string, promise: string): string {
  // "Your employer will have the new code before the 26th": who is to have what, named (the 182nd
  // reading's blind twenty had "the replacement", which no one was sending).
  const theyHave = THIRD_PARTY_HAS.exec(promise);
  if (theyHave) return goal.replace('get it to you', `make sure ${theyHave[1]!.toLowerCase()} has ${theyHave[2]}`);
  // A replacement sent ("a brand new Vera 60 delivered to you by Friday"): "get it to you" would
  // leave "it" naming nothing once the sentence naming it went.
  if (A_REPLACEMENT.test(promise)) return goal.replace('get it to you', 'get the replacement to you');
  // "It will be at Nasser Pharmacy within the hour": where it is to go, named.
  const place = AT_A_PLACE.exec(promise)?.[1];
  if (place) return goal.replace('get it to you', `get it to ${place}`);
  // "Lili will of course have her costume by Friday": the thing named, not "it".
  const thing = HAS_THEIR_THING.exec(promise)?.[1];
  if (thing) return goal.replace('get it to you', `get the ${thing.toLowerCase()} to you`);
  // "the trousers will be with you before 15 March": the thing named, not "it" (the 196th reading's blind twenty).
  const coming = WILL_BE_WITH_YOU.exec(promise)?.[1];
  return coming ? goal.replace('get it to you', `get ${coming.toLowerCase()} to you`) : goal;
}

/** What they will be given, and for what, as the promise named it. */
function providedNamed(promise: string, when: string | undefined): string {
  const [, ourVerb, yourVerb, said, kind, thing, at, occasion] = PROVIDES.exec(promise)!;
  const what = kind ? `${kind.toLowerCase()} ${thing}` : thing!;
  const article = said!.toLowerCase() === 'another' ? 'another' : /^[aeiou]/i.test(what) ? 'an' : 'a';
  const find = (ourVerb ?? yourVerb)!.toLowerCase() === 'find' ? 'find' : 'get';
  // ("an assessor at your house today": sent to the place, and the time not read as part of it.)
  const goal = occasion ? `${find} ${article} ${what} ${at!.toLowerCase() === 'at' && PLACE.test(occasion) ? 'to' : 'for'} ${occasion.toLowerCase()}` : `${find} you ${article} ${what}`;
  return when ? `${goal} ${when}` : goal;
}

// Where someone is sent, not an occasion: "at your house" (to), "at your wedding" (for).
const PLACE = /\b(?:house|home|flat|apartment|door|property|address|office|site|place|shop|premises)$/i;
const AT_A_PLACE = /\b(?:it|they|them|the\s+[\p{Ll}-]+)(?:'ll|’ll|\s+will)\s+(?:\p{Ll}+\s+)?be\s+(?:at|in)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u;
const HAS_THEIR_THING = /\b(?:will|'ll)\s+(?:\w+\s+){0,2}?have\s+(?:her|his|their|your)\s+(?:new\s+)?([a-z]{3,}(?:\s+[a-z]{3,})?)\s+(?:by|before|on|for|in time)\b/i;
const THIRD_PARTY_HAS = /\b(your\s+(?:employer|bank|landlord|school|doctor|gp|insurer|accountant|lawyer|solicitor|clinic|pharmacy|council|boss|manager|university|payroll|pension provider|tax office))\s+(?:will|'ll)\s+(?:\w+\s+)?have\s+(the\s+(?:new\s+|updated\s+|corrected\s+|right\s+|correct\s+)?[\w-]+(?:\s+(?!by\b|before\b|on\b)[\w-]+)?)\s+(?:by|before|on|in time)\b/i;
const SUM = /[£$€]\s?\d[\d,.]*\d|[£$€]\s?\d|\b\d[\d,.]*\s?(?:€|EUR|USD|GBP|kr|zł)(?![\w])/;
// (With how many, and a second thing: "the 6 new frames and the 2 kg of wax sheets will be with you"; the
// 209th reading's blind twenty had "get it to you".)
const WILL_BE_WITH_YOU = /\b(the\s+(?!(?:one|ones|same|rest)\b)(?:\d+\s+)?[a-z]{3,}(?:\s+[a-z]{3,})?(?:\s+and\s+the\s+(?:[\w-]+\s+){0,4}?[a-z]{3,})?)\s+(?:will|'ll)\s+(?:\w+\s+)?be\s+with\s+you\b/i;
const A_REPLACEMENT = /\b(?:a|the|your)\s+(?:brand[- ]new|new|replacement)\b/i;

const BACK_TO = /\b(your\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:will|'ll)\s+be\s+back\s+(?:down\s+|up\s+)?to\s+(\d[\d,.]*|normal)\b/i;
const RESTORES = /\b(restore|reinstate|reactivate|unlock)\s+(your\s+(?!(?:account|access)\b)(?:[\w-]+\s+){0,2}?[\w-]+)(?=\s+(?:today|tonight|tomorrow|by|before|on|within|this|next|and|as)\b|\s*[.!,;]|\s*$)/i;
const ARRIVALS = new Set(['engineer', 'visit', 'callback', 'delivery', 'collection']);

function hedged(goal: string, again = false): string {
  return again ? `I'll also do my best to ${goal}.` : `I'll do everything I can to ${goal}, and I'll keep you updated.`;
}

/** The wording for a promise of no known topic: first, and after another promise was reworded. */
export const GENERAL_SAFER_WORDING = { first: hedged(GENERAL.goal!), again: hedged(GENERAL.goal!, true) } as const;

// Promises of what others decide, even beside the agent's own next step ("I promise I'll call you,
// and it will never happen again").
const OUTCOMES_OF_OTHERS: readonly RegExp[] = [NEVER_AGAIN, COVERED, READY_ON_DATE, AMOUNT_BY_TIME, MADE_WHOLE, STOP_PAYING];
// Promises of an outcome by a time, unless what is promised is the agent's own next step.
const OUTCOMES_BY_A_TIME: readonly RegExp[] = [OUTCOME_BY_DATE, THING_BY_TIME, OUTCOME_WITHIN, OTHERS_BY_TIME, EXCEPTION];

export function isOverpromise(sentence: string): boolean {
  if (OUTCOMES_OF_OTHERS.some((promise) => promise.test(sentence))) return true;
  if (OWN_ACTION.test(sentence)) return false;
  if (OUTCOMES_BY_A_TIME.some((promise) => promise.test(sentence))) return true;
  return GUARANTEE.test(sentence) || ((PROMISE.test(sentence) || CERTAINTY.test(sentence)) && FUTURE.test(sentence));
}
