// The product's default wording for the suggestion kinds that do not depend on the customer's
// own words. Several phrasings per kind so an agent in a long shift is not handed the same
// sentence every time (customers notice a canned line), rotated deterministically so a replayed
// transcript, a test or a QA report shows the same suggestion for the same turn.
//
// Apologies regret the customer's experience, never the company's conduct: "I'm sorry you were
// inconvenienced", not "our mistake" (PLAYBOOK step 6, legal exposure).
import { fnv1a } from '../../text/hash';
import { TemplateAnswers } from './templateAnswers';

export const APOLOGY_PHRASINGS: readonly string[] = [
  "I'm sorry[, {name},] for the inconvenience this has caused you; let's see what we can do to find a solution.",
  "I'm sorry you've been inconvenienced, {name}. Let's work out how to put things right for you.",
  'I understand how frustrating that must be, {name}, and I\'m sorry you\'ve had to deal with it.',
  "I'm really sorry for the frustration this has caused, {name}. I'm here to help sort it out.",
  "I'm sorry you were inconvenienced, {name}; let's see what we can do to find a solution.",
  "I can see why you're upset, {name}, and I'm sorry this has been such a hassle.",
  // For one who wants nothing done: thanks for telling, sorry it turned out so.
  "Thank you for letting us know[, {name}], and I'm sorry it turned out that way.",
  // Asked for what they had already given: sorry for that, not for "the inconvenience".
  "I'm sorry for asking again[, {name}] — you'd already given me that, and you shouldn't have had to repeat it.",
  "You're right[, {name}], you'd already given me that. I'm sorry for asking again.",
  // For one who said no more apologies: what they want, owned, with no sorry in it.
  "Understood[, {name}] — you want this put right, not another apology. That's fair.",
  // For one who has lost someone close: condolences, not "the trouble this has caused".
  "I'm so sorry for your loss[, {name}]. I'll take care of this with you, so you don't have to chase it.",
  // For one who was hurt: sorry they were hurt, not for "the trouble" or "the inconvenience".
  "I'm so sorry you were hurt[, {name}]. I'll make sure this is looked into properly.",
  "I'm really sorry you got hurt[, {name}]. How are you feeling now?",
  // For a health scare told as not serious: a wish they feel better, not "the trouble".
  "I'm so sorry to hear that[, {name}]. I hope everyone feels better soon, and I'll make sure this is looked into properly.",
  // For one worried or in a panic ("quick panic message… will I get a fine?"): not "how frustrating".
  "I can understand why that's worrying[, {name}]. Let's go through it together so you know exactly where things stand.",
  // For one brought to tears ("I had to go to the bathroom to cry"): not "how frustrating".
  "I'm so sorry[, {name}]. That must have been really hard.",
  // For one stranded where it is dangerous: their safety first, not "the trouble".
  "I'm sorry you're stuck out there[, {name}] — your safety comes first. If you can, keep everyone somewhere safe, away from the traffic, while I push to get help to you as fast as possible.",
  // For one stuck out in the cold ("it is -6 and wind here… the kids are crying"): warmth, not traffic.
  "I'm sorry you're stuck out there in the cold[, {name}] — your safety comes first. If you can, get everyone somewhere warm and sheltered while I push to get someone to you as fast as possible.",
];

/** An apology for asking the customer again for what they had given. */
export function speaksOfAskingAgain(template: string): boolean {
  return ASKS_AGAIN.of(template);
}

const ASKS_AGAIN = new TemplateAnswers(/\basking again\b/i);

/** The line for one who refused apologies ("you want this put right, not another apology"). */
export function withoutApology(template: string): boolean {
  return WITHOUT_APOLOGY.of(template);
}

const WITHOUT_APOLOGY = new TemplateAnswers(/\bnot another apology\b/i);

/** Condolences, for one who has lost someone close. */
export function speaksOfLoss(template: string): boolean {
  return SPEAKS_OF_LOSS.of(template);
}

const SPEAKS_OF_LOSS = new TemplateAnswers(/\bsorry for your loss\b/i);

/** An apology that moves on to fixing it ("Let's get it sorted out"): not for one who wants nothing done. */
export function pushesAFix(template: string): boolean {
  return PUSHES_A_FIX.of(template);
}

/** An apology that thanks them for telling: only for one who wants nothing done (it would close on anyone else). */
export function thanksForTelling(template: string): boolean {
  return THANKS_FOR_TELLING.of(template);
}

/** Sorry they were hurt: for one who was, and only them. */
export function speaksOfHarm(template: string): boolean {
  return SPEAKS_OF_HARM.of(template);
}

/** A wish they feel better, for a health scare told as not serious: for them, and only them. */
export function wishesRecovery(template: string): boolean {
  return WISHES_RECOVERY.of(template);
}

const WISHES_RECOVERY = new TemplateAnswers(/\bfeels? better soon\b/i);

/**
 * An apology written for one moment (a loss, a harm, a safety scare, a recovery, tears, a worry, asking again,
 * thanks for telling): not the plain line to fall back on when no line fits every cue.
 */
export function speaksToAMoment(template: string): boolean {
  return (
    speaksOfLoss(template) ||
    speaksOfHarm(template) ||
    speaksOfSafety(template) ||
    wishesRecovery(template) ||
    speaksOfHardship(template) ||
    speaksOfWorry(template) ||
    speaksOfAskingAgain(template) ||
    thanksForTelling(template)
  );
}

/** Sympathy for one worried or in a panic: why it worries them, not how frustrating. */
export function speaksOfWorry(template: string): boolean {
  return SPEAKS_OF_WORRY.of(template);
}

const SPEAKS_OF_WORRY = new TemplateAnswers(/\bwhy that's worrying\b/i);

/** Sympathy for one brought to tears: how hard it was, not how frustrating. */
export function speaksOfHardship(template: string): boolean {
  return SPEAKS_OF_HARDSHIP.of(template);
}

const SPEAKS_OF_HARDSHIP = new TemplateAnswers(/\bmust have been really hard\b/i);

/** Safety first, for one stranded where it is dangerous: for them, and only them. */
export function speaksOfSafety(template: string): boolean {
  return SPEAKS_OF_SAFETY.of(template);
}

const SPEAKS_OF_SAFETY = new TemplateAnswers(/\bstuck out there\b/i);

/** Safety first for one stuck out in the cold (a safety line that speaks of warmth). */
export function speaksOfCold(template: string): boolean {
  return SPEAKS_OF_COLD.of(template);
}

const SPEAKS_OF_COLD = new TemplateAnswers(/\bin the cold\b/i);
const SPEAKS_OF_HARM = new TemplateAnswers(/\bsorry you (?:were|got) hurt\b/i);
const THANKS_FOR_TELLING = new TemplateAnswers(/\bthank(?:s| you) for letting us know\b/i);
const PUSHES_A_FIX = new TemplateAnswers(/\b(?:sort(?:ed)?(?: it)? out|put things right|find a solution|get it fixed)\b/i);

export const FOLLOW_UP_PHRASINGS: readonly string[] = [
  "I'll check back with you[ on {day}] to make sure this is resolved.",
  "I'll follow up with you[ on {day}] to make sure everything is sorted, {name}.",
  "I've made a note to get back in touch[ on {day}] so you're not left wondering, {name}.",
  "I'll keep an eye on this and update you[ by {day} at the latest][ at {contact}].",
];

/** "Will someone actually tell me whether it's approved?" after the agent passed it on: yes, and when they will hear either way. */
export const TOLD_OUTCOME_PHRASINGS: readonly string[] = ["Yes — I'll make sure you're told as soon as it's decided, {name}[, and I'll check in with you by {day} either way]."];
/** "Will someone let me know when it's actually there?": yes, once it has been delivered. */
export const TOLD_ON_ARRIVAL_PHRASINGS: readonly string[] = ["Yes[, {name}] — I'll make sure you're told as soon as it's been delivered."];

/**
 * "When does the request become actual money?" right after the agent's own step: what the agent
 * can keep is a day by which they will know (not the bank's or courier's day, which they can't).
 */
export const WHEN_TO_EXPECT_PHRASINGS: readonly string[] = ["I'll chase this and let you know[ by {day}] exactly when to expect it, {name}."];

/** Does the card answer "when?" with a day the agent will know by (`WHEN_TO_EXPECT_PHRASINGS`)? */
export function saysWhenToExpect(text: string): boolean {
  return /\bexactly when to expect it\b/.test(text);
}

/**
 * After the customer says it is solved or thanks the agent: close warmly, offer more help or a
 * check-back. "You're welcome" only answers thanks, "Glad to hear it" only news that it is solved,
 * and a check-back only follows an action the agent took or the customer agreed to.
 */
export const CLOSING_PHRASINGS = {
  thanks: ["You're welcome, {name}. If anything else comes up, just reply here and I'll pick it up."],
  thanksAfterAction: [
    "You're welcome, {name}. I'll check back[ on {day}] to make sure everything is sorted.",
    "You're welcome, {name}. If anything else comes up, just reply here and I'll pick it up.",
  ],
  resolved: [
    'Glad to hear it, {name}! Is there anything else I can help with?',
    "Thanks for letting me know, {name}. If anything else comes up, just reply here and I'll pick it up.",
  ],
  leaving: ["Take care, {name}! If anything else comes up, just reply here and I'll pick it up."],
  // "Thanks, but no… I'll go with the other one": their choice is accepted, no retention push.
  choosesOther: ["That's completely fair, {name}, and thank you for giving us the chance. If anything else comes up, just reply here and I'll pick it up."],
  resolvedWithThanks: [
    "You're welcome, {name}, and I'm glad it's sorted! Is there anything else I can help with?",
    'Glad to hear it, {name}! Is there anything else I can help with?',
  ],
  // "all sorted, nothing else needed": no "anything else?" they have just answered.
  resolvedNothingMore: ["Glad to hear it, {name}! Thanks for letting me know, and take care."],
  // "Thanks for the refund. Just please tell your staff to inform people next time": the word for the team, taken.
  feedback: ["Thank you[, {name}] — that's fair, and I'll pass it on to the team."],
  // (With thanks to pass on beside it: "…ring our front desk the day before… and thank Stuart for us".)
  // (Said with sadness at what it cost them: "I am a little sad. Maybe please tell the developers…".)
  feedbackSad: ["Thank you for telling me[, {name}], and I'm sorry it turned out this way. I'll pass it on to the team."],
  feedbackWithThanks: ["Thank you[, {name}] — that's fair, and I'll pass it on to the team, along with your thanks."],
  // "cheers SJ, tell the driver thanks from me 🙏": the thanks, passed on.
  thanksPassedOn: ["You're welcome[, {name}], and I'm glad it's sorted. I'll pass your thanks on."],
  // "Sorry for being grumpy on Tuesday": no apology is owed; the goodbye is warm.
  ownApology: ["No worries at all, {name}, I'm glad it's sorted. If anything else comes up, just reply here and I'll pick it up."],
  // "that worked, thank you. BUT there's 2 other things": glad, then on to what they raised.
  moreToRaise: ["Glad that worked, {name}. Let's go through the other things now, one at a time."],
  thanksMoreToRaise: ["You're welcome, {name}. Let's go through the other things now, one at a time."],
  // One more thing, asked in the same message ("Thank you Fiona. Can I ask one more thing. Agnes…"):
  // "the other things" miscounts it (the 163rd reading's blind twenty).
  oneMoreToRaise: ["Of course, {name}. Let me look into that for you now."],
  // (With the name we wrote put right: "…And btw its Samantha not Samuel 🙂".)
  oneMoreWithName: ["Of course, {name}, and sorry for getting your name wrong. Let me look into that for you now."],
  oneMoreAfterFix: ["Glad that worked, {name}. Of course, let me look into that for you now."],
} as const satisfies Record<string, readonly string[]>;

/**
 * After the customer sends the details asked for (or says they are about to): the agent goes to
 * read them. No "you're welcome" close: the case is still open.
 */
export const HANDED_OVER_PHRASINGS = {
  sent: ["Thanks[, {name}]. I'll go through what you've sent and come back to you with what I find."],
  'will-send': ["Thanks[, {name}]. I'll look out for your message and pick it up as soon as it comes in."],
  // "I will later. I have Comcast fatigue…", "I'll have to check on the laptop when I get home": put
  // off till they can; nothing to look into until then.
  later: ["No rush[, {name}]. Whenever you're ready, just reply here and I'll pick it up from there."],
} as const satisfies Record<string, readonly string[]>;

export const ESCALATION_PHRASINGS: readonly string[] = [
  "{name}, I'd like to bring in a colleague who can help with this further[; you can also reach them at {contact}].",
  "I'm going to pass this to a senior colleague[ at {contact}] who is better placed to help, {name}. They will have the full details, so you won't need to repeat yourself.",
  "I want to make sure this gets the right attention, {name}, so I'm handing it over to my supervisor[ ({contact})].",
  // Not "I'm going to step away from this chat…": read as walking off (3 of 4 graded showings bad).
  "I'm asking a colleague to join us on this, {name}, so it gets the attention it needs[; they can be reached at {contact}].",
];

/**
 * Harm to someone's health, or a product that could burn, shock or poison, is no inconvenience:
 * sorry for what happened, everyone away from it, and where to get help now (emergency services
 * when someone is hurt or there is smoke or fire, a doctor or pharmacist otherwise) before any
 * talk of orders or refunds.
 */
// A safety scare's apology: for a product that could burn or shock (the first two, naming smoke
// or fire), and for any other harm to someone's health (an allergy, a medicine mix-up, a machine
// someone depends on losing power), which is never told about smoke.
export const SAFETY_APOLOGY_PHRASINGS: readonly string[] = [
  "I'm so sorry[, {name}] — your safety comes first. Please keep everyone away from it and don't use it. If anyone is hurt or struggling to breathe, or there's smoke or fire, call your emergency number now; if anyone feels unwell, speak to a doctor or pharmacist today.",
  "I'm so sorry[, {name}] — your safety comes first. If it's safe to, switch it off at the wall and unplug it, and keep everyone away from it. If there's smoke or fire, get everyone out and call your emergency number now.",
  "I'm so sorry[, {name}] — your safety comes first. Please don't touch any switches or flames, open the windows, get everyone outside and call the gas emergency line or your emergency number now.",
  "I'm so sorry[, {name}] — your safety comes first. If anyone is hurt, unwell or struggling to breathe, please call your emergency number now. I'm getting the right team on this straight away.",
  "I'm so sorry this has happened[, {name}]. Please put everyone's safety first: if anyone is hurt or unwell, call the emergency services or a doctor now. I'll make sure the right team picks this up immediately.",
  // Medicine running out, no one unwell yet ("he has ONE dose left"): the supply taken on.
  "I'm so sorry[, {name}] — I know how worrying this is. If anyone starts to feel unwell before the medicine is sorted, please call a doctor or your emergency number. I'm getting the right team on the medicine straight away.",
  // Power cut threatened to a home where someone depends on it for care ("my father is 81 and on
  // oxygen at night, we cant have the light cut off"): the risk is still to come; no smoke, no fire.
  "Thank you for telling me[, {name}] — I know how worrying this is. If anyone becomes unwell, please call your emergency number. I'm getting the right team to look at the disconnection straight away.",
  // Harassed by someone who came through us ("he has my number from the app and he knows my street",
  // "4 missed calls from another number"): no reply, the number blocked, the police if in danger.
  "I'm so sorry[, {name}] — your safety comes first. Please don't reply to them and block the number; if you ever feel in danger, call the police or your emergency number. I'm getting our safety team on this straight away.",
  // Afraid where they are staying (a door barricaded, a stranger knocking, a lock anyone can open):
  // the door kept shut, the police if in danger (the 215th reading's blind twenty).
  "I'm so sorry[, {name}] — your safety comes first. Please keep your door shut and stay where you feel safe; if you feel in danger at any point, call the police or your emergency number now. I'm getting the right people on this straight away.",
  // An animal harmed (the wrong strength of a pet's medicine): the vet, not the emergency number.
  "I'm so sorry[, {name}] — that must have been frightening. If your pet seems unwell again, please call your vet or an emergency vet straight away. I'm getting the right team on this now.",
  // A patient's family asking whether to come in ("he is crying when waking. I am scared something has
  // happened to the stitches. should I come to hospital now?"): the ward, not "your safety" (the 205th
  // reading's blind twenty).
  "I'm so sorry[, {name}] — I can hear how worried you are. Please don't wait: come in or call the ward now. I'm getting a nurse to call you straight away.",
];

/** A safety card written for medicine running out (it speaks of the medicine or its supply). */
export function speaksOfSupply(template: string): boolean {
  return OF_SUPPLY.of(template);
}

/** A safety card written for a power cut threatened to someone who depends on power for care. */
export function speaksOfPowerAtRisk(template: string): boolean {
  return OF_POWER_AT_RISK.of(template);
}

/** A safety card written for one harassed by someone who came through us (block the number, no reply). */
export function speaksOfHarassment(template: string): boolean {
  return OF_HARASSMENT.of(template);
}

/** A safety card written for one asking whether to come in to the hospital or clinic. */
export function speaksOfComingIn(template: string): boolean {
  return OF_COMING_IN.of(template);
}

/** A safety card written for one afraid where they are staying (keep the door shut). */
export function speaksOfTheDoor(template: string): boolean {
  return OF_THE_DOOR.of(template);
}

const OF_THE_DOOR = new TemplateAnswers(/\bkeep your door shut\b/i);
const OF_COMING_IN = new TemplateAnswers(/\bcall the ward\b/i);
const OF_HARASSMENT = new TemplateAnswers(/\b(?:block the number|no one should be contacted like that)\b/i);

/** A safety card written for a pet (it speaks of a vet or a pet), not for a person. */
export function speaksOfPets(template: string): boolean {
  return OF_PETS.of(template);
}

/** A safety apology for an appliance that could burn or shock: switch it off at the wall. */
export function speaksOfUnplugging(template: string): boolean {
  return OF_UNPLUGGING.of(template);
}

/** A safety apology for a gas smell: no switches or flames. */
export function speaksOfGas(template: string): boolean {
  return OF_GAS.of(template);
}

/** A safety apology written for a product hazard (it names smoke or fire). */
export function speaksOfFire(template: string): boolean {
  return OF_FIRE.of(template);
}

const OF_PETS = new TemplateAnswers(/\b(?:pet|pet's|vet)\b/i);
const OF_POWER_AT_RISK = new TemplateAnswers(/\bdisconnection\b|\bpriority accounts\b/i);
const OF_SUPPLY = new TemplateAnswers(/\bthe medicine\b|\bmedicine supplies\b/i);
const OF_FIRE = new TemplateAnswers(/\bsmoke or fire\b/i);
const OF_UNPLUGGING = new TemplateAnswers(/\bunplug\b/i);
const OF_GAS = new TemplateAnswers(/\bgas emergency\b/i);

export const BREATHER_PHRASINGS: readonly string[] = [
  'That was a tough conversation. Take a minute to breathe before the next chat.',
  'You stayed calm through a heated chat. A short break before the next one can help.',
  'Heated chats take it out of anyone. Stretch, grab some water, then carry on.',
  "That one wasn't about you. Take a moment to reset before the next customer.",
];

/** When the customer turns an offer down: ask what they feel is fair (PLAYBOOK step 7). */
export const ASK_WHAT_IS_FAIR_PHRASINGS: readonly string[] = [
  "If that doesn't work for you, {name}, I'd love to hear how we can make this right.",
  'What would feel like a fair outcome to you, {name}? I\'ll see what I can do.',
  'I want to find something that works for you, {name}. What would you like to see happen?',
];

/** The customer turned an offer down and already said what they want: take the ask up. */
export const ACKNOWLEDGE_ASK_PHRASINGS: readonly string[] = [
  "Thanks for being clear about what you need, {name}. Let me see what I can do about that.",
  "I hear what you're asking for, {name}, and I'll check what I can do about it.",
];

/** "Yes or no?", "just tell me clearly": the answer promised plainly, and now. */
export const STRAIGHT_ANSWER_PHRASINGS: readonly string[] = [
  "You'll get a straight answer from me, {name}. Let me check that now and tell you clearly.",
];

/**
 * The answer demanded by one who has had enough of hearing it is being checked ("I need a date
 * today, not 'checking'"): "let me check that now" is the very stall they named.
 */
export const STRAIGHT_ANSWER_NO_MORE_CHECKING_PHRASINGS: readonly string[] = [
  "You're right[, {name}] — you need a firm answer, not more checking. I'll give you one before we finish this chat.",
];

/**
 * A fix demanded by one who has had enough of hearing it is being checked ("I want somebody to fix
 * this NOW, not 'checking'"): "I'll check what I can do about it" is the stall they named.
 */
// Asked what we are going to do ("I have an hour. what are you going to DO"): the question owned, and
// the answer promised before the chat ends, not "let me look into this and come back to you".
export const WHAT_WE_WILL_DO_PHRASINGS: readonly string[] = [
  "Fair question[, {name}]. I'll tell you exactly what I can do before we finish this chat.",
];

export const FIX_NOT_CHECKING_PHRASINGS: readonly string[] = [
  "You're right[, {name}] — you need this fixed, not more checking. I'll tell you exactly what I can do before we finish this chat.",
];

/**
 * A retention offer turned down by one who asked to cancel or close ("NO. I SAID NO TWICE. CLOSE
 * IT"): no more offers, and no "I'll check what I can do" about what is theirs to ask for.
 */
export const RETENTION_DECLINED_PHRASINGS: readonly string[] = [
  'Understood[, {name}] — no more offers. I\'ll go ahead with what you asked for now.',
];

/**
 * An offer turned down by one who asks plainly to cancel ("no thanks… just cancel the order and
 * refund the deposit"): the same, opened otherwise, since "Understood — you want this put right,
 * not another apology" may stand beside it.
 */
export const CANCEL_AS_ASKED_PHRASINGS: readonly string[] = [
  'Of course[, {name}] — no more offers. I\'ll go ahead with what you asked for now.',
];

/**
 * Cancelling outright after the agent already put something right ("I'm refunding this week's box…",
 * then "refund is not the point… I AM CANCELLING. please stop the box"): what they asked for, done
 * now; no "no more offers", since nothing was offered.
 */
export const CANCEL_AFTER_REMEDY_PHRASINGS: readonly string[] = [
  "Of course[, {name}]. I'll go ahead with the cancellation you asked for now.",
];

/**
 * The customer put the agent right about the case ("it wasn't Madrid, are you looking at someone
 * else's car?", "that's not the issue"): thank them and go back over it, not a stock remedy.
 */
/**
 * "can somebody call me instead? same number thats on the account": a call is what they asked for,
 * and arranging one is the agent's own step (no time promised: who calls, and when, is the team's).
 */
export const CALL_BACK_PHRASINGS: readonly string[] = ["Of course[, {name}]. I'll arrange for someone to call you, so you don't have to do this by chat."];

/**
 * Sympathy that fits where the stock line would not: a calm "what do you mean by…?" (the agent's
 * words were unclear), sympathy just mocked ("Oh, that's nice. What are you doing about it?"), and
 * "can you tell me who can?" after the agent said they cannot help.
 */
export const UNCLEAR_APOLOGY_PHRASINGS: readonly string[] = ["Sorry, that wasn't clear[, {name}]. Let me put it another way."];
// Asked again for what they had given, by one who refused more apologies ("I've given you the job
// number twice… Not another sorry"): the repeat owned, with no sorry in it.
export const ASKED_AGAIN_WITHOUT_SORRY_PHRASINGS: readonly string[] = ["You're right[, {name}], you'd already given me that, and you shouldn't have had to repeat it."];
// Condolences beside the hand-off they asked for ("I want to speak to Lorenzo. Not you"): no "I'll take
// care of this with you", which the hand-off answers otherwise.
export const CONDOLENCES_BESIDE_HANDOFF_PHRASINGS: readonly string[] = ["I'm so sorry for your loss[, {name}]."];
export const SORRY_NOT_ENOUGH_PHRASINGS: readonly string[] = ["You're right[, {name}], saying sorry doesn't fix it. Let me tell you exactly what happens next."];
// For one who turned down the credit just offered and wants the money ("a voucher. to order again.
// from you 😂😂 no thanks… i want my 97 back on my card"): the refusal heard, no second sorry (the
// 172nd reading's blind twenty, where no card showed).
export const CREDIT_REFUSED_PHRASINGS: readonly string[] = ["Understood[, {name}] — you want your money back, not credit. Let me see what I can do about a refund."];
// For one grieving who asks whether it could have been prevented: the honest answer is owed, not
// "so you don't have to chase it" (the 172nd reading's blind twenty, graded bad by all three).
export const HONEST_ANSWER_PHRASINGS: readonly string[] = ["That's a fair question to ask[, {name}], and you deserve an honest answer. I'll make sure you get one."];
export const HONEST_ANSWER_WITH_CONDOLENCES_PHRASINGS: readonly string[] = ["I'm so sorry for your loss[, {name}]. That's a fair question, and you deserve an honest answer. I'll make sure you get one."];
// Asked whether the one they love will live (a dog in surgery): no answer the desk can give, and no
// promise of one; the wait owned, and the news brought to them.
export const WAITING_FOR_NEWS_PHRASINGS: readonly string[] = ["I can only imagine how hard this wait is[, {name}]. I can't promise how it will go, but I'll make sure you hear the moment there's news."];
export const ALONGSIDE_THE_BEREAVED_PHRASINGS: readonly string[] = ["You don't have to do this alone[, {name}]. I'll take care of it with you, one step at a time."];
// A death told just now, with "what do I do now" or "I'm on my own with her": the condolences, and
// someone alongside them; nothing to chase yet (the 203rd reading's blind twenty).
export const CONDOLENCES_ALONGSIDE_PHRASINGS: readonly string[] = ["I'm so sorry for your loss[, {name}]. You don't have to do this alone — I'm right here, and we'll take it one step at a time."];
// Post still sent to the one they lost: sorry it reached them, no more of it, and the rest taken on.
export const MAIL_TO_THE_LOST_PHRASINGS: readonly string[] = ["I'm so sorry that reached you[, {name}]. I'll make sure nothing more is sent, and I'll take care of the rest of this for you."];
export const MAIL_TO_THE_LOST_WITH_CONDOLENCES_PHRASINGS: readonly string[] = ["I'm so sorry for your loss[, {name}], and that this reached you. I'll make sure nothing more is sent, and I'll take care of the rest of this for you."];
// The one they lost remembered, after the condolences ("he slept on my feet every night… the house is so quiet").
export const GRIEF_SHARED_PHRASINGS = {
  // (Sorry for telling it: "sorry. he was 14…")
  apologising: ["Please don't apologise[, {name}] — I'm really glad you told me. It sounds like there's a huge gap at home. I'll take care of the rest of this for you."],
  telling: ["Thank you for telling me[, {name}]. It sounds like there's a huge gap at home. I'll take care of the rest of this for you."],
  // (The place where they go to be with them: "It was the only place I could go and talk to him.")
  apologisingOfAPlace: ["Please don't apologise[, {name}] — I'm really glad you told me. I can hear how much that place means to you, and I'll take care of the rest of this for you."],
  tellingOfAPlace: ["Thank you for telling me[, {name}]. I can hear how much that place means to you, and I'll take care of the rest of this for you."],
  // (The stone or plaque they wanted in place for a day that matters: what it means is heard; no date promised.)
  apologisingOfTheMemorial: ["Please don't apologise[, {name}] — I'm really glad you told me. I can hear how much this means to you, and I'll keep it moving and tell you the moment there's news."],
  tellingOfTheMemorial: ["Thank you for telling me[, {name}]. I can hear how much this means to you, and I'll keep it moving and tell you the moment there's news."],
} as const satisfies Record<string, readonly string[]>;
export const CANNOT_HELP_HERE_PHRASINGS: readonly string[] = ["I'm sorry I can't sort this one out here[, {name}]. Let me find out who can."];

export const RECHECK_PHRASINGS: readonly string[] = [
  "Thank you for putting me right, {name}. I'll go back over it with what you've told me.",
  "Thanks for correcting me, {name}. I'll look at it again with those details.",
];

/**
 * One item of a pool, chosen by a seed such as `${conversationId}:${turn}`: the same seed gives
 * the same item, neighbouring turns usually differ.
 */
export function pickVariant<T>(pool: readonly T[], seed: string | number): T {
  if (pool.length === 0) throw new RangeError('pickVariant: the pool of phrasings is empty');
  return pool[fnv1a(String(seed)) % pool.length]!;
}

/** The item `steps` places after the one a seed starts at: consecutive steps never repeat an item of a pool of two or more. */
export function rotatedVariant<T>(pool: readonly T[], seed: string, steps: number): T {
  if (pool.length === 0) throw new RangeError('rotatedVariant: the pool of phrasings is empty');
  return pool[(fnv1a(seed) + steps) % pool.length]!;
}
