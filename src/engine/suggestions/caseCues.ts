// What a message tells about the case, beyond its problem type: what the customer already
// tried, asked for or knows, and what the agent already did or ruled out. Remedies, questions
// and follow-ups read these so a card never offers what was done, asked or refused already.
// Read once per message from its normalised text (lower case, straight quotes).
import { TextMemo, type AnalyzedText } from '../analyzeText';
import { LiteralGates, type GatedPattern } from '../rules/literalGates';
import { EMAIL_UNKNOWN } from './clarify';

export const CUSTOMER_CUES = [
  /** Names the outcome they want: "I want my €800 back", "just review the photos". */
  'states-ask',
  /** Asks for something to be replaced or sent again. */
  'wants-replacement',
  /** The parcel shows as delivered. */
  'says-delivered',
  /** They have the order in hand: "it was delivered just fine", "I got it". */
  'received',
  /** Says they were charged twice or double. */
  'double-charged',
  /** They know where the parcel is: "it's sitting at the depot". */
  'knows-location',
  /** Food or another order that only mattered at the time ("dinner never came"). */
  'perishable-order',
  /** Speaks of a day gone by: "yesterday", "last night". */
  'long-past',
  /** They tried the usual fixes already: reboot, reinstall, app and web. */
  'tried-fixes',
  /** The fault is on the company's side: an outage, a server, a wrong listing. */
  'server-side',
  /** Software, a game, an app, a download: nothing physical to send back. */
  'digital-product',
  /** A thing that was delivered or held: a box, an item, a parcel. */
  'physical-goods',
  /** About how the company works, not a case: prices, a policy, a removed feature. */
  'systemic',
  /** Needs help this very moment: stranded, stuck at the till with a queue behind, needs directions, now. */
  'urgent-now',
  /** Needs it sorted at once: "right now", "urgent", "I need it today". */
  'pressed-for-time',
  /** Their work or an appointment depends on it: "I work from home", "a client call at 11". */
  'depends-on-it',
  /** It happened in a shop, not to an order: "the shelf was empty", "the cashier said". */
  'in-store',
  /** A refund exists to chase: issued, promised or awaited ("my refund still hasn't arrived"). */
  'refund-underway',
  /** Nothing has been sent yet: a pre-order, "it hasn't shipped". */
  'not-shipped',
  /** Sent without tracking: "untracked", "there's no tracking on it". */
  'untracked',
  /** Wants nothing done: "I don't care", "forget it", or gives feedback for next time ("maybe more communication next time"). */
  'wants-nothing',
  /** Wants someone else: a manager, a real person. */
  'wants-someone-else',
  /** Jokes or banters: "haha", "lol", "jk". */
  'joking',
  /** Agrees to what was offered: "yes please", "ok do that". */
  'accepts',
  /** Asks when it will be done: "when will it be fixed?", "how long until it arrives?". */
  'asks-when',
  /** Stops mid-sentence ("…and the", a trailing comma): still telling it. */
  'unfinished',
  /** Ends by asking the agent to choose or act ("Which of those can you do?", "Can you refund it?"). */
  'asks-agent',
  /** Ends on a question (a sign-off may follow). */
  'asks',
  /** Turns apologies down: "I don't want your sorry", "stop apologising", counts them ("Three apologies and a new name"), or scorns the replies as stock ("sounds like a generic reply"). */
  'refuses-sorry',
  /** Was asked for what they already gave: "I wrote it in my first message!!", "as I said". */
  'already-gave',
  /** Speaks of something that renews: a subscription, a membership, a plan, a contract. */
  'recurring',
  /** Speaks of a device, an app or a site: "the app", "my laptop", "in the browser". */
  'mentions-device',
  /** Speaks of a pet: "my dog", "the vet" (a safety scare about an animal is for the vet). */
  'about-an-animal',
  /** Laughs or teases ("See what they did there? Awww", "haha 😂"): not the "lol" tacked onto a complaint. */
  'banter',
  /** Has taken their custom elsewhere already: "I've cancelled my order and gone to Best Buy", "forget it. cancelled my gold membership". */
  'gone-elsewhere',
  /** Something ordered never came in the bag or box: "they forgot to put it in my bag", "the fries were missing from my order". Nothing to send back. */
  'missing-item',
  /** Wants the messages to stop: "stop the emails and the sms", "no more texts please", "stop everything". Updates are more of what they asked to end. */
  'wants-contact-stopped',
  /** Asks to be called rather than chat: "can somebody call me instead?", "please ring me on the number on the account". */
  'asks-for-call',
  /** The update or call-back promised never came: "2 hours now. No update.", "Another promise! Am waiting". Another promise of updates answers nothing. */
  'update-missed',
  /** Does not know the login or email of the account: "no idea what the login/email is for it". Nothing is locked. */
  'forgot-login',
  /** Takes another offer, calmly: "Thanks, but no… I'll go with the other one", "I'm going with another insurer". */
  'chooses-other',
  /** Wants the money itself, not credit: "I don't want your credit", "won't provide a proper refund". */
  'refuses-credit',
  /** Praises someone and asks for it to be passed on: "she was so patient… please pass it on to her manager". */
  'praise',
  /** Goes on to other matters after the news or the thanks: "BUT theres 2 other things", "also, while I've got you". */
  'raises-more',
  /** Says nothing more is needed: "all sorted, nothing else needed", "that's all I needed". */
  'nothing-more',
  /** Speaks for many users or staff, as an admin: "37 of our users can't log in". */
  'many-users',
  /** Says the account is locked, blocked or deactivated already. */
  'says-locked',
  /** Speaks of the password reset already: "I already do forgot password 3 times", "the reset email never comes". */
  'knows-reset',
  /** The account was suspended, banned or deactivated: no password to reset. */
  'says-suspended',
  /** The sign-in code is the trouble (two-step, SMS, one-time code): the password is not. */
  'second-factor',
  /** Puts the agent right about the case: "that's not the issue", "are you looking at someone else's car?". */
  'corrects-agent',
  /** Cannot or will not send the details asked for: "I can't DM you", "not posting my account number here". */
  'cannot-send-details',
  /** Never had the account they need: "I dont have parent account, nobody give me one", "our parent account is 'being fixed'". */
  'no-account-yet',
  /** An insurance or warranty claim decided against them: "the claim was declined", "appeal the decision". */
  'claim-decision',
  /** Owns the slip themselves: "it is in the contract, my mistake", "I typed the number wrongly. It is my mistake." */
  'own-mistake',
  /** Someone close has died: "my father passed away", "he died last week", "the death certificate", "for my father's burial". */
  'bereaved',
  /** Demands a direct answer: "yes or no?", "I don't want another reference number, I want an answer". */
  'demands-answer',
  /** Has had enough of being told it is being checked: "I need a date today, not 'checking'", "CHECKING CHECKING". */
  'refuses-stalling',
  /** Asks what we will do about it: "I have an hour. what are you going to DO" (the 198th reading's blind twenty). */
  'asks-what-we-do',
  /** Asks to cancel or close: "just close it please", "CLOSE IT", "cancel my membership". */
  'wants-to-close',
  /** Says they are not angry: "Not angry, just done with the game", "I'm not cross". */
  'not-angry',
  /** Asks if they should worry, or says they are scared: "Is that something I should be worried about", "I can not sleep thinking about this", "I'm just really scared something is wrong" (the 193rd reading's blind twenty), "I actually feel sick thinking about it" (the 201st's). */
  'worried',
  /** Demands their money back: "Just give me my deposit back", "I want my money back". */
  'wants-money-back',
  /**
   * Asks plainly for the order or booking to be cancelled: "just cancel the order and refund the
   * deposit", "please cancel it". Unlike wants-to-close, an order counts: after an offer turned
   * down, what they asked for is done, not weighed.
   */
  'cancels-outright',
  /** Was brought to tears: "I had to go to the bathroom to cry", "I'm in tears", "heartbroken". */
  'in-tears',
  /** Says everyone is safe now: "Everyone's fine", "car's on the drive", "we got home". */
  'safe-now',
  /** Says gambling has cost them too much: "I lost too much this year", "I have a gambling problem", self-exclusion. */
  'gambling-harm',
  /** Was hurt themselves: "I went into a parked car. I'm bruised", "I ended up in A&E", "broke my wrist". */
  'hurt',
  /** Stuck where it is dangerous: "getting dark, my two kids in the car and trucks passing at 100". */
  'unsafe-stranded',
  /** Stuck out in the cold: "it is -6 and wind here, my kids are 4 and 7 and they are crying" (with `unsafe-stranded`). */
  'stranded-in-cold',
  /** Says the scare is not serious: "Not dangerous, but he is miserable", "nothing serious". */
  'reassures',
  /** Says it is more than a nuisance: "this is a safety issue, not an inconvenience". */
  'calls-it-serious',
  /** Someone's medicine is running out: "he has ONE dose left", "her last insulin pen", "only enough for 2 days"; or what must stay cold came warm ("no ice pack inside. is it safe??"). */
  'medicine-running-out',
  /** Symptoms happening now: "he's shaky and confused", "she's having a seizure". */
  'symptoms-now',
  /** Their own things moved by us: a house move, the removals crew unloading ("my TV has a crack… it was wrapped in a blanket"). */
  'moved-by-us',
] as const;
export type CustomerCue = (typeof CUSTOMER_CUES)[number];

export const AGENT_CUES = [
  /** Shared what the tracking shows, or that the order is on its way or delivered. */
  'gave-tracking',
  /** Has the customer's account, order or case in front of them. */
  'has-case',
  /** Said they cannot do something (policy, not possible). */
  'refused',
  /** Said what they are doing or have done themselves: "I've sent", "I'll escalate". */
  'own-action',
  /** Offered an action of their own: "I can arrange…", "Shall I…". */
  'offers-action',
  /** Said they are looking into it now: "Let me check what is on file", "I'm checking the options". */
  'checking',
  /** Gave troubleshooting steps or a guide to follow: "Please power cycle your devices and try again". */
  'gave-steps',
  /** Found what causes it on the account: "I can see a freeze was added on 2 Nov", "the reason is…". */
  'found-cause',
  /** Cannot see the account where the chat is: "We're unable to view any account information via Twitter". */
  'cannot-see-account',
] as const;
export type AgentCue = (typeof AGENT_CUES)[number];

// Verbs of the outcomes customers ask for, and of what an agent does for them.
const ACTS = 'refund|reimburse|remove|reverse|waive|credit|cancel|fix|replace|resend|send|review|check|look|change|update|sort|escalate|repair|return|compensate|unlock|restore|reset|reactivate|deliver|honou?r|match|give|take';

// Cues read apart from the gated pass (`customerCuesOf`): from another cue's match, or behind a word check of their own.
type DerivedCue = 'banter' | 'gone-elsewhere' | 'chooses-other' | 'refuses-credit' | 'praise' | 'missing-item' | 'forgot-login' | 'update-missed' | 'asks-for-call' | 'wants-contact-stopped' | 'unsafe-stranded' | 'stranded-in-cold' | 'reassures' | 'calls-it-serious';

// More to raise: "but there's 2 other things", "one more thing", "while I've got you", "last q - …",
// "one question only: …" after "it works now" (the 184th reading's blind twenty).
// ("Its just one more thing on the list", said of a death's paperwork, is a lament: nothing raised;
// the 178th reading's blind twenty.)
// ("Perfect, thank you!! Last one: the forecast shows rain…": the 188th reading's blind twenty met it with a sorry.)
// ("thanks Sam. one q - if friday sells out too…": the 195th's, met with a sorry too.)
// ("got it, thanks. one detail tho: the client at the top still says 'Samuel Okafor'…": the 212th reading's blind twenty had no card.)
const RAISES_MORE =
  /\b(?:one (?:quick |small )?q(?=\s*[-–—:,])|quick q(?=\s*[-–—:,])|(?:but|also|and|now|though)[,.]? (?:there(?:'s| is| are|s)|i(?:'ve| have)|i've got|got) (?:(?:\d|two|three|a few|a couple of|couple|some|one|another) )?(?:other|more|another) (?:things?|questions?|issues?|problems?|matters?)|(?:one|two|2|3|three|a couple of|a few) (?:more|other) (?:(?:small|quick|little|tiny|last) )?(?:things?|questions?|issues?|problems?)(?! (?:on (?:the|my|a|our) list|to (?:deal with|worry about|sort out|think about|handle|chase|add)))|another (?:(?:small|quick|little|tiny) )?(?:thing|question|issue|problem)|(?:one|a) (?:small|quick|little|tiny|last) (?:thing|question) more|(?:two|2|one) (?:questions?|things?) more|(?<!\b(?:the|very|my|your|his|her|their|our|a|its|it's)\s)(?:one )?last (?:thing|question|q)(?=\s*[,:.-]|\s+(?:please|pls|though|tho|to ask|i wanted|from me)\b)|last one(?<=(?:^|[.!?]\s{0,3})last one)(?=\s*[:–—-])|while (?:i've|i have|i've got|i got|ive|ive got|i have got) you|(?:^|[.!?,]\s*)one (?:small |little |last |more )?detail(?: (?:though|tho))?(?=\s*[:–—-])|one (?:quick |small |little )?question only(?=\s*[:,.-])|only one (?:quick |small |little )?question(?=\s*[:,.-]))\b/;

// Nothing more wanted: "all sorted, nothing else needed", "that's all I needed", "All good, that's everything. Chao!".
const NOTHING_MORE = /\b(?:nothing (?:else |more )?(?:needed|required)|(?:that's|that is|thats) (?:everything|all(?: for (?:now|today)| from me)?)(?=\s*[.!,]|\s*$)|nothing (?:else|more) to (?:do|sort|fix)|(?:that's|that is|thats) all i (?:needed|wanted|need)|(?:don't|do not|dont) need anything (?:else|more)|no(?:thing)? (?:further|more) (?:help )?needed|(?:all good|happy|fine|ok|okay) (?:for you )?to close (?:this|it|the (?:case|ticket|chat))(?: off| out| now)?|you can close (?:this|it|the (?:case|ticket|chat)))\b/;

// Many users or staff, spoken of as an admin's: "37 of our users", "all our staff".
const MANY_USERS = /\b(?:(?:\d+|all|several|many|some|most|half) (?:of )?(?:our|my|the) (?:users|staff|employees|team members|members|agents|people|seats)|(?:\d{2,}|several|many|dozens of) (?:users|staff|employees|team members|seats)|(?:our|my) (?:users|staff|employees|team members) (?:can't|cannot|can not|are unable|aren't able|get|are getting))\b/;

// Locked already: "it says account locked", "I'm locked out", "your account has been deactivated".
const SAYS_LOCKED = /\b(?:(?:account|it)(?:'s| is| has been| was| got| says| says account)? (?:locked|blocked|suspended|disabled|deactivated)|locked (?:me )?out)\b/;

// Suspended, banned or deactivated: "my account is suspended for 'suspicious activity'"; or held a
// while for security ("it keeps telling me I've been temporary locked out"): no password in the way.
const SAYS_SUSPENDED = /\b(?:account|profile|it)(?:'s| is| has been| was| got| says| says account)? (?:suspended|banned|deactivated|disabled|terminated)\b|\b(?:suspended|banned|deactivated) (?:my|the|our) (?:account|profile)\b|\btemporar(?:y|ily) (?:locked|blocked|suspended|restricted)\b|\b(?:security|fraud) (?:lock|hold|block)\b|\blocked (?:for|due to) (?:security|fraud|suspicious)/;

// The second factor: "the two-factor code you text me never comes", "2step code", "OTP".
const SECOND_FACTOR = /\b(?:two[- ]?factor|2[- ]?fa|two[- ]?step|2[- ]?step|verification code|security code|sms code|text code|one[- ]time (?:code|password|passcode)|otp|authenticator)/;

// The agent put right about the case (not "I did not type anything", which tells what they didn't do, not what the agent got wrong): "that's not the issue", "you're looking at someone else's
// car", "please read the notes again", "it was the right leg, not the left", "I don't think that's it".
const CORRECTS_AGENT = /\b(?:i (?:didn't|did not|never) (?:charge|dispute|raise|cancel|share|type|enter|request|order|use|book|sign up for) (?:that|it|them|the)\b|(?:don't|do not) (?:go )?tell(?:ing)? me (?:i'm|i am|i was) (?:scamming|lying|a scammer|a liar|sharing)|(?:this|that|it)(?:'s| is) not (?:really )?(?:my|the) question|(?:there(?:'s| is)|i think there(?:'s| is)) (?:a|some) misunderstanding|i (?:did not|didn't|never) (?:say|said|ask|asked) (?:it was|that|for)|(?:that's|that is|thats|this is|it's|it is) not (?:the (?:issue|problem|point)|what i (?:said|asked|meant|wrote)|(?:right|correct|true)\b)|(?:i )?(?:don't|do not) think (?:that's|that is|thats) (?:it|the (?:issue|problem|cause))|(?:are|were) you (?:looking at|reading|checking|on) (?:the wrong|someone else's|somebody else's|another (?:person's|customer's)|a different)|(?:you(?:'ve| have)?|you've) (?:got|pulled up|found|checked|looked at) (?:the wrong|someone else's|somebody else's)|(?:read|re-?read) (?:the notes|my message|my messages|what i (?:wrote|said)|it) again|(?:i )?(?:haven't|have not|never|didn't|did not) (?:even )?(?:been to|rent(?:ed)?|booked|ordered) (?:a car )?(?:in|from|at|to) [a-z]|not (?:my|our) (?:booking|account|order|car|claim|reservation|parcel))/;

// The details can't reach the agent: "I can't DM you", "your DMs are closed", "not posting my account number here".
const CANNOT_SEND_DETAILS = /\b(?:(?:can't|cannot|can not|unable to|won't let me) (?:dm|message|send (?:you )?(?:a |any )?(?:dm|dms|message|messages|details))|(?:your )?dms? (?:are|is) (?:closed|off|shut)|(?:not|never|won't|will not) (?:be )?(?:posting|post|share|sharing|putting|put|giving|give) (?:my )?(?:account|personal|card|bank|phone|address|details)\b)/;

// No account to get back into: "I dont have parent account. nobody give me one", "our parent account is 'being fixed'".
const NO_ACCOUNT_YET = /\b(?:(?:don't|do not|dont) have (?:a |an |any |the )?(?:[\w-]+ )?(?:account|login)|nobody (?:gave|give|gives|has given|sent|send) (?:me|us) (?:one|an account|a login|the login)|never (?:got|received|had|been given) (?:a |an |my |our |the )?(?:[\w-]+ )?(?:account|login)|(?:account|login)\W{0,2} (?:is|was|has been) (?:still )?(?:\W?being (?:fixed|set up|created|made)|not (?:yet )?(?:set up|created|made)))/;

// A claim decided against them: "the claim was declined", "declined my claim", "appeal the decision".
const CLAIM_DECIDED = /\b(?:claim\b[^.!?]{0,50}?\b(?:was|has been|got|is|been) (?:declined|rejected|denied|refused|turned down)|(?:declined|rejected|denied|refused|turned down) (?:my|the|our|his|her) claim|appeal (?:the|this|your) (?:decision|claim|outcome))\b/;

// Their own slip: "it is in the contract, my mistake", "It is my mistake", "my bad".
// A death told: "my father passed away", "My father has died", "My husband Alasdair died in
// October", "my late husband", "lost my mum
// in March", "the funeral", "the death certificate" (not one a church hosts: "We have a funeral on
// Friday for a woman who sang in our choir", the 181st reading's blind twenty); a pet's too ("Kalisa was put to sleep at your
// clinic", "the euthanasia and the cremation", "collected … for individual cremation", "her ashes").
// ("Margaret and I would have been married 41 years": a widower, told without the word; the 190th reading's blind twenty.)
// ("I picked up Biscuit's urn": a pet's ashes, brought home; the 193rd's. "collecting Aoife's memory box and the
// hand cast the nurses did for us": a child's, from a hospice; the 195th's.)
// ("I think she's gone. there's been no breath for ages": a death at home, told in the plainest words; the
// 203rd reading's blind twenty asked "Is everyone all right?".)
// Not a phone or a battery that "died".
const CLOSE_ONES = '(?:husband|wife|partner|father|mother|dad|mum|mom|son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|gran|nan|granny|aunt|uncle|baby|child|fianc[eé]e?|friend)';
// Things that "die" and are no one: "my phone died", "the battery died in the night".
const THINGS_THAT_DIE = 'phone|laptop|car|battery|tablet|computer|ipad|iphone|router|tv|console|bike|scooter|kindle|watch|charger|pc|mac|headphones|earbuds|plant|plants';
/** The place someone goes to be with the one they lost ("the only place I could go and talk to him"), as a pattern's words. */
export const ONLY_PLACE_TO_BE_WITH = String.raw`only place (?:i|we) (?:can|could|could still|can still) (?:go and |go to )?(?:talk to|be with|feel close to|sit with)`;

const BEREAVED = new RegExp(
  String.raw`\b(?:passed away|(?:the )?${ONLY_PLACE_TO_BE_WITH} (?:him|her|them)|would (?:have|'ve) been (?:married|together) (?:for )?\d+ years|(?:his|her|their|[a-z]+'s) (?:urn|memory box)\b|(?:he|she|${CLOSE_ONES}(?:,[^,.!?]{1,40},| (?!(?:nearly|almost|practically|basically|virtually|never|not|${THINGS_THAT_DIE})\b)[a-z]+)?) (?:has |had |sadly |recently |suddenly )*(?:died|passed)(?! (?:the(?! (?:next|same|following|day|week|night|morning|evening)\b)|a|an|my|your|it|out|over|through|by|me)\b)|(?!(?:it|this|that|which|mine|${THINGS_THAT_DIE}|app|server|site|engine|fridge|freezer|boiler|heater|radio|modem|screen|mouse|keyboard|printer|camera|signal|connection|wifi|internet|power|light|lights|bulb|fan|speaker|remote)\b)[a-z]+ (?:sadly |suddenly |peacefully )?died (?:in (?:the|her|his) (?:night|sleep)|overnight|(?:last|this) (?:night|morning|afternoon|evening)|yesterday|at (?:home|the (?:clinic|hospital|vet|vets)))|(?:death|funeral|cremation) (?:certificate|costs?|arrangements?|director)|(?<!\b(?:we have|we've got|we have got|there's|there is|we're hosting|we are hosting|we're holding|we are holding) a )funeral(?! (?:on|this|next)\b[^.!?]{0,40}\bfor (?:a|an) (?:woman|man|lady|gentleman|member|parishioner|client|customer|neighbou?r)\b)|burial|coffin|casket|mortuary|morgue|(?:transport|repatriation|collection) of (?:the|his|her|my (?:father|mother|dad|mum|mom)'s) body|bereave(?:d|ment)|(?:my|our|her|his) late ${CLOSE_ONES}|(?:my|our|her|his) ${CLOSE_ONES}'s (?:head|grave|memorial )?stone|(?:head|grave)stones?|lost (?:my|our) ${CLOSE_ONES}|miscarr(?:iage|ied)|(?:she|he) (?:was|is) (?:not alive|no longer alive|lifeless)|(?:she|he) (?:wasn't|was not) alive|still ?birth|still ?born|born sleeping|(?:lost|losing) (?:the|our|my) (?:baby|pregnancy)|death of (?:my|our|her|his) ${CLOSE_ONES}|(?:was|were|had to be|had (?:him|her|them)|have (?:him|her|them)) put to sleep|(?:he|she|[a-z]+) (?:sadly |suddenly )?died on (?:the )?\d{1,2}(?:(?:st|nd|rd|th)\b|(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)|euthanas(?:ia|ed|ised|ized)|(?:the|his|her|their|for|individual|private|communal) cremation|(?:his|her|their) ashes|(?:my|our) (?:dog|cat|puppy|kitten|horse|pony|pet|rabbit|parrot|bird)(?: [a-z]+)? (?:has |had |sadly |recently |suddenly )*(?:died|passed away)\b|(?:surgery|operation|anaesthetic|anesthetic|procedure)\b[^.!?]{0,30}\b(?:he|she|they) (?:didn't|did not|never) (?:wake|woke) up|(?:she|he|${CLOSE_ONES})(?:'s| is| has) (?:gone|slipped away)(?=\s*[.!,]|\s*$)[^]{0,60}?\bno (?:breath|breathing|pulse|heartbeat)|\bno (?:breath|breathing|pulse|heartbeat)\b[^]{0,60}?\b(?:she|he|${CLOSE_ONES})(?:'s| is| has) (?:gone|slipped away)(?=\s*[.!,]|\s*$))\b`,
);

const OWN_MISTAKE = /\b(?:(?:it is|it's|it was|that's|that is|that was|this is) (?:all |totally |entirely )?my (?:own )?(?:mistake|fault|error)|(?:^|[.!?,]\s*)my (?:mistake|bad)\b)/;

// The reset already tried or spoken of: "forgot password 3 times", "the reset email never came".
const KNOWS_RESET = /\b(?:forgot(?:ten)? password|reset (?:link|email|e-mail|code)s?|password reset|reset(?:ting)? (?:my|the) password|(?:i|we)(?:'ve| have)? (?:already |just |also )?(?:reset|changed) (?:it|my password|the password|our password)|reset (?:it )?(?:twice|again|(?:two|three|\d+|several|many) times)|(?:two|three|\d+|several|multiple|many) (?:password )?resets|password (?:was|has been|got) (?:reset|changed)|new password)\b/;

const CUSTOMER_PATTERNS: Record<Exclude<CustomerCue, DerivedCue>, RegExp> = {
  // (Or put as an ultimatum: "either you find my bank cert and re lodge TODAY or you refund my ₱8,500",
  // the 184th reading's blind twenty, where "how we can make this right" asked what they had said. Few
  // choices after "either you": each multiplies the strings that gate the pattern, past which it runs on
  // every message.)
  'states-ask': new RegExp(
    String.raw`\b(?:i (?:just |only |really |simply )?(?:want|need|expect|demand|would like|'d like)\b(?! to know| help| some help| assistance| an answer| answers| to (?:talk|speak|ask|understand|know))|i'm asking (?:for|you to)|(?:please|pls|plz|just) (?:${ACTS})\b|(?:can|could|will) you (?:please |just )?(?:${ACTS})\b|(?:want|need) (?:my|a|the|our) [\w €$£.,]{0,30}\b(?:back|refund|replacement|replaced|removed|reversed|credited)\b|money back|refund me|give me (?:my|a|the)|take (?:it|them|that|those|the \w+) off|(?:send|put|pay|transfer|refund) (?:it|them|that|the (?:money|refund)) (?:back )?(?:to|into|on) my [^.!?]{1,30}?\b(?:pls|plz|please)\b|\beither (?:you|u) \w+|\bor (?:you|u) (?:refund|return|give|send|pay|reverse|cancel)\b)`,
  ),
  'wants-replacement': /\b(?:replacement|replace (?:it|them|this|the)|send (?:me )?(?:another|a new|a replacement)|resend|re-send|reship|send it again)\b/,
  'says-delivered': /\b(?:(?:says|said|shows|showing|marked|marked as|listed as|status is|tracking says) (?:it (?:was |is |has been )?)?delivered|(?:was|been|got) delivered|dlvd|delivered to (?:the )?wrong|delivered (?:yesterday|today|on))\b/,
  received: /\b(?<!n't |not |never |nothing |no )(?:(?:was|got|been) delivered (?:just )?(?:fine|ok|okay|on time|in the end)|(?:i|we) (?:got|received) (?:it|them|my (?:order|parcel|package|groceries|food|delivery))\b(?! yet)|(?:it|my order|the order|my parcel|the parcel|my package|the package) (?:arrived|came)\b(?! (?:damaged|broken|late|without|missing|open|empty|wrong)))/,
  // "€85 and €85": the same amount taken twice.
  'double-charged': /\b(?:twice|double|two times|duplicate|duplicated|(?:2|two) (?:identical )?charges)\b|([€$£])\s?(\d+(?:[.,]\d+)?) and \1\s?\2\b/,
  'knows-location': /\b(?:(?:it's|it is|its|parcel is|package is|order is|been) (?:sitting |stuck |still |held )?(?:at|in) (?:the |your |a )?(?:depot|warehouse|sorting|post office|facility|hub|customs|distribution)|(?:sitting|stuck|held) (?:at|in) (?:the |your |a )?(?:depot|warehouse|sorting|post office|facility|hub|customs|distribution)|left (?:it )?(?:at|with|on|outside|behind) (?:the |my |a )?(?:neighbou?r|door|porch|reception|front|back|step|bin|gate)|with (?:my|a|the) neighbou?r)/,
  'perishable-order': /\b(?:food|meal|pizza|takeaway|takeout|dinner|lunch|breakfast|burger|groceries|grocery)\b/,
  'long-past': /\b(?:yesterday|last night|the other day|days ago|last week)\b/,
  'tried-fixes': /\b(?:re-?boot(?:ed|ing)?|restart(?:ed|ing)?|re-?install(?:ed|ing)?|uninstall(?:ed|ing)?|re-?download(?:ed|ing)?|power cycl(?:e|ed|ing)|unplugg?(?:ed|ing)?|factory reset|hard reset|reset (?:it|the|my)|cleared? (?:the |my )?(?:cache|cookies)|(?:tried|tested|on|both|from) (?:the )?(?:app and (?:the )?(?:web|website|site|browser)|(?:web|website|site|browser) and (?:the )?app)|(?:another|different|other) (?:device|browser|phone|computer)|(?:tried|done) (?:everything|all (?:the|of the|your) (?:steps|troubleshooting))|i(?:'m| am) looking at (?:[\w-]+ ){0,3}(?:right now|as we speak)|i(?:'ve| have)? (?:already |also |just )?(?:checked|double-checked) (?:the|our|my|its|their) (?:logs?|audit|settings|config\w*|admin|dashboard|setup))\b/,
  'server-side': /\b(?:outage|servers?\b|(?:your|the) (?:automatic|automated|auto) (?:reminders?|emails?|messages?|invoices?|sync|system)|system error|(?:error|fault|bug|problem|mistake) (?:on|at) your (?:side|end)|(?:is|are|was|went|been) down\b|down for (?:everyone|everybody|hours)|everyone (?:is|else)|for everyone|listing|listed (?:wrong|wrongly|incorrectly|as)|(?:your|the) (?:site|website|system) (?:is|was) (?:wrong|showing|saying))/,
  'digital-product': /\b(?:game|games|app|apps|software|update|patch|download|downloaded|dlc|online|server|servers|account|login|log in|subscription|stream|streaming|firmware|save file|bug|glitch|level|ios|android)\b/,
  'physical-goods': /\b(?:parcel|package|box|item|items|delivered|arrived|arrive|courier|shipping|shipped|postman|dispatch|dispatched|packaging|cracked|smashed|torn|leaking|dented|damaged in transit|came broken|arrived broken)\b/,
  systemic: /\b(?:bring (?:it |them |this |that |the \w+ )?back|why (?:did|would|have|do) (?:you|they) (?:remove|get rid of|take away|discontinue|scrap|drop)|(?:you|they|you guys|y'all) (?:have |'ve )?(?:removed|got rid of|took away|taken away|discontinued|scrapped|dropped) (?:the |a |my |our |your )?(?:\w+ )?(?:feature|features|option|options|button|setting|settings|function|ability|support|mode|shortcut|menu|widget|icon|playlists?|channels?|free \w+)|(?:you|they|it) no longer (?:offers?|supports?|sells?|stocks?|carries|carry)|(?:please |you should |why not )add\b|when will you (?:add|implement|bring)|your (?:policy|policies|prices|pricing)|(?:price|prices) (?:went up|go up|going up|increase|hike|rise)|price (?:increase|hike|rise)|why do you (?:always|charge|make|force|keep))\b/,
  'urgent-now': /\b(?:(?:at|in) the (?:till|checkout|check-out|counter|pump)\b|(?:queue|line|people) (?:waiting )?behind me|stranded|stuck (?:at|in|on) (?:the )?(?:airport|station|gate|platform|hotel|border|side of the road|motorway|highway|terminal)|need (?:directions|to get to|to know where)|how do i get (?:to|from)|where do i go|which (?:gate|platform|terminal) (?:do|should|is)|missed (?:my|the) (?:connection|flight|train|bus)|(?:it's|it is|its|now) (?:almost|nearly|past|after) midnight|(?:is|he's|she's|they're|are) (?:about to )?clos(?:ing|e) (?:the )?(?:reception|desk|office|front desk|gate|check-?in)|sleeping on (?:the|a|our|my) (?:suitcase|suitcases|luggage|bags?|floor|bench|pavement|street)|standing (?:at|outside|in front of|in) [^.!?]{1,40} with (?:all )?(?:our|my) (?:luggage|bags|suitcases))\b/,
  'pressed-for-time': /\b(?:right now|asap|urgent(?:ly)?|immediately|emergency|(?:need|needed) (?:it|this|them) (?:today|tonight|now|by)|losing (?:sales|money|customers|business|bookings|orders)(?: every (?:hour|minute|day))?|(?:is|are) (?:it|he|she|they|the [\w-]+) coming today|(?:someone|somebody|an engineer|a technician|a fitter|an inspector|a plumber)(?: out)?(?: here| round| over)? (?:this week|today|tomorrow)|(?:comes?|coming|be here|be there) (?:today|tonight)|(?:sleep|stay|go) (?:somewhere|anywhere) (?:\w+ )?tonight)\b|\btoday\s*\?/,
  'wants-nothing': /\b(?:i couldn't care less|i (?:really |honestly |just )?(?:don't|do not|dont) (?:really |even )?(?:care(?! about| what| how| if| who| why| when| where| whose)|mind|need (?:anything|your help|help|(?:a |an |any )?[\w-]+ or anything))|(?:don't|do not|dont) worry(?: about it)?|(?:don't|do not|dont) bother(?: about it)?(?=\s*(?:[.!,]|$))|forget (?:it|about it)|never ?mind|nvm|(?<!\bor )whatever(?=\s*(?:[.!,]|$))|not (?:asking|looking) for (?:anything|help)|just (?:saying|venting|letting you know)|(?:^|[.!?,]\s*)(?:(?:don't|do not|dont) need anything(?: done| doing)?|no need to do anything|nothing needs doing|(?:oh (?:gosh|god|no),? )?no need for (?:all )?(?:that|this|any of (?:that|this)))|(?:maybe|perhaps) (?:a bit |some |a little )?(?:more|better) [\w ]{1,20}? next time|just (?:some )?(?:feedback|a suggestion)|for future reference|nothing (?:is )?needed(?: for me| from you| on my side)?|(?:i'm|i am) (?:only|just) mentioning (?:it|this)|just pass (?:it|this|that|the [\w-]+) on|no (?:refund|compensation|credit|voucher|refunds) (?:needed|necessary|required|wanted))\b/,
  'wants-someone-else': /\b(?:(?:someone|somebody|anyone|anybody) (?:above|senior to|over) you|(?:someone|somebody|a person|a manager) (?:who|that) can (?:actually |really )?(?:make (?:a|the) decision|decide|authori[sz]e|approve|sign (?:it|this) off)|decision[- ]maker|someone (?:more )?senior|higher up|(?:a|your|the|to a|to your|speak to|talk to) (?:manager|supervisor|superior|boss)|someone else|somebody else|another (?:agent|person|rep|representative)|(?:a )?(?:real|actual) (?:person|human)|not (?:you|talking to you))\b/,
  joking: /(?:\b(?:ha(?:ha)+h?a*|he(?:he)+h?e*|lol+|lmao|rofl|jk|just kidding|kidding|a+w{2,}|see what (?:they|you|u) did there)\b|[😂🤣😜😉😄😆])/u,
  'asks-when': /\b(?:when (?:will|would|is|are|can|do|does|should|am i going to|are you going to) (?:it|this|that|they|my|the|our|you|i|we|someone|somebody|an? \w+)\b|how (?:long|soon) (?:will|would|is|does|do|until|till|before|is it going to)\b|what(?:'s| is) the (?:eta|timescale|timeframe|time frame)|any (?:eta|idea when|timescale|timeframe))/,
  // A message that ends on a word no sentence ends on, or on a comma or dash, was sent mid-thought;
  // so was one that opens what it is about to say ("what I'm asking for is", "the problem is"), or
  // that starts a new sentence and stops at its first word ("…in iMessage as well. It").
  unfinished:
    /(?:[,:;]|\s[-\u2013\u2014]|\b(?:and|or|but|because|the|a|an|my|your|our|their|of|to the|with the|which|whose)|[.!?]\s+(?:it|i|this|that|so|then|also|plus|when|if)|\b(?:what|all)\s+(?:i|im|i'm|we|we're)\b[\w\s']{0,40}?\s(?:is|was)|\b(?:problem|issue|thing|point|question|reason|worst part|trouble|real issue)\s+(?:is|was|here is))\s*$/,
  'asks-agent': /(?:\b(?:can|could|will|would) you\b|\bwhich (?:of (?:those|these|them|the two)|one)\b|\bwhat (?:can|will|are) you (?:going to )?do\b|\bare you (?:going to|able to)\b)[^.!?]*\?\s*$/,
  asks: /\?[ \t]*(?:\n[^?\n]{0,40}){0,4}$/,
  'refuses-sorry': /\b(?:(?:don't|do not|dont) (?:bother|even) (?:giving|sending|telling|saying|offering)(?: (?:me|us))? (?:a |an |another |any |your )?['"‘“]?(?:sorry|sorries|apology|apologies)\b|(?:don't|do not|dont) want (?:(?:your|an|another|any more|more) )?['"‘“]?(?:sorry|sorries|apology|apologies)\b|(?:not|no) (?:another|more|an?) ['"‘“]?(?:i'm |i am |we're |we are )?(?:sorry|sorries|apology|apologies)\b|(?:^|[.!?]\s*|\b(?:wow|oh|great|lol|yay|and|so)[.,!]*\s+)another ['"‘“]?(?:sorry|apology)\b|stop (?:saying sorry|apologi[sz]ing)|(?:don't|do not|dont) want\b[^.!?]{0,30}\b(?:told|tell me|to hear|hear you say|say) sorry\b|(?:sorry|apologies|an apology) (?:is|are) (?:fine|nice|ok|okay|great|good|all very well) but\b|(?:don't|do not|dont|no need to|please don't|stop) (?:send|give|tell|write|say to) (?:me|us) (?:(?:another|more|any more|one more|a) )?['"‘“]?(?:sorry|sorries|apology|apologies)\b|(?:don't|do not|dont) need (?:your |another |any more |more |an? )?(?:sorry|sorries|apology|apologies)\b|(?:you've|youve|you have|u have|uve) (?:already )?said sorry (?:twice|again|three times|\d+ times|enough|already)|(?:don't|do not|dont) (?:just )?(?:say|tell)(?: me)?(?: again| anymore| any more)? (?:again )?(?:that )?(?:sorry|you're sorry|you are sorry|you're so sorry)|not (?:a|another|the) (?:script|template)\b|spare me the (?:sorry|apolog\w*)|(?:sorry|apology|apologies)'? (?:doesn't|doesnt|does not) (?!matter\b)\w+|(?:sorry|apology|apologies)'? (?:won't|will not) (?:cut it|fix|help|pay|work|bring|clean|change|undo|replace|get|give)\b|(?:sorry|apology|apologies)'? (?:isn't|is not|aren't|are not) (?:cut it|fix|help|pay|work|enough|good enough|going to)|\b(?:generic|canned|scripted|copy[- ]?paste[d]?|robotic) (?:#\w+ )?(?:repl\w*|responses?|answers?)\b|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time (?:you|u|someone|somebody|they) (?:say|said|says|tell me|told me) (?:sorry|you're sorry|you are sorry)|(?:say|said|saying|says) sorry and nothing (?:change|changes|changed|happens|happened)|\b(?:two|three|four|five|six|[2-9]|so many) (?:apologies|sorries)\b|\bsorry,? sorry,? sorry\b|\bkeep (?:your|ur|ya|the) (?:sorry|sorries|apology|apologies)\b|\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:apology|sorry)\b|\bnot (?:a |another )?copy[- ]?paste\b|\bsorry\b[^.!?]{0,15}\b(?:that's|thats|that is|is) all (?:you|u|ya)\b|(?:don't|do not|dont|no more|spare me|stop)\s+(?:(?:give|giving|send|sending|tell|telling|feed|feeding)\s+(?:me|us)\s+|bother(?:ing)? with\s+)?(?:the|that|your|this|all (?:the|that|this))\s+['"‘“][^'"’”]{0,50}?\b(?:apologi[sz]e|apologies|sorry)\b)/,
  'already-gave':
    /\b(?:i (?:already |just )?(?:told|gave|sent|wrote|said|put|typed|mentioned|provided|gave you)(?: (?:you|it|that|this|them|you that|you it|it to you|that to you))(?: (?:already|before|earlier|above|at the start|in my (?:first|last|previous|earlier|original) (?:message|email|msg|chat)))|i (?:already |just )?(?:gave|sent|told) you (?:the|my) (?:[\w-]+ )?(?:number|no|ref|reference|details|photos?|pictures?|address|email|postcode) (?:already|before|earlier|twice)|(?:it|that|this|the number)(?:'s| is| was) (?:already )?in my (?:first|last|previous|earlier|original) (?:message|email|msg)|(?:it|its|that|this|they|they're|theyre|(?:the|my) (?:order|booking|account|tracking|reference|ref|waybill|membership|policy|ticket|claim)? ?(?:number|no|ref|details|reference))(?:'s| is| are| was| were)? (?:already |literally |right )*in (?:my|the|your|ur|u r) (?:(?:first|last|previous|earlier|original) )?(?:tweet|tweets|post|dm|dms|inbox)\b|\b(?:ask|asking|asked|asks) (?:me )?(?:the same (?:thing|question|questions)|for (?:it|that|them|the same (?:thing|details|info|information))) again\b|\b(?:(?:unit|order|booking|account|tracking|reference|ref|room|flat|apartment|policy|ticket|member(?:ship)?) (?:number|no)|it|they|the (?:photos?|pictures?|screenshots?|details|number)) (?:is|are|was|were) (?:already |literally )?(?:in (?:the|my) (?:very )?(?:first|1st|top) (?:line|message|sentence|msg)|right there)\b|(?:as|like) i (?:already )?(?:said|told you|wrote|mentioned)(?! in the (?:delivery |order )?(?:notes|instructions|box|form))|read (?:what i (?:write|wrote|said|sent)|my (?:message|messages|first message))|scroll up|i(?:'ve| have) (?:already )?(?:given|told|sent|provided)(?: you)? (?:my|the|it|that|this)\b[^.!?]{0,30}\b(?:to (?:\w+ )?(?:different |other )?(?:people|agents|persons|of you)|twice|(?:three|four|five|\d+) times|already|before))\b/,
  recurring: /\b(?:subscription|subscriptions|subscribed|subscriber|membership|memberships|renew|renews|renewal|renewed|auto-renew\w*|plan|monthly|annual|annually|yearly|direct debit|contract|premium|free trial|trial)\b/,
  'mentions-device': /\b(?:app|apps|website|site|web ?page|browser|chrome|safari|firefox|edge|phone|iphone|android|ios|laptop|computer|pc|mac|macbook|tablet|ipad|tv|smart tv|console|xbox|playstation|switch|router|modem|wifi|wi-fi|printer|device|devices|software|windows|dashboard|portal|login page|log in page)\b/,
  'about-an-animal': /\b(?:(?:my|our|his|her|their|the) (?:(?:old|little|young|new|rescue|heading|sheep|working|family|guide|farm|show|senior|baby) )?(?:dog|dogs|cat|cats|puppy|pup|kitten|pet|pets|horse|pony|rabbit|bunny|parrot|budgie|hamster|guinea pig|ferret|tortoise)|vet|vets|veterinary|veterinarian)\b/,
  accepts: /^(?:(?:yes|yeah|yep|yup|sure|ok|okay|sounds good|that works|perfect|great|please do(?!\s+(?:some|something|your|better|more|the|a|an|not)\b)|go ahead|do it|that would be (?:great|good|lovely|helpful)|fine|thanks|thank you|alright|that's fine)\b|.*\b(?:yes please|please do(?!\s+(?:some|something|your|better|more|the|a|an|not)\b)|go ahead|sounds good|that works|that would be (?:great|good|lovely|helpful))\b)/,
  'in-store': /\b(?:in (?:the |your |a )?(?:store|shop|branch)|in-store|instore|at (?:the |your )?(?:store|shop|branch|counter)|(?:the|your|empty) shel(?:f|ves)|cashiers?|check-?out (?:guy|girl|lady|man|woman|staff|assistant)|shop assistant|store manager)\b/,
  'not-shipped': /\b(?:pre[- ]?order(?:ed|s)?|(?:going to|gonna|will) (?:be )?(?:shipped|dispatched)|(?:hasn't|has not|haven't|have not|hadn't|not|never|wasn't|was not) (?:yet |even |been |even been )*(?:shipped|dispatched|sent out|posted)|still (?:processing|being processed|preparing))\b/,
  'refund-underway': /\b(?:refund(?:ed)?\b[^.?!]{0,40}\b(?:issued|processed|approved|sent|promised|on (?:its|the) way|pending|confirmed|initiated|started|due)\b|(?:where(?:'s| is)|waiting (?:for|on)|still (?:no|not|haven't|have not|hasn't|has not)[^.?!]{0,25}?)\s*(?:my|the|a|your|our)\s+refund\b|(?:haven't|have not|not|never)\s+(?:yet\s+)?(?:received|got|gotten|seen)\s+(?:my|the|a|any|our)\s+refund\b|refund\s+(?:hasn't|has not|never|still|isn't|is not)\b|(?:said|says|told me|promised)\s+(?:i'?d|i would|i could|i can|i will|we'?d|they'?d|you'?d)\s+(?:get|be given|receive|have)\s+(?:a|my|the)\s+(?:full\s+)?refund|(?:requested|applied for|asked for|claimed|submitted)\s+(?:a\s+|my\s+|the\s+)?(?:refund|one)\b|refund (?:request|claim|form)\b)/,
  untracked: /\b(?:untracked|no tracking|not tracked|without (?:any )?tracking|(?:isn't|is not|wasn't|was not) tracked)\b/,
  'depends-on-it': /\b(?:work(?:ing)? from home|wfh|(?:client|work|important|job) (?:call|calls|meeting|meetings|interview)|(?:an? |my )?(?:exam|deadline|shift)s?\b|for (?:my )?work\b)/,
  'raises-more': RAISES_MORE,
  'nothing-more': NOTHING_MORE,
  'many-users': MANY_USERS,
  'says-locked': SAYS_LOCKED,
  'knows-reset': KNOWS_RESET,
  'says-suspended': SAYS_SUSPENDED,
  'second-factor': SECOND_FACTOR,
  'corrects-agent': CORRECTS_AGENT,
  'cannot-send-details': CANNOT_SEND_DETAILS,
  'no-account-yet': NO_ACCOUNT_YET,
  'claim-decision': CLAIM_DECIDED,
  'own-mistake': OWN_MISTAKE,
  bereaved: BEREAVED,
  'medicine-running-out':
    /\b(?:(?:one|1|only one|only 1|a single|just one|just 1)\s+(?:more\s+)?(?:dose|pen|insulin pen|vial|inhaler|injection|cartridge|tablet|pill)s?\s+(?:left|remaining)|(?:his|her|my|their|the)\s+(?:very\s+)?last\s+(?:dose|pen|insulin|insulin pen|vial|inhaler|injection|cartridge|tablets|pills|epipen)|(?:run|running|ran|runs|will run|going to run|about to run|gonna run)\s+out\s+of\s+(?:his\s+|her\s+|my\s+|their\s+|the\s+)?(?:insulin|medication|medicine|meds|inhaler|tablets|pills|epipens?)|(?:only\s+)?(?:have|has|got)\s+(?:enough|insulin|medication|medicine|meds|tablets|pills)\s+(?:for\s+)?(?:like\s+)?(?:\d+|one|two|three|a)\s+(?:more\s+)?days?\b|(?:miss|misses|missing)\s+(?:a|his|her|my|the|their|tomorrow's|tonight's|the next)\s+(?:dose|injection)|(?:no|without (?:an? |the |any )?)\s?(?:ice ?packs?|cool ?packs?|cold ?packs?|gel ?packs?)\b[^?]{0,60}\b(?:is|are) (?:it|this|that|they|the \w+) (?:still )?(?:safe|ok|okay|usable|good)\b|\b(?:insulin|vials?|vaccines?|pens?)\b[^?]{0,80}\b(?:in the heat|in the sun|warm|hot|not cold|room temperature)\b[^?]{0,60}\b(?:is|are) (?:it|this|that|they|the \w+) (?:still )?(?:safe|ok|okay|usable|good))/,
  'symptoms-now':
    /\b(?:(?:is|he's|she's|hes|shes|they're|now|already|started|getting)\s+(?:\w+\s+)?(?:shaky|confused|dizzy|unconscious|collapsed|fainted|vomiting|seizing|fitting|wheezing|unresponsive|drowsy|disoriented)|(?:having|had)\s+a\s+(?:seizure|fit|hypo|reaction|asthma attack)\s+(?:now|right now|this morning|tonight|today|just now)|(?:is|are)\s+having\s+a\s+(?:seizure|fit|hypo|reaction|asthma attack)|(?:can't|cannot|struggling to)\s+breathe)\b/,
  'in-tears': /\b(?:cried|cry(?:ing)?|in tears|burst into tears|sobb(?:ed|ing)|heartbroken|devastated|wept)\b/,
  'safe-now': /\b(?:(?:everyone|everybody|we|all of us|the kids|the children|they)(?:'s|'re| is| are)? (?:all )?(?:fine|ok|okay|safe|unhurt|home|at home)\b|(?:nobody|no one|no-one) (?:was |got )?hurt|(?:car|van)(?:'s| is) (?:on the drive|at home|parked up at home|in the garage)|(?:we|i) (?:got|made it) (?:safely )?home|(?:is|are) letting (?:me|us) stay\b|(?:we|i)(?:'ve| have)? (?:found|got) (?:a |an )?(?:room|hotel|bed|place to stay|hostel)\b|(?:we|i)(?:'m| am|'re| are) (?:now |safely )?(?:inside|indoors|in a taxi|in the hotel|at the hotel|at a hotel)|(?<=^|[.!?]\s{0,3}|@\w{1,30}\s{1,3}|\b(?:yes|yay|finally|ok|okay)\W{1,3})(?:it|the (?:locker|door|gate|box))(?:'s| is)? (?:finally )?(?:opened|open now|unlocked)\b|got (?:my|our|the) (?:jacket|coat|keys|stuff|things|parcel|bag) out)/,
  'gambling-harm': /\b(?:(?:lost|losing|spent|spending) (?:way )?(?:too|so) much (?:money )?(?:this|last|in the|on|here|gambling|betting|playing)|gambling (?:problem|addiction|habit)|addicted to (?:gambling|betting|slots|the slots|casino|poker)|problem gambl\w*|self[- ]?exclu\w*|can(?:'|no)t stop (?:gambling|betting|playing))\b/,
  // ("I AM CANCELLING. please stop the box from next week": said as done, not as a threat with an "if".)
  // (Not "not angry, just disappointed": a hurt still owed sympathy.)
  'not-angry': /\b(?:not|no(?:t| longer)?)\s+(?:angry|cross|upset|mad|annoyed)\b(?![,.]?\s+(?:just|but|only|more|mostly)\s+(?:very\s+|really\s+)?(?:disappointed|sad|hurt|frustrated|gutted|heartbroken|worried))/,
  'wants-money-back': /\b(?:give|send|pay)\s+(?:me\s+|us\s+)?(?:my|our|the)\s+(?:deposit|money|fee|payment)\s+back\b|\b(?:want|need)\s+(?:my|our|the)\s+(?:deposit|money|fee|payment|(?:[£$€¥₹₦]\s?)?\d[\d,.]*(?:\s?[a-z]{2,7})?)\s+back\b|\brefund\s+(?:me\s+)?(?:my|our|the)\s+(?:deposit|money|fee|payment|(?:[£$€¥₹₦]\s?\d|\d[\d,.]*\s?(?:eur|euros?|usd|dollars?|pounds?|gbp|kr)\b))/,
  'worried': /\b(?:i (?:actually |honestly |literally |just )?feel (?:sick|ill) (?:just )?thinking about (?:it|this|that)|(?:it|this|that) (?:terrifies|scares|frightens) me|(?:should i be|am i|i'm|i am|im) (?:(?:a bit|really|so|quite|just|very|genuinely|honestly) ){0,2}(?:worried|scared|anxious|nervous|overreacting)|(?:is|was) (?:that|this|it) something i should (?:be )?worr(?:y|ied)|(?:do|should) i (?:need to )?worry|i (?:feel|felt) (?:not safe|unsafe|scared|afraid|frightened)|i (?:don't|do not|dont) feel safe|i (?:can not|cannot|can't|cant) sleep|(?:i'm|i am|im) (?:very |so |really )?(?:scared|afraid(?! (?:i|we|you|it|that|this|the|there|not|so|to (?:say|tell|report|inform|confirm|advise))\b)|frightened|terrified)|(?:i'm|i am|im) (?:a bit |kind of |kinda |slightly |really |so |just )?(?:panick(?:ing|ed)|freaking out)|(?:quick|small|little|slight|mini|minor|bit of a|a bit of a) panic\b|panic (?:message|mode|question|msg|attack))\b/,
  'cancels-outright': /(?:\b(?:just|please|pls|plz|so|then)\s+|(?:^|[.!?]\s+))(?:cancel|close|delete)\s+(?:it|my|the|this|our|everything)\b|\bi(?:'m| am|m)\s+cancell?ing(?<!\b(?:if|unless|or)\b[^.!?]*)(?=\s*(?:[.!]|$)|\s+(?:it|my|the|this|our|everything|now|today)\b(?![^.!?]*\b(?:if|unless)\b))|\b(?:just|please|pls|plz)\s+stop\s+(?:the|my|our)\s+(?:box|boxes|subscription|membership|deliver(?:y|ies)|plan|direct debit|payments?|orders?)\b|\b(?:just|please|pls|plz)\s+(?:give|hand)\s+(?:them|it|my \w+)\s+back\s+(?:as (?:they|it) (?:are|is)|today|now|unrepaired|untouched)\b|\btake (?:my|our) (?:name|names|details|number) off (?:your|the) (?:list|books|system|mailing list)\b/,
  'wants-to-close': /\bdelete\s+(?:the|my|this|our)\s+(?:account|profile|membership)\b|\b(?:close|cancel|terminate|end)\s+(?:it|my|the|this|our)\b(?!\s+(?:order|parcel|delivery|booking|flight|claim|ticket|case|chat|complaint)\b)|\b(?:want|get|let me) out of (?:my|the|this|our) (?:contract|membership|plan|subscription|agreement)\b|\b(?:process|go ahead with|proceed with|confirm|do)\s+(?:the|my|our)\s+cancell?ation\b(?!\s+(?:of|for)\s+(?:the|my|our)\s+(?:order|parcel|delivery|booking|flight))|\b(?:want|need|like|get)\b[^.!?]{0,40}\b(?:account|membership|subscription|plan|contract)\s+(?:closed|cancell?ed|deleted|terminated)\b/,
  hurt: /\b(?:i(?:'m| am| was| got| have been|'ve been)\s+(?:badly\s+|a bit\s+|quite\s+|really\s+|all\s+)?(?:hurt|injured|bruised|burned|burnt|concussed)|i\s+(?:went|crashed|slammed|ran|flew)\s+(?:straight\s+)?into\s+(?:a|the)\s+(?:parked\s+)?(?:car|van|wall|tree|pole|lamp ?post|post|bollard|truck|bus|ditch|barrier)|i\s+fell (?:off|from) (?:my|the) (?:bike|scooter|ladder|chair|horse)|broke my (?:arm|wrist|leg|ankle|nose|finger|hand|ribs?|collarbone|tooth|teeth)|i\s+(?:ended up|was taken|went) (?:in|to) (?:hospital|a&e|the er|casualty|the emergency room)|i (?:needed|got|had) stitches|i (?:have|had|got) (?:a )?concussion)\b/,
  // ("i dont want another sorry, i want a time. if he is not coming tell me now": the 145th reading's blind ten.)
  // ("I want to know what you are going to DO": the same, asked as a statement; the 204th reading's blind twenty.)
  'asks-what-we-do': /\bwhat (?:(?:are|r) (?:you|u|you people|you guys)|(?:you|u) (?:are|r|'re)) (?:actually |even )?(?:going to|gonna) do\b(?! (?:about (?:the|my) (?:review|complaint)|next time)\b)/,
  'refuses-stalling': /(?:\b(?:not|no more|stop|enough|instead of|more than)\s+['"‘“]?(?:checking|looking into it|investigating)\b|['"‘“](?:checking|let me check|looking into it|investigating)['"’”]|\bchecking[,.!]*\s+checking\b|\b(?:said|saying|been|keep|keeps|kept|still|always) (?:just )?['"‘“]?checking\b(?!\s+(?:my|the|your|his|her|their|our|it|in|on|out|with|for)\b)[^.!?]{0,20}(?:\d+|already|for ages|all day|hours|minutes|again))/,
  'demands-answer': /\b(?:(?:that'?s |thats |that is )?not an? (?:actual|real|exact|proper) (?:[\w-]+ )?(?:time|date|eta|answer)\b|(?:i )?(?:want|need) (?:a|an|the) (?:exact |real |proper |clear |firm )?(?:time|eta|arrival time|date(?: and (?:a |an |the )?(?:time|hour))?)(?=\s*[.!,]|\s*$| (?:now|please|not|today|tonight|by)\b)|(?:give|tell) me (?:a|an|the) (?:exact |real )?(?:time|eta)\b|yes or no|(?:just |only )?need to know honestly|tell me (?:honestly|honest|the truth)|be honest with me|(?:possible|allowed|happening|refundable|covered|coming|arriving|delivered) or not|answer (?:me )?(?:clearly|properly|straight|honestly)|a (?:straight|direct|clear|simple|real|proper|honest) answer|(?:want|need) an answer|just answer|(?<!\b(?:nobody|no one|noone|no-one|never|not|didn't|doesn't|don't|won't|dont|didnt|responsible to|in charge to|senior to)\s)answer (?:me|the question|my question)|(?:it's|it is|its) a simple question|(?:that's|that is|thats) the whole (?:ask|question)|(?:that's|that is|thats) all i (?:want|ask)(?= (?:from|of) you| now|\s*[.!]|\s*$)|or not(?=\s*\?)|all i(?:'m| am)? ask(?:ing)? (?:for|is)|just (?:tell|give) me (?:a|an|the) (?:real |actual |exact |proper |straight )?(?:time|date|day|eta)|just tell me (?:(?:when|how much|how long|whether|if) (?:i|i'll|i will|it|it's|it will|you|you'll|you will|we|the|my)\b|what (?:i|we) (?:need to|have to|should|must) do\b|straight\b)|a (?:real|actual|proper|exact) (?:time|date|eta)(?=\s*[.!?]|\s*$)|(?<=(?:^|[.!?]\s{0,3}))(?:a|the) (?:date|time|day)(?=\s*[.!]*\s*$))\b/,
  // (The 203rd reading's blind twenty offered "a replacement to be sent to you" for a TV cracked in a house move.)
  'moved-by-us': /\b(?:removals?(?: company| firm| men| crew| team| van| truck)?|removalists?|movers|moving (?:company|firm|crew|day|van|truck)|(?:the|our|my|a) (?:house |home |office )?move\b|unload(?:ed|ing)|(?:packed|loaded) (?:the|your) (?:truck|van|lorry))\b/,
};

const AGENT_PATTERNS: Record<AgentCue, RegExp> = {
  'found-cause':
    /\b(?:i can see (?:a|an|the) (?:freeze|hold|block|lock|flag|suspension|restriction)|(?:the|our) system (?:substituted|replaced|swapped|cancell?ed|flagged|blocked|charged) |(?:was|were) out of stock (?:at|in) (?:the|our)|(?:the|that's the) (?:reason|cause)(?: is| was|'s)|(?:it's|it is|it was|this is|that's) (?:because|caused by|down to)|(?:that's|that is|this is|which is|which was|that was) why (?:it|your|his|her|their|the|you)|there(?:'s| is) (?:a|an) (?:freeze|hold|block|lock|suspension|restriction) on|(?:that|this) (?:pattern|error|message) (?:is|usually means|normally means) (?:almost always|usually|normally|typically|most likely|probably)?|(?:is|are) (?:almost always|usually|normally|typically|most likely|probably) (?:caused by|because|due to|down to)|(?:was|were|has been|have been|got) (?:automatically )?(?:suspended|locked|blocked|flagged|frozen|declined|held|stopped|restricted) (?:by (?:our|the)|because|due to|after)|(?:line test|test|check|diagnostic|report|logs?) (?:shows|showed|found|finds|has found) (?:a|an|the) (?:fault|problem|issue|error))\b/,
  'gave-tracking': /\b(?:tracking (?:shows|says|number|link|info|information|details|is)|(?:your|the) (?:order|package|parcel|item|delivery|shipment) (?:is|was|has been|shows as|is currently) (?:delivered|dispatched|shipped|out for delivery|on (?:its|the) way|in transit|scheduled|with (?:the )?courier|at (?:the|your|our)|due|expected)|(?:out for delivery|in transit)|expected (?:delivery|to (?:arrive|be delivered))|estimated (?:delivery|arrival)|should (?:arrive|be delivered|be with you) (?:by|on|tomorrow|today|within))\b/,
  'has-case': /\b(?:i(?:'ve| have) (?:found|located|pulled up) (?:booking|order|account|reservation|claim|policy|ticket|invoice) #?[a-z]*-?\d|i(?:'ve| have) (?:found|located|pulled up|got) it\b|(?:we|i)(?:'ve| have) (?:now |just )?checked\b|i (?:can )?see what (?:happened|went wrong)|i can see (?:you're|you are|you've|you have|you on (?:there|the (?:policy|account|booking|system)))\b|i(?:'ve| have) (?:found|located|pulled up|checked|looked (?:at|into)|reviewed|got) (?:your|the) (?:account|order|booking|case|details|reservation|ticket|file|records?|workspace|subscription|claim|application|policy|bill|invoice|payment|transaction|transfer|return record|delivery)|i can see (?:your|the|that|this|on|\d[\d,.]*|[a-z]{1,4}-?\d[\w-]*|two|three|four|five|six|several|some|both|all)\b|(?:looking|i'm looking|i am looking) (?:at|into) (?:your|the) (?:account|order|booking|case|reservation)|(?:your|the) (?:account|order|booking|reservation) (?:shows|says|notes)|on your (?:account|order|booking|case) i (?:see|can see)|i see (?:that )?(?:your|the) (?:account|order|booking|payment|charge))/,
  refused: /\b(?:there(?:'s| is) nothing (?:more |else )?(?:i|we)(?:'m| am|'re| are)? (?:can|able to) do|(?:we|i)(?:'re| are|'m| am)? (?:unable|not able) to|(?:we|i) (?:can't|cannot|can not|won't be able to|are not allowed|aren't allowed|'re not allowed|am not allowed|'m not allowed)|(?:isn't|is not) something (?:we|i) (?:can|have|are able)|(?:against|per|due to) (?:our )?policy|(?:our|the) policy (?:is|doesn't|does not|says)|not possible|there(?:'s| is) nothing (?:further|more|else) (?:i|we) can do|(?:can't|cannot|can not|won't|will not) be (?:cancell?ed|refunded|changed|reversed|waived|removed|returned|exchanged|transferred|frozen|paused|moved|amended|credited)|can only be (?:actioned|done|made|changed|cancell?ed|requested|authori[sz]ed|approved) by|only the (?:named )?(?:account ?holder|account owner|card ?holder|policy ?holder|bill payer|lead passenger)|(?:is|are) non-?refundable)\b/,
  'own-action': new RegExp(
    String.raw`\b(?:i(?:'ve| have| will|'ll| just| am|'m)|we(?:'ve| have| will|'ll| are|'re)) (?:now |just |already |gone ahead and |going to |personally )?(?:${ACTS}|sent|issued|arranged|refunded|processed|escalated|raised|logged|reported|booked|scheduled|cancelled|canceled|credited|reset|removed|reversed|waived|passed|forwarded|opened|filed|submitted|requested|applied|added|updated|fixed|sorted|shared|flagged|raising|logging|sending|issuing|arranging|processing|escalating|requesting|opening|passing|forwarding|reaching|reach|contact|contacting|follow|following|ring|ringing|call|calling|phone|phoning|chase|chasing|put in|put through|lodged|placed)\b`,
  ),
  checking: /\b(?:let me (?:check|look|see|have a look|take a look|find out|pull up|dig)|(?:i'm|i am|we're|we are) (?:checking|looking into|looking at|digging into|reviewing|going through)|(?:checking|looking into) (?:this|that|it|your|the) (?:now|for you|right now)|(?:(?:we|i)(?:'ll|\s+will)|\band\s+will)\s+(?:follow up|get back to you|be in touch|reach out to you|come back to you)\b(?!\s+(?:if|once|when|in case)\b))\b/,
  'offers-action': new RegExp(String.raw`\b(?:i can|we can|i could|we could|shall i|should i|would you like (?:me|us) to|i'd be happy to|happy to) (?:also |now |then |just )?(?:${ACTS}|arrange|issue|process|book|schedule|raise|log|open|offer|set up|request|reship)\b`),
  'cannot-see-account':
    /\b(?:(?:we|i)(?:'re| are|'m| am)? (?:unable to|not able to)|(?:we|i) (?:can't|cannot|can not|don't|do not)(?: have)?) (?:access|view|see|look (?:at|into|up)|pull up|check)(?: to)? (?:any |your |the )?(?:account|personal|order|booking|payment|billing)(?: \w+)? (?:info(?:rmation)?|details|data|records|here|via|on|over|through|from)\b/,
  'gave-steps':
    /\b(?:(?:please |could you |can you |you can |you could |if you )?(?:try|trying) (?:restarting|rebooting|resetting|reinstalling|uninstalling|updating|clearing|deleting|logging out|signing out|logging in again|turning (?:it|your|the)|unplugging|power[- ]?cycling|switching (?:it|your|the))|(?:please )?power[- ]?cycle|(?:please )?(?:restart|reboot|reset|reinstall|unplug) (?:your|the|it)\b.{0,40}\b(?:and|then) (?:try|see|check|let us know)|(?:follow|try|go through) (?:these|the|our|this) (?:steps|guide|article|troubleshooting)|(?:these|the following|some|a few) (?:troubleshooting )?steps|troubleshooting (?:steps|guide|article|tips))\b/,
};

// Every message is read for every cue of its side: most lack all the words a cue needs, and one
// pass over the text tells which cues may match before any pattern runs.
interface CuePatterns<C extends string> {
  cues: C[];
  patterns: RegExp[];
  /**
   * What gates them, in groups of 31 (a bit each): the first 31 cues (and the extra patterns), then
   * each next 31. All groups are told in one pass.
   */
  groups: GatedPattern[][];
}

// A gate's group holds a bit per pattern, 31 at most.
const GATED = 31;

function cuePatterns<C extends string>(byCue: Record<C, RegExp>, more: readonly RegExp[] = [], strings: Partial<Record<C, readonly string[]>> = {}): CuePatterns<C> {
  const cues = Object.keys(byCue) as C[];
  const patterns = cues.map((cue) => byCue[cue]);
  if (patterns.length + more.length > GATED && more.length > 0) throw new RangeError('cue patterns: extra gated patterns need the first bits');
  const groupOf = (from: number) => cues.slice(from, from + GATED).map((cue, i) => strings[cue] ?? patterns[from + i]!);
  // Every cue gated: a cue past the gated ones ran on every message, its words there or not.
  const groups: GatedPattern[][] = [];
  for (let from = 0; from < cues.length; from += GATED) groups.push(groupOf(from));
  groups[0]!.push(...more);
  return { cues, patterns, groups };
}

// Strings one of which every match holds, for the cues whose own (read from the pattern) are too
// common or unknown: "knows-location" yields none, "about-an-animal" "my " and "the ". Each list
// is the pattern's places (or animals) and what its other choices write.
const CUSTOMER_CUE_STRINGS: Partial<Record<CustomerCue, readonly string[]>> = {
  'moved-by-us': ['removal', 'movers', 'moving ', ' move', 'unload', 'packed the', 'loaded the', 'packed your', 'loaded your'],
  'cancels-outright': ['cancel', 'close', 'delete', 'stop ', ' back ', ' off '],
  'not-angry': ['angry', 'cross', 'upset', ' mad', 'annoyed'],
  'worried': ['worr', 'scared', 'anxious', 'nervous', 'overreact', 'safe', 'afraid', 'frightened', 'terrified', 'sleep', 'panic', 'freaking', 'thinking about', 'terrifies', 'scares me', 'frightens'],
  'wants-money-back': [' back', 'refund'],
  'gambling-harm': ['too much', 'so much', 'gambl', 'betting', 'exclu', 'addicted', 'stop '],
  'medicine-running-out': ['dose', 'pen', 'insulin', 'inhaler', 'medic', 'meds', 'tablet', 'pill', 'vial', 'injection', 'cartridge', 'epipen', 'ice pack', 'icepack', 'cool pack', 'coolpack', 'cold pack', 'gel pack', 'vaccine'],
  'symptoms-now': ['shaky', 'confused', 'dizzy', 'unconscious', 'collapsed', 'fainted', 'vomiting', 'seizing', 'fitting', 'wheezing', 'unresponsive', 'drowsy', 'disoriented', 'seizure', 'fit ', 'hypo', 'reaction', 'asthma', 'breathe'],
  'in-tears': ['cried', 'cry', 'tears', 'sobb', 'heartbroken', 'devastated', 'wept'],
  'safe-now': ['fine', 'ok', 'safe', 'unhurt', 'home', 'hurt', 'drive', 'garage', 'letting', 'found', 'got a', 'got an', 'inside', 'indoors', 'taxi', 'hotel', 'opened', 'open now', 'unlocked', ' out'],
  'knows-location': ['depot', 'warehouse', 'sorting', 'post office', 'facility', 'hub', 'customs', 'distribution', 'left ', 'neighbo'],
  'about-an-animal': ['dog', 'cat', 'pup', 'kitten', 'pet', 'horse', 'pony', 'rabbit', 'bunny', 'parrot', 'budgie', 'hamster', 'guinea pig', 'ferret', 'tortoise', 'vet'],
  // Its backreference ("€85 and €85") hides its strings from the reader: its words, or a currency sign.
  'double-charged': ['twice', 'double', 'two times', 'duplicate', '2 charges', 'two charges', '2 identical', 'two identical', '€', '$', '£'],
  // (Every alternative's words: the cue is read on few messages, not on all.)
  'urgent-now': ['till', 'checkout', 'check-out', 'counter', 'pump', 'behind me', 'stranded', 'stuck', 'need ', 'how do i get', 'where do i go', 'which ', 'missed', 'midnight', 'clos', 'sleeping on', 'standing'],
  'raises-more': ['detail', 'other thing', 'more thing', 'another thing', 'other question', 'more question', 'another question', 'other issue', 'more issue', 'another issue', 'other problem', 'more problem', 'another problem', 'other matter', 'more matter', 'while i', 'more small', 'more quick', 'more little', 'more tiny', 'more last', 'other small', 'other quick', 'another small', 'another quick', 'another little', 'another tiny', 'last thing', 'last question', 'last q', 'last one', 'one q', 'quick q', 'question only', 'one question', 'one quick question', 'one small question', 'one little question', 'thing more', 'question more', 'questions more', 'things more'],
  'nothing-more': ['nothing', 'all i', 'anything else', 'anything more', 'needed', 'everything', 's all', 'is all', 'to close', 'can close'],
  'many-users': ['users', 'staff', 'employees', 'members', 'agents', 'people', 'seats'],
  'says-locked': ['locked', 'blocked', 'suspended', 'disabled', 'deactivated'],
  'knows-reset': ['reset', 'forgot', 'changed', 'new password'],
  'says-suspended': ['suspended', 'banned', 'deactivated', 'disabled', 'terminated', 'temporar', 'security', 'fraud'],
  hurt: ['hurt', 'injured', 'bruised', 'burned', 'burnt', 'concussed', 'into a', 'into the', 'fell off', 'fell from', 'broke my', 'broke his', 'broke her', 'hospital', 'a&e', 'the er', 'casualty', 'emergency room', 'stitches', 'concussion'],
  'second-factor': ['factor', '2fa', '2-fa', '2 fa', 'step', 'code', 'otp', 'one time', 'one-time', 'authenticator'],
  'corrects-agent': ['did not charge', 'did not dispute', 'did not raise', 'did not cancel', 'did not share', 'did not type', 'did not enter', 'did not request', 'did not order', 'did not use', 'did not book', 'did not sign', "didn't charge", "didn't dispute", "didn't raise", "didn't cancel", "didn't share", "didn't type", "didn't enter", "didn't request", "didn't order", "didn't use", "didn't book", "didn't sign", 'never charge', 'never dispute', 'never raise', 'never cancel', 'never share', 'never type', 'never enter', 'never request', 'never order', 'never use', 'never book', 'never sign', 'telling me', 'tell me', 'misunderstanding', 'not really', 'not my', 'not our', 'not the', 'not what', 'not right', 'not correct', 'not true', 'not say', 'not ask', 'never say', 'never said', 'never ask', 'think that', 'think thats', 'the wrong', "else's", 'another person', 'another customer', 'a different', ' again', 'been to', 'rent', 'booked', 'ordered'],
  'cannot-send-details': ['dm', 'message', 'send', 'posting', 'post ', 'sharing', 'share', 'putting', 'giving', 'give '],
  'no-account-yet': ['account', 'login'],
  'claim-decision': ['claim', 'appeal'],
  'own-mistake': ['my mistake', 'my fault', 'my error', 'my own', 'my bad'],
  // Too many strings for the reader (its choices multiply): one word of each choice, so the pattern
  // runs only on a message holding one (most hold none) rather than on every message.
  'tried-fixes': ['boot', 'restart', 'install', 'download', 'power cycl', 'unplug', 'reset', 'cache', 'cookies', 'app', 'device', 'browser', 'phone', 'computer', 'everything', 'steps', 'troubleshooting', 'right now', 'as we speak', 'checked'],
  bereaved: ['passed', 'only place', 'would have been', "would've been", "'s urn", 'his urn', 'her urn', 'their urn', 'memory box', 'died', 'death', 'funeral', 'cremation', 'burial', 'coffin', 'casket', 'mortuary', 'morgue', ' body', 'bereave', 'late', 'stone', 'lost', 'miscarr', 'alive', 'lifeless', 'birth', 'born', 'baby', 'pregnancy', 'put to sleep', 'euthanas', 'ashes', 'wake up', 'woke up', 'no breath', 'no pulse', 'no heartbeat'],
  // Their strings as read hold "want", "need", "tell" or "don't", in most customer messages: a word
  // of each choice (a time, a date or an ETA asked for, "yes or no", "honest", "… or not", an answer …).
  'demands-answer': ['time', 'eta', 'date', 'yes or no', 'honest', 'truth', 'or not', 'answer', 'simple question', 'the whole', 'all i', 'just tell me', 'just give me', 'a day', 'the day'],
  'wants-nothing': ['care', 'mind', 'need anything', 'need your help', 'need help', 'or anything', 'worry', 'bother', 'forget', 'nvm', 'whatever', 'for anything', 'for help', 'just saying', 'just venting', 'just letting', 'no need to do', 'needs doing', 'no need for', 'next time', 'feedback', 'suggestion', 'future reference', 'needed', 'mentioning', 'just pass', 'necessary', 'required', 'wanted'],
  'pressed-for-time': ['right now', 'asap', 'urgent', 'immediately', 'emergency', 'need it', 'need this', 'need them', 'needed it', 'needed this', 'needed them', 'losing ', 'today', 'tonight', 'this week', 'tomorrow'],
};

// The same for the agent's cues whose strings, as read, are in most agent messages ("that",
// "order", "account"): a word of each choice, so their patterns run only on a message holding one.
const AGENT_CUE_STRINGS: Partial<Record<AgentCue, readonly string[]>> = {
  // "i can see a freeze", "system", "out of stock", "the reason/cause", "because/caused by/down to",
  // "that's why", "there's a hold on", "this error is", "due to", "were suspended by", "shows a fault".
  'found-cause': ['i can see', 'system', 'out of stock', 'reason', 'cause', 'down to', 'why ', "there's a", 'there is a', 'pattern', 'error', 'message', 'due to', 'suspended', 'locked', 'flagged', 'frozen', 'declined', 'held', 'stopped', 'restricted', 'fault', 'problem', 'issue'],
  // "tracking …", what the order is or was ("delivered", "on its way", "at the depot", "due"), "expected",
  // "estimated", "should arrive".
  'gave-tracking': ['tracking ', 'delivered', 'dispatched', 'shipped', 'for delivery', 'its way', 'the way', 'transit', 'scheduled', 'courier', 'at the', 'at your', 'at our', 'due', 'expected', 'estimated', 'should '],
  // "I've found/located/pulled up/got/checked/looked at/reviewed", "see what happened", "I can see",
  // "looking at", "the account shows/says/notes", "on your account I see", "I see your".
  'has-case': ['found', 'located', 'pulled up', "'ve got", 'have got', 'checked', 'see what', 'i can see', 'looked', 'reviewed', 'looking', 'shows', 'says', 'notes', 'on your', 'i see '],
};

export function customerCuesOf(text: AnalyzedText): Set<CustomerCue> {
  // The cues' groups and the cues behind words, from one pass over the message (`CUSTOMER_GATES`).
  CUSTOMER_GATES.mayMatchEach(text.normalized, customerBits);
  // Its words are everywhere, so the gate lets nearly every message through; where it ends tells.
  if ((customerBits[0]! & UNFINISHED_BIT) !== 0 && !mayEndUnfinished(text.normalized)) customerBits[0]! &= ~UNFINISHED_BIT;
  const behind = customerBits[BEHIND_GROUP]!;
  const cues = cuesOf(text, CUSTOMER, customerBits);
  // Reporting what someone else said ("he said 'no problem, don't worry'") is not wanting nothing:
  // read only when the cue matched, so the reported-speech search costs nothing on other messages.
  if (cues.has('wants-nothing') && !WANTS_NOTHING_UNREPORTED.test(text.normalized)) cues.delete('wants-nothing');
  // "are you a bot or": the question trails off on purpose; it is finished.
  if (cues.has('unfinished') && TRAILING_TAUNT.test(text.normalized)) cues.delete('unfinished');
  // Tears of joy ("the quality is beautiful, my mam cried") are no hardship.
  // (In the sentence that cries: "the picture of happy dog from your template. I cannot open my mail
  // without crying" is grief.)
  if (cues.has('in-tears') && text.normalized.split(/[.!?]+/).some((sentence) => TEARS_OF_JOY.test(sentence) && CUSTOMER_PATTERNS['in-tears'].test(sentence))) cues.delete('in-tears');
  // A loss long past, named in passing ("My late wife always handled this side of things", "The
  // piano was my late husband's"): no news to condole on, unless the case is the affairs they left
  // ("my late husband's account is still being billed").
  if (cues.has('bereaved') && LATE_ONE.test(text.normalized) && !BEREAVED.test(text.normalized.replace(LATE_ONES, '')) && !AFFAIRS_LEFT.test(text.normalized)) cues.delete('bereaved');
  // A transfer that failed ("my blood test yesterday after our second transfer… It's negative"): a loss,
  // mourned as one (the 215th reading's blind twenty had "sorry for the trouble", then "let me look into this").
  if (text.normalized.includes('negative') && TRANSFER_FAILED.test(text.normalized)) cues.add('bereaved');
  // Banter is joking without the "lol" tacked onto a complaint: every banter word is a joking one,
  // so it is read only when joking matched.
  const all: Set<CustomerCue> = cues;
  if (cues.has('joking') && BANTER.test(text.normalized)) all.add('banter');
  // The cues read behind their own words, all words found in the same pass (a search per cue cost more).
  if (behind !== 0) for (let i = 0; i < BEHIND_WORDS.length; i++) if ((behind & (1 << i)) !== 0 && BEHIND_WORDS[i]![1].test(text.normalized)) all.add(BEHIND_WORDS[i]![0]);
  if (all.has('unsafe-stranded') && !STRANDED_ON_A_ROAD.test(text.normalized)) all.delete('unsafe-stranded');
  // Out in the cold, stuck where they were to be met: as unsafe as a roadside, its own wording.
  // (Not cold at home, the heating out: "it is -15 outside and I have my 2 year old" is no one out there.)
  if (all.has('stranded-in-cold') && COLD_AT_HOME.test(text.normalized)) all.delete('stranded-in-cold');
  if (all.has('stranded-in-cold')) all.add('unsafe-stranded');
  // "close it here or in the branch?": a choice of how to cancel, asked, is no cancelling (the 155th
  // reading's blind twenty); "can you please cancel my plan?" still asks for it.
  if (all.has('cancels-outright') && !sentencesOf(text.normalized).some((sentence) => !CHOICE_ASKED.test(sentence) && CUSTOMER_PATTERNS['cancels-outright'].test(sentence))) all.delete('cancels-outright');
  return all;
}

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/);
const CHOICE_ASKED = /\bor\b[^.!?]*\?\s*$/;

const LATE_ONE = new RegExp(String.raw`\b(?:my|our) late ${CLOSE_ONES}`);
const LATE_ONES = new RegExp(LATE_ONE.source, 'g');
// What someone who died left to settle: their account, name, estate, letters still sent to them.
const AFFAIRS_LEFT = new RegExp(
  String.raw`\b(?:in (?:his|her|their) name|late ${CLOSE_ONES}'s (?:name|account|estate|policy|plan|subscription|loan|contract|membership|debts?|bills?|card|pension|phone|mobile|line)|(?:his|her|their) (?:account|estate|policy|subscription|loan|contract|membership|debts?|pension)|estate|probate|executor|(?:addressed|written|sent) to (?:him|her)|still (?:being )?(?:charged|billed|debited|sent))\b`,
);
const TRANSFER_FAILED = /\b(?:transfer|ivf|icsi|embryos?|beta|pregnancy test|hcg)\b[^]{0,160}?\b(?:it'?s|it is|it was|was|came back|result (?:is|was)|results? (?:are|were)) negative\b/;
const TEARS_OF_JOY = /\b(?:beautiful|gorgeous|lovely|stunning|amazing|perfect|happy|joy|thrilled|delighted|over the moon)\b/;

// Praise passed on ("Please just pass it on to her manager", "I just wanted someone to know", "u guys
// r the best"), read only when a word every match holds is there.
// ("ah ta v much, thats brill 👍… tbh didnt expect it sorted that fast 😊": the 186th reading's blind
// twenty met the thanks with a promise to follow up by email.)
const PRAISE =
  /\b(?:thank you for being (?:so |really |very )?(?:patient|kind|helpful|lovely)|(?:you have|you've|you were|you) (?:been )?(?:a great|a real|such a|a big|so much) help|(?:can you |could you |please )?pass it on or give (?:him|her|them) a (?:star|shout[- ]?out|gold star|bonus|rating)|give (?:him|her|them) a (?:gold star|shout[- ]?out|raise|bonus)|(?:he|she|they) (?:was|were) (?:so|really|very|super) (?:sweet|kind|lovely|patient|helpful|nice)\b(?= about| with| to| and|[.!,]|\s*$)|(?:thank you|thanks)\b[^.!?]{0,30}\byou (?:were|have been|'ve been) (?:so|really|very|super) (?:sweet|kind|lovely|patient|helpful|nice)\b|nothing went wrong|pass (?:it|this|that|my thanks|them|these words) on to (?:her|his|their|the) (?:manager|boss|team|supervisor|line manager)|(?:i )?just wanted (?:someone|somebody|you|you guys|y'all|you all) to know(?: how| that (?:she|he|they) (?:was|were|went)|\s*[.!]*\s*$)|this (?:isn't|is not) a complaint(?: for once)?|you deserve a (?:raise|medal|pay rise|promotion|bonus)|(?:(?:you|u) (?:guys |lot |all |people )?(?:are|r|re)|ur|you're|youre) (?:the best|amazing|legends?|stars|superstars|brilliant|awesome)(?!\s+(?:at|of|in|for)\b)(?![^.!?]{0,12}\b(?:not|jk)\b)|you(?:'ve| have)? (?:just )?saved my (?:day|friday|weekend|life|job|bacon|skin)|(?:that'?s|thats|that is) (?:brill|brilliant|amazing|fab|fantastic|ace|class)\b(?![^.!?]{0,12}\b(?:not|jk|but)\b)|(?:didn'?t|didnt|did not|never) expect(?:ed)? (?:it|that|this|you) (?:to (?:be |get )?)?(?:sorted|fixed|done|resolved|solved|to sort it|to fix it) (?:that|so) (?:fast|quick|quickly|soon))\b/;

// A question left hanging on purpose: "are you a bot or", "is anyone actually reading these or".
const TRAILING_TAUNT = /\b(?:bot|robot|human|real|serious|joking|kidding|reading (?:this|these|my messages)|listening|there)\s+or\s*[?.!]*$/;

// Credit refused, or the money itself asked for: read only when a word every match holds is there.
const REFUSES_CREDIT =
  /\b(?:(?:don't|do not|dont|won't|will not|not) (?:want|accept|accepting|take|taking) (?:your |a |the |any |more |store |some |discount |promo )*(?:credit|voucher|points|gift card|discount|code|coupon)s?|(?:don't|do not|dont|won't|will not) (?:want|accept|take) (?:your |the |any |more |some )?(?:[\w-]+ )?(?:cash|wallet|coins|balance)\b|not (?:(?:a|some|store) )?(?:credit|vouchers?|coupons?)\b(?! card)|back (?:on|to|onto) my (?:card|bank|credit card|debit card)\b|(?:proper|actual|real|full|cash) refund|refund (?:back )?(?:to|on|onto) my (?:card|account|bank|credit card|debit card)|refunded (?:back )?(?:to|on|onto) (?:the|my|our) (?:card|bank|credit card|debit card)|credit (?:means|doesn't work|does not work|won't work|will not work|is no good|isn't an option|is not an option|doesn't help|does not help))/;

// Gone elsewhere: read only when a word every match holds is there (most messages have none).
const GONE_ELSEWHERE = /\b(?:(?:i've|i have|we've|we have) (?:already |just )?(?:gone|moved) (?:over )?to (?!the\b|you\b|your\b|my\b|a\b|bed\b|work\b|sleep\b)|(?:switched|moved) (?:over )?to (?:another|a different) (?:provider|bank|network|company|carrier|shop|store|supplier)|went to [\w ]{2,30} instead\b|(?:ordered|bought|got) the (?:exact )?same (?:[\w-]+ ){0,3}?(?:from|at|on) (?!you\b|your\b|this\b|the same\b|our\b)|(?:bought|ordered|got) (?:it|one|them|another) (?:elsewhere|somewhere else)|(?:cancelled|canceled) (?:my|the) order and (?:gone|went|bought|ordered)|(?:^|[.!?]\s*|\bjust |\bi've |\bi have )(?:cancelled|canceled) (?:my|the) (?:[\w-]+ )?(?:membership|subscription|account|plan|contract))/;
// A calm decision to take another offer ("Thanks, but no… I'll go with the other one"): not gone
// yet, and what they still ask (no auto-renewal) wants doing, not sympathy.
const CHOOSES_OTHER =
  /\b(?:(?:i'll|i will|i'm going to|i am going to|i'm gonna|we'll|we will) go|(?:i'm|i am|we're|we are) going) with (?:the other (?:one|quote|offer|insurer|provider|company|bank|network|supplier|policy|plan)|another (?:insurer|provider|company|bank|network|supplier|carrier)|the (?:cheaper|new|other) (?:one|quote|offer|insurer|provider))\b/;
// Left out of the order: nothing wrong arrived, so nothing goes back.
const MISSING_ITEM =
  /\b(?:forgot|forget|forgotten|failed) to (?:put|pack|include|add|give me|send)\b|\b(?:missing|left out) (?:from|of) (?:my|the|our) (?:order|bag|box|parcel|package|delivery|meal)\b|\b(?:wasn't|was not|weren't|were not|isn't|is not|not) in (?:my|the) (?:bag|box|order|parcel|package|delivery)\b|\b(?:didn't|did not) (?:come|arrive) (?:with|in) (?:my|the) (?:order|bag|box|parcel|package|delivery)\b/;
// The update promised, not come: "No update.", "still no call back", "another promise!", "nobody got back to me",
// "I don't want another phone call where someone says they'll 'look into it'".
const UPDATE_MISSED =
  /(?:^|[.!?]\s*|\b(?:and|but|still|yet|now)\s+)(?:still\s+)?no (?:update|updates|call ?back)(?=\s*(?:[.!?,]|$|yet|from|since))|\banother promise\b|\b(?:don't|do not|dont) want (?:another|any more|more) (?:phone )?(?:call ?-?backs?|calls? back|promises?|calls?)\b|\b(?:says?|said|saying) (?:they'll|they will|we'll|we will|he'll|she'll|you'll|they'd|he'd|she'd)\s+['"“‘]?look into it\b|\bwould call (?:me |you )?back['"”]?,? and (?:nobody|no one|no-one|noone) did\b|\b(?:that|this) is exactly what happened (?:yesterday|last time|before|last week|on \w+day)\b|\b(?:nobody|no one|no-one) (?:has )?(?:updated|got back to|called|rang) me\b|\bnever (?:got|had) (?:the|an?|any) (?:update|call ?back)\b|\b(?:is|was|that's|thats) exactly what (?:the|your|you|he|she|they|someone|somebody)\b[^.!?]{0,40}\b(?:said|told me|wrote|promised)\b|\b(?:that's|thats|that is) what (?:you|they|he|she|your [\w-]+)(?: all| people)? (?:said|say|told me|promised)(?: me)? (?:last|yesterday|before|every|the last|on)\b/;
// A call asked for: "can somebody call me instead?", "pls just ring me", "I'd rather you phoned me".
const ASKS_FOR_CALL =
  /\b(?:(?:can|could|would|will) (?:somebody|someone|anyone|you|u|one of you) (?:please |pls |just )?(?:call|ring|phone) me|(?:please|pls|plz|just) (?:call|ring|phone) me|(?:i'd|i would) (?:rather|prefer) (?:a call|you (?:call|rang|phoned) me|to be called)|can i (?:get|have) a call(?: ?back)?)\b(?! back (?:later|tomorrow|next))(?=\s*(?:[.!?,;:]|$|on\b|at\b|instead\b|back\b|asap\b|now\b|today\b|please\b|pls\b|when\b|\d|\+))/;
// "stop the emails and the sms with free spins", "no more texts", "just stop everything", "take me off your list".
const CONTACT_STOPPED =
  /\bstop (?:the |all the |all |your |sending (?:me )?(?:the |any )?)?(?:emails?|e-mails?|sms|texts?|messages|reminders|calls|letters|notifications|marketing|spam)\b|\bno more (?:emails?|e-mails?|sms|texts?|messages|reminders|calls|letters|marketing)\b|\b(?:just )?stop everything\b|\btake (?:me|us|him|her|them|his (?:name|number)|her (?:name|number)) off (?:your|the) (?:list|mailing list|system)\b|\bself[- ]exclu\w*/;

// Stuck by a road, or out at night, in danger: traffic close by, the dark coming, children with
// them ("It is getting dark, I have my two kids in the car and trucks are passing at 100 next to us").
// Only with the road or the breakdown named in the same message (`STRANDED_ON_A_ROAD`).
const DANGER_ON_THE_ROAD =
  /\b(?:(?:it's|it is|its) (?:getting|already|nearly|almost) dark|in the dark|(?:trucks|lorries|cars|traffic|buses) (?:are |is )?(?:passing|flying|speeding|racing|going|whizzing|rushing) (?:past|by|at|right|next|inches|so)|hard shoulder|side of the (?:road|motorway|highway|freeway)|(?:my |the )?(?:kids|children|baby|toddler|little ones) (?:are )?(?:in|with me in) the (?:car|van|back)|(?:no|with no|without) (?:street ?lights?|phone signal|signal)|(?:i'm|i am|we're|we are) (?:scared|terrified|frightened))\b/;
// Stuck out in the cold, where no one came or the door stayed shut: "it is -6 and wind here, my kids
// are 4 and 7 and they are crying", "freezing outside your closed office" (the 176th reading's blind twenty).
const COLD_OUT = String.raw`(?:(?:it's|it is|its|is)\s+(?:-|minus\s?)\d+|freezing|so cold|very cold|really cold|snowing|blizzard)`;
const SHUT_OUT = String.raw`(?:closed|locked|outside|nobody|no one|stuck|stranded|does not open|doesn't open|won't open)`;
// (After the cold, waiting or crying tells it too: "it is -6 … and they are crying".)
const DANGER_IN_THE_COLD = new RegExp(String.raw`\b${COLD_OUT}\b[^]*\b(?:${SHUT_OUT}|waiting|crying)\b|\b${SHUT_OUT}\b[^]*\b${COLD_OUT}\b`);
// ("My tenant has a 6 month old baby. She's been boiling kettles to bath her. It's minus 4": at home, without
// heat; the 188th reading's blind twenty told her landlord "stuck out there in the cold".)
const COLD_AT_HOME = /\b(?:heating|heat|boiler|radiators?|furnace|heater|house|flat|apartment|home|room|unit|bedroom|indoors|inside|kettles?|bath|bathe|hot water|shower|tenants?|landlord)\b/;
const STRANDED_ON_A_ROAD = /\b(?:road|motorway|highway|freeway|roadside|turnoff|turn-off|junction|exit|lay-?by|verge|car|van|tyre|tire|broke(?:n)? down|breakdown|stranded|stuck)\b/;

// The scare told as not serious: "Not dangerous, but he is miserable", "nothing serious". (Not "she's
// fine now" after an EpiPen: the danger past is no reason to drop the emergency advice.)
const REASSURES =
  /\b(?:(?:it's |it is |its |it was |that's |this is |he's |she's |they're )?not (?:dangerous|serious|an emergency|life[- ]threatening)|nothing (?:serious|dangerous))\b/;

// "This is a safety issue, not an inconvenience": "how frustrating" or "the trouble" shrinks it.
// (Or medicine someone needs now, told: "she has maybe one pen left and its for tonight dose… its
// insulin": the 150th reading's blind ten, where "how frustrating" made light of it.)
const CALLS_IT_SERIOUS = /\b(?:not (?:an?|just an?|some|a mere|a minor) (?:inconvenience|hassle|nuisance|annoyance)|(?:is|it's|its|this is|that is|that's) (?:a |an )?(?:safety|health|safeguarding|patient safety) (?:issue|matter|problem|risk|concern)|(?:it's|its|it is|they're|they are|that's) (?:her |his |my |our )?(?:insulin|inhaler|epipen|epi-pen|heart medication|seizure medication)|(?:one|last|only one|no) (?:insulin )?(?:pen|dose|inhaler) left)\b/;

/**
 * Cues read behind words one of which every match holds (most messages hold none): the pattern
 * runs only on a message holding one. (`customerCuesOf` finds every list's words in one pass.)
 */
const BEHIND_WORDS: readonly (readonly [DerivedCue, RegExp, readonly string[]])[] = [
  ['gone-elsewhere', GONE_ELSEWHERE, ['gone ', 'moved ', 'switched ', 'went to ', 'elsewhere', 'somewhere else', 'order and ', 'cancelled my ', 'canceled my ', 'cancelled the ', 'canceled the ', ' same ']],
  ['chooses-other', CHOOSES_OTHER, ['go with ', 'going with ']],
  ['missing-item', MISSING_ITEM, ['forgot', 'forget', 'failed to', 'missing', 'left out', 'not in ', "n't in ", 'not come', "n't come", 'not arrive', "n't arrive"]],
  ['forgot-login', EMAIL_UNKNOWN, ['mail', 'login']],
  ['update-missed', UPDATE_MISSED, ['no update', 'no call', 'another promise', 'another call', 'another phone', 'more call', 'more phone', 'look into it', 'nobody did', 'no one did', 'no-one did', 'noone did', 'updated me', 'got back to me', 'called me', 'rang me', 'never got', 'never had', 'exactly what', 'what you', 'what they', 'what he', 'what she', 'what your']],
  ['asks-for-call', ASKS_FOR_CALL, ['call me', 'ring me', 'phone me', 'a call', 'rang me', 'phoned me', 'be called']],
  ['wants-contact-stopped', CONTACT_STOPPED, ['stop ', 'no more ', ' off your', ' off the', 'exclu']],
  ['refuses-credit', REFUSES_CREDIT, ['credit', 'voucher', 'coupon', 'code', 'back on my', 'back to my', 'back onto my', 'points', 'discount', 'cash', 'wallet', 'coins', 'balance', 'gift card', 'proper refund', 'actual refund', 'real refund', 'full refund', 'cash refund', 'refund to my', 'refund back to my', 'refund on my', 'refund onto my', 'refunded ']],
  ['unsafe-stranded', DANGER_ON_THE_ROAD, ['dark', 'passing', 'flying', 'speeding', 'racing', 'whizzing', 'rushing', 'hard shoulder', 'side of the', 'the car', 'the van', 'the back', 'light', 'signal', 'scared', 'terrified', 'frightened']],
  ['stranded-in-cold', DANGER_IN_THE_COLD, ['s -', 'minus', 'freezing', 'so cold', 'very cold', 'really cold', 'snowing', 'blizzard']],
  ['reassures', REASSURES, ['not dangerous', 'not serious', 'not an emergency', 'not life', 'nothing serious', 'nothing dangerous']],
  ['calls-it-serious', CALLS_IT_SERIOUS, ['inconvenience', 'hassle', 'nuisance', 'annoyance', 'safety', 'health', 'safeguarding', 'insulin', 'inhaler', 'epi', 'medication', ' left']],
  ['praise', PRAISE, ['a star', 'shout', 'gold star', 'bonus', 'rating', 'great help', 'real help', 'such a help', 'big help', 'so much help', 'so sweet', 'so kind', 'so lovely', 'so patient', 'so helpful', 'so nice', 'really sweet', 'really kind', 'really lovely', 'really patient', 'really helpful', 'really nice', 'very sweet', 'very kind', 'very lovely', 'very patient', 'very helpful', 'very nice', 'super sweet', 'super kind', 'super nice', 'super helpful', 'went wrong', ' on to ', 'wanted someone', 'wanted somebody', 'wanted you', "wanted y'all", 'a complaint', 'you deserve', 'saved my', 'the best', 'amazing', 'legend', 'stars', 'brilliant', 'awesome', 'brill', 'fab', 'fantastic', 's ace', 's class', 'that fast', 'so fast', 'that quick', 'so quick', 'that soon', 'so soon']],
];

const BANTER = /(?:\b(?:a+w{2,}|see what (?:they|you|u) did there|ha(?:ha)+h?a*|he(?:he)+h?e*|lmao|rofl|jk|just kidding)\b|[😂🤣😜😉😄😆])/u;

// The cue's words not inside what someone else said (a "said"/"told me" within the same sentence before them).
const WANTS_NOTHING_UNREPORTED = new RegExp(
  String.raw`(?<!\b(?:said|says|told (?:me|us|him|her)|saying)\b[^.!?]{0,40})` + CUSTOMER_PATTERNS['wants-nothing'].source,
);

// The last word (before trailing white space) of every `unfinished` match, or else it ends on one of , : ; - – —.
const UNFINISHED_LAST_WORDS = new Set(['and', 'or', 'but', 'because', 'the', 'a', 'an', 'my', 'your', 'our', 'their', 'of', 'which', 'whose', 'is', 'was', 'it', 'i', 'this', 'that', 'so', 'then', 'also', 'plus', 'when', 'if']);

/** Could the `unfinished` pattern match the (lower-cased) text? False only when it cannot. */
function mayEndUnfinished(normalized: string): boolean {
  // `trimEnd` drops what `\s*$` reads (white space and line ends, the same set).
  const text = normalized.trimEnd();
  const last = text.charCodeAt(text.length - 1);
  // , : ; - – —
  if (last === 44 || last === 58 || last === 59 || last === 45 || last === 0x2013 || last === 0x2014) return true;
  // A pattern word ends the text after a word boundary: it is the whole run of \w characters there.
  let start = text.length;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return UNFINISHED_LAST_WORDS.has(text.slice(start));
}

/** A character of the regex class \w: A–Z, a–z, 0–9, _. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

export function agentCuesOf(text: AnalyzedText): Set<AgentCue> {
  agentBits[0] = agentGates.of(text);
  return cuesOf(text, AGENT, agentBits);
}

/** The cues whose patterns match, of those `mayMatch` (the first group's bits) and `more` (the next group's) let through. */
function cuesOf<C extends string>(text: AnalyzedText, { cues, patterns }: CuePatterns<C>, bits: ArrayLike<number>): Set<C> {
  const found = new Set<C>();
  for (let i = 0; i < cues.length; i++) if ((bits[(i / GATED) | 0]! & (1 << i % GATED)) !== 0 && patterns[i]!.test(text.normalized)) found.add(cues[i]!);
  return found;
}

/** What the agent said they cannot do, as verbs ("cancel", "refund"): a remedy doing that is moot. */
export function refusedActions(text: AnalyzedText): Set<string> {
  const out = new Set<string>();
  if ((agentGates.of(text) & REFUSED_BIT) === 0) return out;
  for (const m of text.normalized.matchAll(REFUSED_ACT)) out.add(actStem(m[1] ?? PARTICIPLE_ACT[m[2]!] ?? m[2]!));
  return out;
}

// The verb a remedy would use for what was refused in the passive ("won't be waived": "waive").
const PARTICIPLE_ACT: Record<string, string> = { waived: 'waive', removed: 'remove', reversed: 'reverse', exchanged: 'exchange', changed: 'change', frozen: 'freeze', paused: 'pause', transferred: 'transfer', cancelled: 'cancel' };
const REFUSED_ACT = new RegExp(
  String.raw`\b(?:we|i)(?:'re| are|'m| am)? (?:unable to|not able to|can't|cannot|can not|won't be able to|not allowed to|aren't allowed to) (?:\w+ )?(${ACTS}|help|assist|offer|issue|process|book|arrange)` +
    // Said of the thing: "annual memberships cannot be cancelled during the minimum term".
    String.raw`|\b(?:can't|cannot|can not|won't|will not) be (cancell?ed|refunded|reversed|waived|removed|returned|exchanged|credited|changed|transferred|frozen|paused)\b`,
  'g',
);

const CUSTOMER = cuePatterns(CUSTOMER_PATTERNS, [], CUSTOMER_CUE_STRINGS);
const UNFINISHED_BIT = 1 << CUSTOMER.cues.indexOf('unfinished');
// The customer's cue groups and the cues behind words (the last group), one automaton for all: a
// pass over the message reads one table, where three passes read three (each character of each
// pass a cache miss, as often as not).
const CUSTOMER_GATES = new LiteralGates(CUSTOMER.groups[0]!, ...CUSTOMER.groups.slice(1), BEHIND_WORDS.map(([, , words]) => words));
const BEHIND_GROUP = CUSTOMER.groups.length;
// The bits of the message being read (kept from message to message: no array per message).
const customerBits = new Int32Array(BEHIND_GROUP + 1);
// The agent's refusals are read from the same messages: their pattern shares the pass (the last bit).
const AGENT = cuePatterns(AGENT_PATTERNS, [REFUSED_ACT], AGENT_CUE_STRINGS);
const REFUSED_BIT = 1 << AGENT.patterns.length;
const AGENT_GATES = new LiteralGates(AGENT.groups[0]!, ...AGENT.groups.slice(1));
const agentGates = new TextMemo((text) => AGENT_GATES.mayMatch(text.normalized));
const agentBits = new Int32Array(1);

/** The stem a remedy's wording shares with the verb: "cancel" for "cancelled", "refund" for "refunds". */
export function actStem(verb: string): string {
  return verb.replace(/(?:led|ed|ing|s)$/, '');
}
