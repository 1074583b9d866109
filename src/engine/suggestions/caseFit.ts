// Whether a remedy or a question still fits the case as the chat stands: an offer to look up the
// tracking after the agent shared it, a troubleshooting walk-through after the customer rebooted
// and reinstalled, a replacement for a game's bug or "I can cancel that" right after the agent
// said policy forbids it tells the customer nobody is listening. Remedies are the team's own
// wording (replaceable through policy), so each is recognised by what it offers.
import { actStem, type AgentCue, type CustomerCue } from './caseCues';
import type { Fact } from './clarify';
import type { ProblemType } from './problemType';

/** What the chat so far says about the case. */
export interface CaseReading {
  /** Every customer message so far. */
  customer: ReadonlySet<CustomerCue>;
  /** Every agent message so far. */
  agent: ReadonlySet<AgentCue>;
  /** What the agent said they cannot do. */
  refused: ReadonlySet<string>;
  facts: ReadonlySet<Fact>;
}

interface RemedyKind {
  /** Recognises remedies of this kind by their words. */
  offers: RegExp;
  moot: (c: CaseReading) => boolean;
}

const has = (c: CaseReading, ...cues: CustomerCue[]) => cues.some((cue) => c.customer.has(cue));
// It happened in a shop and nothing was bought or sent: no order, item or parcel to act on.
const onlyInAShop = (c: CaseReading) => has(c, 'in-store') && !has(c, 'physical-goods');
// Nothing sent by post: gems in a game, a download, a score report.
const nothingPosted = (c: CaseReading) => has(c, 'digital-product') && !has(c, 'physical-goods');
// No parcel on its way to trace: not shipped yet, sent untracked, bought in a shop, or never posted.
const nothingToTrace = (c: CaseReading) => has(c, 'not-shipped', 'untracked', 'in-store') || nothingPosted(c);

const REMEDY_KINDS: readonly RemedyKind[] = [
  {
    // Where the parcel is: known already, over (delivered), or long past caring (last night's dinner).
    // Nor is there any for what has not shipped, went untracked or happened in a shop; nor once the
    // agent has the order in front of them ("I can see VP-77315 was dispatched yesterday").
    offers: /\btracking\b|\bwhere (?:your|the) (?:order|parcel|package) is\b/i,
    moot: (c) =>
      c.agent.has('gave-tracking') ||
      c.agent.has('has-case') ||
      has(c, 'says-delivered', 'knows-location', 'received') ||
      nothingToTrace(c) ||
      (has(c, 'perishable-order') && has(c, 'long-past')),
  },
  {
    // "If it's lost, I can look at a replacement or a refund" to someone who has it, or whose
    // pre-order has not shipped.
    offers: /\b(?:doesn't|does not|don't|do not) (?:turn up|arrive|show up)\b|\bif it's lost\b/i,
    moot: (c) => has(c, 'received', 'not-shipped') || nothingPosted(c) || c.agent.has('found-cause') || c.agent.has('own-action'),
  },
  {
    // "…the double charge…" to someone who never said they were charged twice.
    offers: /\btwice\b|\bdouble charge\b/i,
    moot: (c) => !has(c, 'double-charged'),
  },
  {
    // Asking the courier where it is: pointless once that is known, or when they want a new one sent.
    offers: /\b(?:investigation|investigate)\b.*\bcourier\b|\bcourier\b.*\b(?:investigation|investigate)\b/i,
    // Nor once the agent found what happened or acted on it ("the rider marked it delivered at the
    // wrong address; we've added ₹486 to your wallet"): the courier has nothing left to tell.
    moot: (c) => c.agent.has('gave-tracking') || c.agent.has('found-cause') || c.agent.has('own-action') || has(c, 'knows-location', 'wants-replacement', 'received') || nothingToTrace(c),
  },
  {
    // Steps that often fix it: they did them already, the agent gave them already ("please power
    // cycle your devices and try again"), the fault is not on their side, or nothing they said
    // names a device, an app or a site to take steps on.
    offers: /\b(?:walk you through|steps that (?:often )?fix|troubleshoot)/i,
    // Nor once the agent found the cause ("I can see a freeze was added on 2 Nov"), nor for money
    // taken twice ("€85 and €85"), which no step on a device gives back.
    moot: (c) => c.facts.has('tried') || c.agent.has('gave-steps') || c.agent.has('found-cause') || has(c, 'tried-fixes', 'server-side') || (has(c, 'double-charged') && c.facts.has('amount')) || !has(c, 'mentions-device'),
  },
  {
    // A ticket for the technical team once the agent has found the cause themselves: the agent
    // acts on what they found.
    offers: /\btechnical team\b/i,
    moot: (c) => c.agent.has('found-cause'),
  },
  {
    // "If it's urgent, I can look for a workaround": for a policy, an area outage, a coverage or
    // speed complaint there is nothing to work around, unless their work depends on it (a backup
    // line for someone working from home); otherwise only for a device, an app or a site.
    offers: /\bworkaround\b/i,
    moot: (c) => has(c, 'systemic') || (!has(c, 'depends-on-it', 'pressed-for-time') && (has(c, 'server-side') || !has(c, 'mentions-device'))),
  },
  {
    // The status of a refund, or escalating it, when no refund was issued, promised or awaited:
    // the customer is asking for one ("How do I get a refund?", "the refund to my card, please").
    offers: /\b(?:status of (?:your|the) refund|escalate the refund)\b/i,
    moot: (c) => !has(c, 'refund-underway'),
  },
  {
    // Store credit "instead" to one who turned credit down or asked for the money itself ("I don't
    // want your credit, I want a refund to my card", "won't provide a proper refund").
    offers: /\bstore credit\b/i,
    moot: (c) => has(c, 'refuses-credit'),
  },
  {
    // A breakdown of the charges for someone who just listed them, or who knows they were charged
    // twice ("still 2 charges"): what was taken is the one thing they know.
    offers: /\bbreakdown\b/i,
    moot: (c) => c.facts.has('amount') || has(c, 'double-charged'),
  },
  {
    // Sending goods back and forth for a fault in software, a game or an account, or for what a
    // shop did not have on its shelf.
    offers: /\b(?:replacement|return|repair|correct item|sent to you)\b/i,
    moot: (c) => has(c, 'digital-product', 'in-store') && !has(c, 'physical-goods'),
  },
  {
    // One person's way back into one account, offered to an admin whose 37 users were cut off
    // ("37 of our users can't log in via SSO"): the fault is in the link, not a password.
    offers: /\b(?:verify your identity|once you're verified|reset link)\b/i,
    moot: (c) => has(c, 'many-users'),
  },
  {
    // "…with your details" to one who just said the details can't reach the agent ("I can't DM
    // you… not posting my account number here").
    offers: /\bwith your details\b/i,
    moot: (c) => has(c, 'cannot-send-details'),
  },
  {
    // Getting back into an account, for one who never had the account they need ("I dont have
    // parent account. nobody give me one").
    offers: /\b(?:get back into your account|check whether the account has been locked|reset link)\b/i,
    moot: (c) => has(c, 'no-account-yet'),
  },
  {
    // Charges to refund or break down, for a claim decided against them: the decision is the case.
    // Nor for a charge they said was their own doing ("it is in the contract, my mistake").
    offers: /\b(?:charges on your account|breakdown of what was charged)\b/i,
    moot: (c) => has(c, 'claim-decision', 'own-mistake'),
  },
  {
    // "I'll keep you updated" or "come back to you" once the last update promised never came: one
    // more promise of the same is the thing they complain of.
    offers: /\b(?:keep you updated|come back to you|update you)\b/i,
    // Nor to one who asked for the messages to stop, or to a grieving family: "I'll come back to
    // you" is one more message, and the looking they did not ask for.
    moot: (c) => has(c, 'update-missed', 'wants-contact-stopped', 'bereaved'),
  },
  {
    // A replacement sent, or a return and a refund "for the item", for their own things damaged in a
    // move we made: nothing was bought from us to send or take back (the 203rd reading's blind twenty).
    offers: /\b(?:replacement to be sent|start a return|refund for the item|repair under warranty)\b/i,
    moot: (c) => has(c, 'moved-by-us'),
  },
  {
    // A return, or keeping what came, for an item left out of the order: nothing came to send back.
    offers: /\b(?:return label|set up a return|item you received|rather keep it)\b/i,
    moot: (c) => has(c, 'missing-item'),
  },
  {
    // "I can check whether the account has been locked" to someone who said it is.
    offers: /\bcheck whether the account has been locked\b/i,
    // Nor to one who does not know the login: nothing says it is locked.
    moot: (c) => has(c, 'says-locked', 'forgot-login'),
  },
  {
    // A reset link to someone who has been through the reset already ("forgot password 3 times,
    // email never come"): the link is what failed.
    // Nor to one whose account was suspended or banned: no password stands in the way.
    offers: /\breset link\b/i,
    // Nor for a sign-in code that never comes: the password was never the trouble.
    moot: (c) => has(c, 'knows-reset', 'says-suspended', 'second-factor'),
  },
  {
    // "Let me look into this now" when the agent already said they are looking: the customer waits
    // for what they find, not for the promise again.
    offers: /\blook into (?:this|it)\b/i,
    // Nor once they have acted on it or found what happened ("I've opened a case with our seller
    // team", "I've checked: the courier has no pickup scan"): the looking is done.
    moot: (c) => c.agent.has('checking') || c.agent.has('own-action') || c.agent.has('found-cause'),
  },
  {
    // A renewal to stop or a plan to change, for a hotel booking or a one-off order.
    offers: /\b(?:renewal|different plan|pause)\b/i,
    moot: (c) => !has(c, 'recurring'),
  },
  {
    // Looking up the order, the charges or the case, or taking it on, right after the agent said they
    // cannot see the account where the chat is ("We're unable to view any account information via
    // Twitter"): until the case is in front of them, nothing to look up.
    offers: /\b(?:look (?:up|into)|tracking|charges on your account|breakdown|take this on myself|check whether|replacement|refund|cancel)\b/i,
    moot: (c) => c.agent.has('cannot-see-account') && !c.agent.has('has-case'),
  },
  {
    // "What would feel fair to you?" is asked once an offer is turned down (the no-solution
    // detector asks it then); as a remedy before any offer it skips the offering.
    offers: /\bfair\b/i,
    moot: () => true,
  },
];

/** The remedy offers what was done, known, refused or does not apply already. */
export function remedyIsMoot(remedy: string, c: CaseReading): boolean {
  if (REMEDY_KINDS.some((kind) => kind.offers.test(remedy) && kind.moot(c))) return true;
  return offersRefusedAction(remedy, c.refused);
}

// "I can cancel that for you now" right after "we're unable to cancel it under our policy".
function offersRefusedAction(remedy: string, refused: ReadonlySet<string>): boolean {
  if (refused.size === 0) return false;
  const offered = /\bi (?:can|could|'ll|will) (?:also |now |then |just |gladly )?(\w+)/i.exec(remedy)?.[1];
  return offered !== undefined && refused.has(actStem(offered.toLowerCase()));
}

/** The fact is not worth asking for: what it would tell the agent is known or irrelevant now. */
export function factIsMoot(fact: Fact, c: CaseReading, problemType?: ProblemType): boolean {
  switch (fact) {
    // "When did you request the refund?" of someone asking whether they can have one.
    case 'date':
      return problemType === 'refund' && !has(c, 'refund-underway');
    // Which device, what was tried: asked of someone who rebooted, reinstalled, tried app and web,
    // or whose problem is an outage or a wrong listing on the company's side.
    case 'device':
      // Only of someone who spoke of a device, an app or a site: asked about a mislabelled TV
      // programme, a frozen account or a despairing message it answers nothing (0 of 5 graded
      // sendable).
      return has(c, 'tried-fixes', 'server-side') || !has(c, 'mentions-device');
    // Nor once the agent has given steps, found the cause or offered a fix: the question is
    // for before a fix is chosen, not after ("I can send you two key change tokens").
    case 'tried':
      // Nor once the agent has the case open and said what it shows ("I can see you're signed in
      // with a student account"): what was tried is for before anyone looked.
      return has(c, 'tried-fixes', 'server-side') || c.agent.has('gave-steps') || c.agent.has('found-cause') || c.agent.has('offers-action') || c.agent.has('has-case') || c.agent.has('own-action');
    // The agent has the account or order in front of them already.
    // Nor an email once they gave a number to find it by ("invoice # is CS-448120").
    // Nor once the agent acted on it ("I've refunded the full £31.60 to your card").
    case 'account-email':
      return c.agent.has('has-case') || c.agent.has('own-action') || c.facts.has('order-number');
    // Nor is there an order number, or an item to photograph, for what a shop did not have.
    case 'order-number':
      return c.agent.has('has-case') || c.agent.has('own-action') || onlyInAShop(c);
    case 'photo':
      return onlyInAShop(c);
    // "What amount were you charged?" once the agent has the bill in front of them.
    case 'amount':
      return c.agent.has('has-case') || c.agent.has('found-cause') || c.agent.has('own-action');
    default:
      return false;
  }
}
