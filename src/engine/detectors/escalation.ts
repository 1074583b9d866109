// PLAYBOOK step 10: threats, slurs and repeated personal insults call for a manager.
import { latestCustomerIndex, type SuggestionState } from '../conversation/state';
import { latestMessageEscalated, MANAGER_REQUEST_RULE, medicineRunningOut, PERSON_FIRST_RULES, SAFETY_RULE } from '../conversation/openEscalation';
import { ESCALATION_PHRASINGS, SAFETY_APOLOGY_PHRASINGS, speaksOfFire, speaksOfGas, speaksOfComingIn, speaksOfHarassment, speaksOfTheDoor, speaksOfPets, speaksOfPowerAtRisk, speaksOfSupply, speaksOfUnplugging } from '../suggestions';
import type { Flag, Suggestion } from '../types';
import { lastEmpathyTurn } from './noEmpathy';
import { check, defineDetector, rulesWithId, type Detector, type SuggestContext } from './types';

interface EscalationState {
  /** Customer messages that insulted the agent. */
  insultTurns: number;
  /** The agent handed the chat over (`escalation-handoff`). */
  escalated: boolean;
  /** A customer message spoke of gas ("smell of gas in the hallway"): a later "should I call the fire brigade?" is the same scare. */
  gasTold?: boolean;
}

// "Useless" said of a thing ("the chapters are numbered different so its useless", "the return
// label is useless to me") insults no one: twice is no cause to hand the chat over. Said of the
// people or on its own ("you are all useless", "USELESS bank", "useless") it still is.
const SAID_OF_A_THING = /\b(?:it's|its|it is|it was|that's|thats|this is|(?:the|this|that|my|your) [\w-]+(?: [\w-]+)? (?:is|are|was|were))\s+(?:so |completely |totally |just |pretty |basically |absolutely )?(?:useless|pathetic)\b(?! (?:lot|bunch|people|company|bank|staff|service|support))/;
const SAID_OF_PEOPLE = /\b(?:you|you're|youre|ur|u)\b[^.!?]{0,20}\b(?:useless|pathetic)\b|\b(?:useless|pathetic) (?:lot|bunch|people|idiots|company|bank|staff|service|support|shower)\b/;
function insultIn(evidence: string | null, text: string): string | null {
  if (evidence === null || !/^(?:useless|pathetic)$/i.test(evidence)) return evidence;
  return SAID_OF_A_THING.test(text) && !SAID_OF_PEOPLE.test(text) ? null : evidence;
}

// "…but I can ask my manager about a refund. Would you take the voucher instead?": a manager offered,
// not brought in; a threat after it still wants the hand-off (the 189th reading's blind twenty had none).
const OFFERED_ONLY = /\b(?:i|we) (?:can|could|might|may) (?:ask|check with|speak to|talk to|run (?:it|this) by) my (?:manager|supervisor|team leader)\b/;

// "We value your feedback and will pass it on to the team": a comment passed on, no case handed over;
// a manager asked for after it is still owed (the 216th reading's blind twenty had no card).
const FEEDBACK_PASSED_ON = /\b(?:feedback|comments?|suggestions?|concerns?)\b[^.!?]{0,40}\bpass(?:ed|ing)? (?:it|this|them|that) (?:on )?to\b/;

const escalation: Detector<EscalationState> = defineDetector<EscalationState>({
  category: 'escalation',
  playbook: 10,
  urgency: 1,
  answeredBy: ['escalate'],
  docs: 'Threats, slurs and repeated insults: hand the chat to a manager.',
  state: {
    initial: () => ({ insultTurns: 0, escalated: false }),
    fold(own, ctx) {
      if (!ctx.text) return own;
      if (ctx.speaker === 'customer' && insultIn(ctx.signal('insult'), ctx.text.normalized) !== null) return { ...own, insultTurns: own.insultTurns + 1 };
      if (ctx.speaker === 'customer' && !own.gasTold && mayTellOfGas(ctx.text.normalized) && GAS_TOLD.test(ctx.text.normalized)) return { ...own, gasTold: true };
      if (ctx.speaker === 'agent' && !own.escalated && ctx.signal('escalation-handoff') !== null && !OFFERED_ONLY.test(ctx.text.normalized) && !FEEDBACK_PASSED_ON.test(ctx.text.normalized)) return { ...own, escalated: true };
      return own;
    },
  },
  signals: ['insult'],
  // A safety scare's own apology: about the person's wellbeing, never an "inconvenience".
  shows: ['escalate', 'apologize'],
  checks: {
    'escalation.repeated-insults': check({
      params: { signal: 'signal', count: 'number' },
      docs: 'The customer insults the agent again: `count` messages (default 2) caught by the signal named `signal` (default `insult`).',
      run: (ctx, params) => {
        const insult = insultIn(ctx.signal(params.signal ?? 'insult'), ctx.text?.normalized ?? '');
        if (insult === null) return null;
        return escalation.stateOf(ctx.state).insultTurns + 1 >= (params.count ?? 2) ? insult : null;
      },
    }),
  },
  suggest: (s) => {
    // The latest open escalation flag (the first of its turn), found without a list per read.
    let latest: Flag | undefined;
    // (A manager asked for in the same message as a threat, "Give me someone who can actually decide this…
    // Otherwise chargeback": the hand-off they asked for, in its own words; a safety scare still first.)
    for (const f of s.state.open.values()) {
      if (f.category !== 'escalation') continue;
      if (!latest || f.turn > latest.turn || (f.turn === latest.turn && f.rule === MANAGER_REQUEST_RULE && latest.rule !== SAFETY_RULE)) latest = f;
    }
    if (!latest) return [];
    const out: Suggestion[] = [];
    const safety = latest.rule === SAFETY_RULE;
    // Beside a draft that already carries a safety scare on ("the pharmacist on duty will call you
    // within 15 minutes… if she faints, call 911"), the hand-off card says it again, worse.
    const draftCarriesScareOn = safety && s.state.draftDoes?.acts === true;
    // A threat or an insult from before the agent's last reply, and the customer no longer angry
    // ("How long?"): the chat has moved on; a hand-off now walks away from a calm question.
    const cooledDown = !safety && !latestMessageEscalated(s.state) && s.state.anger.mood !== 'angry';
    // "Don't bother. I've rung the bank and they're doing a chargeback. I just want the account
    // closed": a hand-off answers a fight they have left; closing what they asked is what is left.
    const { latestCues } = s.state.customer;
    const movedOn = latest.rule === CHARGEBACK_RULE && (latestCues.has('wants-to-close') || latestCues.has('wants-nothing'));
    // "Not dangerous, but he is miserable" (asked after by the agent): no hand-off for a scare told
    // as over, and no emergency numbers either (below).
    const reassured = safety && s.state.customer.latestCues.has('reassures');
    if (!handedOver(s.state) && !draftCarriesScareOn && !cooledDown && !movedOn && !reassured) {
      const contact = s.catalogue.escalationContact;
      // In the words of the line that was crossed, when its rule has its own (a safety scare asks
      // after the person first); else the general hand-off, not another rule's words (an insult
      // is no safety scare).
      const forPet = safety && aboutAnAnimal(s);
      // Which phrasings fit (given inline: a named closure costs more to make, once per read).
      const supply = safety && !forPet && medicineRunningOut(s.state);
      const safetyEvidence = safety ? (s.state.open.get(SAFETY_RULE)?.evidence ?? '') : '';
      const power = safety && !forPet && !supply && powerAtRisk(safetyEvidence);
      const harassed = safety && !forPet && !supply && !power && HARASSMENT.test(safetyEvidence);
      const suggestion = s.phrase(
        'escalate',
        ESCALATION_PHRASINGS,
        { contact },
        rulesWithId(s.rules, latest.rule),
        (template) => speaksOfPets(template) === forPet && speaksOfSupply(template) === supply && speaksOfPowerAtRisk(template) === power && speaksOfHarassment(template) === harassed,
      );
      // "sorry doesnt help. its been 7 min and no call": the hand-off without the sorry they refused
      // (the 186th reading's blind twenty).
      if (suggestion) out.push(s.state.customer.cues.has('refuses-sorry') ? { ...suggestion, text: withoutOpeningSorry(suggestion.text) } : suggestion);
    }
    const wellbeing = safetyApology(s);
    if (wellbeing) out.push(wellbeing);
    return out;
  },
});

// "I'm so sorry, Jess. Your pet's health comes first…" → "Jess, your pet's health comes first…".
const OPENING_SORRY = /^I'm so sorry(?:, ([^.—]+?))?(?:\.|\s—)\s+(I\b|\S)/u;
function withoutOpeningSorry(text: string): string {
  return text.replace(OPENING_SORRY, (_whole: string, name: string | undefined, next: string) => (name ? `${name}, ${next === 'I' ? next : next.toLowerCase()}` : next.toUpperCase()));
}

// While someone's health is at stake the apology is about them (the no-empathy detector stays
// quiet): until the agent has said something kind since the scare was told. Then it is said: the
// customer's next messages ("he's ok now", "I gave it already") are answered, not met with it again.
function safetyApology(s: SuggestContext): Suggestion | undefined {
  // Self-harm before a product hazard: the wellbeing rule's words when both are open.
  const rule = PERSON_FIRST_RULES.find((id) => s.state.open.has(id));
  if (rule === undefined) return undefined;
  const latest = latestCustomerIndex(s.state);
  if (latest === undefined) return undefined;
  if (s.state.customer.latestCues.has('reassures')) return undefined;
  // The scare was told at or before the latest customer message: kindness after it covers both.
  const empathy = lastEmpathyTurn(s.state);
  const flagTurn = s.state.open.get(rule)?.turn ?? latest;
  // (Unless the kindness said nothing of safety and they ask again whether it is safe: "we are sorry for the
  // inconvenience", then "is safe to sleep here?? should i call the bomberos??"; the 216th reading's blind
  // twenty had the hand-off alone.)
  if (empathy !== undefined && empathy > flagTurn && !(s.state.customer.latestAsksIfSafe === true && !s.state.agent.recentLines.some((line) => SPOKE_OF_SAFETY.test(line)))) return undefined;
  // The open rule's own wording, else the product's (under that rule's id either way): for a gas
  // smell no switches or flames and the gas line; for anything else that could burn or shock,
  // off at the wall and unplugged; for any other harm nothing about smoke or fire; for a pet
  // harmed (and nothing that could burn), the vet.
  const evidence = s.state.open.get(rule)?.evidence ?? '';
  // (The gas told earlier, the flag's latest words another's: "…Should I call the fire brigade?" after a smell of gas.)
  const gas = GAS_HAZARD.test(evidence) || escalation.stateOf(s.state).gasTold === true;
  // (A machine someone depends on, losing power, is no product to unplug: "my mother is on an oxygen
  // concentrator … the backup battery wont last the night"; the 169th reading's blind twenty.)
  const hazard = gas || (PRODUCT_HAZARD.test(evidence) && !LIFE_SUPPORT.test(evidence));
  const forPet = rule === SAFETY_RULE && !hazard && aboutAnAnimal(s);
  // "She died the next day": "if your pet seems unwell again" to one whose pet has died. Their loss
  // is no scare to ask after.
  if (forPet && s.state.customer.cues.has('bereaved')) return undefined;
  const supply = rule === SAFETY_RULE && !hazard && !forPet && medicineRunningOut(s.state);
  const power = rule === SAFETY_RULE && !hazard && !forPet && !supply && powerAtRisk(evidence);
  const harassed = rule === SAFETY_RULE && !hazard && !forPet && !supply && !power && HARASSMENT.test(evidence);
  // "should I come to hospital now?": the family of a patient, asking; the ward is where to turn.
  // A stranger at the door of where they stay: the door kept shut, the police if in danger.
  const atTheDoor = rule === SAFETY_RULE && !hazard && !forPet && !supply && !power && !harassed && AT_THE_DOOR.test(evidence);
  const comingIn = rule === SAFETY_RULE && !hazard && !forPet && !supply && !power && !harassed && !atTheDoor && s.state.customer.latestAsksToComeIn === true;
  return s.phrase('apologize', SAFETY_APOLOGY_PHRASINGS, {}, rulesWithId(s.rules, rule), (template) =>
    speaksOfGas(template) === gas &&
    speaksOfUnplugging(template) === (hazard && !gas) &&
    (hazard || !speaksOfFire(template)) &&
    speaksOfPets(template) === forPet &&
    speaksOfSupply(template) === supply &&
    speaksOfPowerAtRisk(template) === power &&
    speaksOfHarassment(template) === harassed &&
    speaksOfTheDoor(template) === atTheDoor &&
    speaksOfComingIn(template) === comingIn,
  );
}

const CHARGEBACK_RULE = 'escalation.chargeback';

function aboutAnAnimal(s: SuggestContext): boolean {
  return s.state.customer.cues.has('about-an-animal');
}

// What a product hazard's flag quotes: a battery, heat, smoke, sparks, a shock; a gas smell apart.
const PRODUCT_HAZARD = /\b(?:batter(?:y|ies)|hot|heat\w*|overheat\w*|smok\w*|fire|flames?|alight|spark\w*|burn\w*|melt\w*|hiss\w*|swell\w*|shock\w*|electric\w*|explod\w*|caught)\b/i;
const LIFE_SUPPORT = /\b(?:oxygen|concentrator|dialysis|ventilator|nebuli[sz]er|cpap|bipap|feeding pump|life support|suction machine)\b/i;
// The power to a machine someone depends on, cut off or about to be ("on oxygen at night, we cant
// have the light cut off", "a disconnection notice … he is on dialysis"): a risk still to come.
const DISCONNECTION = /\b(?:cut (?:it |us |them |the \w+ )?off|cutting (?:it |us |them )?off|disconnect\w*|switch(?:ed|ing)? off|turn(?:ed|ing)? off)\b/i;
const powerAtRisk = (evidence: string) => LIFE_SUPPORT.test(evidence) && DISCONNECTION.test(evidence);
// What a harassment scare's flag quotes: "he knows my street", "keeps calling me", "stalking me".
// ("texted my personal number", "knows the house", "texting me again": the 201st reading's blind twenty.)
const HARASSMENT = /\b(?:knows (?:where (?:i|we) (?:live|stay)|my (?:address|street|house|home|flat)|the (?:house|flat|place|building))|(?:texted|messaged|called|rang|whatsapped|dm'?d|dmed) my (?:personal|private|own) (?:number|phone|mobile|cell)|(?:texting|messaging|calling) me again|harass\w*|stalk\w*|(?:calling|texting|messaging|following|threatening) (?:me|my (?:line|number|phone)))\b/i;
const SPOKE_OF_SAFETY = /\b(?:safe|safety|emergency|evacuate|get (?:everyone )?out(?:side)?|open the windows|(?:call|ring|phone) (?:the )?(?:police|fire|ambulance|bomberos|\d{3}))\b/i;
// What a scare where they stay quotes: the door barricaded, knocked on or tried, not feeling safe.
const AT_THE_DOOR = /\b(?:door|handle|feel safe)\b/i;
const mayTellOfGas = (text: string) => text.includes('gas') || text.includes('egg') || text.includes('carbon') || text.includes('co alarm') || text.includes('co detector');
// A gas leak told ("smell of gas in the hallway"), not the word alone ("at the gas station").
const GAS_TOLD = /\b(?:smell(?:s|ed|ing|t)? (?:of |like )?gas|gas (?:smell|leak|leaking)|leak(?:ing|s)? gas|rotten eggs?|carbon monoxide|co (?:alarm|detector))\b/;
const GAS_HAZARD = /\b(?:gas|rotten eggs?|carbon monoxide|co alarm|co detector)\b/i;

/** The agent handed the chat over (`escalation-handoff`): a manager has it now. */
export function handedOver(state: SuggestionState): boolean {
  return escalation.stateOf(state).escalated;
}

export default escalation;
