// PLAYBOOK step 6: apologise for the inconvenience, never admit fault. A clause that admits it
// ("that's our fault", "our warehouse was negligent") is dropped from a reframe; what happened
// is kept where it can be told without blame ("we lost your parcel" → "your parcel was lost").
import { pastParticiple } from './verbForms';

const INTENSIFIER = String.raw`(?:(?:all|totally|entirely|completely|really|absolutely|100%|definitely|clearly|obviously|fully|our own|my own)\s+)?`;
const FAULT_NOUN = String.raw`(?:fault|mistake|error|negligence|bad|screw-?up|mess-?up|mess|muck-?up|cock-?up|slip-?up|balls-?up|blunder|oversight|failure)`;
// Who did it, as the agent names their side: "we", "our renewal job", "our billing system".
const OURS = String.raw`(?:warehouse|team|staff|courier|driver|store|shop|system|systems|depot|technician|engineer|agent|colleague|department|company|people|packers?|job|process|update|upgrade|software|script|migration|platform|tool|server|servers|website|site|app)`;
const WHO = String.raw`(?:we|our\s+(?:[\w-]+\s+){0,2}?${OURS}|the\s+(?:warehouse|courier|driver|store|depot|technician|engineer|packers?))`;

// What admits fault or liability, as agents write it. The rules flag the same (and a team's own
// rules more); this list lets the rewording find the clause without the engine at hand.
const ADMISSION = new RegExp(
  [
    String.raw`(?<!\bnot\s+)(?<!n't\s+)\b(?:our|my)\s+${INTENSIFIER}(?:${FAULT_NOUN})\b`,
    String.raw`\b(?:it|that|this|which)(?:\s+one)?(?:'s|’s|\s+is|\s+was)\s+${INTENSIFIER}on\s+(?:us|me|our\s+(?:side|end|part))\b`,
    // "an error on our side", "the mistake was on our end" (never "I've checked on our end").
    String.raw`\b(?:error|mistake|fault|slip|oversight)\s+(?:was\s+)?(?:entirely\s+|completely\s+|all\s+)?on\s+(?:our|my)\s+(?:side|end|part)\b`,
    String.raw`\b(?:the\s+)?(?:courier|warehouse|driver|store)'?s\s+fault\b`,
    String.raw`\b${WHO}\s+(?:was|were|have been|has been|'ve been|'re|are)\s+${INTENSIFIER}(?:negligent|careless|to blame|at fault|liable|responsible for (?:the|this|your|any))\b`,
    String.raw`\b(?:we|i)(?:'re|\s+are|\s+am|'m)\s+${INTENSIFIER}(?:to blame|at fault|liable|negligent)\b`,
    String.raw`\b${WHO}\s+(?:really\s+|totally\s+|completely\s+)?(?:messed|screwed|mucked|stuffed)\s+up\b`,
    String.raw`\b${WHO}\s+(?:dropped the ball|made an? (?:\w+\s+)?(?:mistake|error)|got (?:it|this|your order) wrong|failed you)\b`,
    // "our renewal job botched your account": the damage done, said as ours.
    String.raw`\b${WHO}\s+(?:\w+\s+)?(?:botched|bungled|broke|wrecked|ruined|corrupted|wiped|knocked|fouled up|made a mess of|made a hash of)\b`,
    String.raw`\b(?:(?:i|we)\s+)?(?:dropped the ball|made a (?:right\s+)?(?:mess|hash) of)\b`,
    String.raw`\b(?:we|i)\s+(?:take|accept)\s+(?:full\s+|all\s+|complete\s+)?(?:responsibility|liability|the blame)\b`,
    String.raw`\b(?:we|i)\s+should(?:n't|\s+not)?\s+have\b`,
    String.raw`\bnegligen(?:t|ce)\b`,
    // "I'm sorry the girl on the phone lied to you", "our rep misled you": a colleague's wrong, owned
    // (the 153rd reading's blind twenty).
    String.raw`\b(?:the|our|my|that)\s+(?:girl|guy|lady|man|woman|person|agent|colleague|rep|representative|advisor|adviser|staff member|receptionist|cashier|driver|technician|installer|engineer|employee|operator)(?:\s+(?:on the phone|at the (?:desk|counter|shop|store|branch|office)|in (?:the )?(?:store|shop|branch|office)))?\s+(?:lied|misled you|was rude to you|was rude)\b`,
    String.raw`\b(?:we|i)\s+(?:lied to you|misled you)\b`,
    // "the groomer did log a small nick … and should have told you at pick-up": whoever of ours
    // should have told them, said so (the 154th reading's blind twenty).
    String.raw`\bshould(?:n't|\s+not)?\s+have\s+(?:told|informed|warned|called|contacted|mentioned\s+it\s+to|let)\s+you\b`,
    // "Jógvan has done this before", "he's done it twice this month": a colleague's record, told
    // (the 155th reading's blind twenty).
    String.raw`(?:^|[\s,;:])(?!(?:we|i|you)\s)[^\s.,!?;:]+\s+(?:has|had|'s)\s+done\s+(?:this|that|it)\s+(?:before|again|twice|(?:to|with)\s+(?:other|others|a\s+few|several|many|lots\s+of|loads\s+of)\b)`,
  ].join('|'),
  'i',
);

// "We lost your parcel": what happened, told without saying who did it.
const WE_DID_DAMAGE = /^((?:(?:i'm|i am) afraid (?:that )?)?)(?:and\s+|but\s+)?(?:we|i)\s+(lost|damaged|broke|misplaced|scratched|dented|cracked)\s+((?:your|the)\s+[\w'-]+(?:\s+[\w'-]+)?)(.*)$/i;
const NO_OBJECT_AFTER = /^(?:in|at|on|during|when|while|with|by|for|from|after|before|into|because)$/i;

// Words that only lead into an admission ("Yes, …", "Honestly, …", "I have to admit …"): they go with it.
const LEAD_IN = /^(?:yes|yeah|yep|ugh|indeed|honestly|to be honest|frankly|sadly|unfortunately|you're right|you are right|i admit it|i have to admit|i must admit|i'll admit|admittedly|plain and simple|no excuses?|no question)$/i;

// "I completely understand Morwenna and honestly you're right[, the assessor got this wrong]": the
// lead-in ending a clause of its own.
const TRAILING_LEAD_IN = /(?:,?\s+(?:and|but|so)\s+|,\s+)(?:(?:honestly|frankly|to be honest|yes)[,]?\s+)?(?:you're|you are)\s+(?:absolutely\s+|completely\s+|totally\s+|quite\s+)?right$/i;

/** The clause without a lead-in into an admission at its end ("…and honestly you're right"). */
export function withoutTrailingLeadIn(clause: string): string {
  return clause.replace(TRAILING_LEAD_IN, '');
}

export function admitsFault(text: string): boolean {
  return ADMISSION.test(text);
}

export function isAdmissionLeadIn(clause: string): boolean {
  return LEAD_IN.test(clause.replace(/[.!?,]+$/, '').trim());
}

/**
 * The clause without its admission: what happened told without blame ("your parcel was lost in
 * our depot"), the event after a "that's our fault" lead-in ("it's our fault the refund hasn't
 * gone through" → "the refund hasn't gone through"), or `undefined` to drop the clause.
 */
export function withoutAdmission(clause: string): string | undefined {
  const damage = WE_DID_DAMAGE.exec(clause.trim());
  if (damage) {
    const [, lead, verb, object, rest] = damage as unknown as [string, string, string, string, string];
    // "your parcel in" → "your parcel": the object stops before a preposition.
    const words = object.split(/\s+/);
    const noun = NO_OBJECT_AFTER.test(words.at(-1)!) ? words.slice(0, -1) : words;
    const tail = words.slice(noun.length).join(' ');
    const thing = noun.join(' ');
    const be = /[^s]s$/i.test(noun.at(-1)!) ? 'were' : 'was';
    const told = `${lead}${thing} ${be} ${pastParticiple(verb.toLowerCase())}${tail ? ` ${tail}` : ''}${rest}`;
    return admitsFault(told) ? undefined : told;
  }
  const lead = new RegExp(String.raw`^(?:(?:it|that|this)(?:'s|’s|\s+is|\s+was)\s+)?${INTENSIFIER}(?:our|my)\s+${INTENSIFIER}${FAULT_NOUN}\s+(?:that\s+)?(?=(?:the|your|you|it|we|our|this)\b)`, 'i').exec(clause.trim());
  if (lead) {
    const event = clause.trim().slice(lead[0].length);
    return admitsFault(event) ? undefined : event;
  }
  return undefined;
}
