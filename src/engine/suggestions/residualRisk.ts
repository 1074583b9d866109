// A reframe's last look at each sentence it keeps from the draft, wider than the rules that
// flagged the draft. A draft that admits fault in one place often concedes again in words no rule
// knows ("this one is down to us", "someone on our side ran the batch twice"); one that promised
// an outcome states it again plainly ("You'll be in Hanoi Wednesday"); a wall leaves its residue
// ("the decision has been made"). Read only where the draft was flagged for that very thing, so
// a plain "we sent it yesterday" in a calm draft stays.
import { DESK_CREW } from './sendableClause';

const OUR_SIDE = String.raw`our\s+(?:side|end|part|team|staff|people|mistake|error|system|systems|fault)`;
// The people of one of our places, told by where they are: "the staff there", "the team at the
// branch", "the advisor you spoke to" (never "your bank" or "the seller": not ours).
const STAFF_THERE = String.raw`(?:the\s+)?(?:staff|team|people|crew|fitters?|installers?|assistants?|cashiers?|advisors?|advisers?|reps?|representatives?|agents?|colleagues?|store|branch|shop)(?:\s+(?:there|here|on site|on the day|in (?:store|branch|the (?:store|shop|branch))|at (?:the|that|our) [\w-]+(?:\s+(?:store|branch|shop|site))?|(?:you|who)\s+(?:spoke|talked|chatted|dealt)\s+(?:to|with)(?:\s+you)?(?:\s+(?:before|earlier|yesterday|then|last\s+\w+))?))?`;
const COMPANY = String.raw`(?:we|(?:the\s+)?(?:packing|delivery|warehouse|support|billing|tech|technical|installation|install|dispatch|returns)\s+team|our\s+(?:[\w-]+\s+){0,2}?(?:warehouse|team|staff|courier|driver|store|shop|system|systems|depot|technician|engineer|department|job|process|software|script|platform|site|website|app|billing|batch|packers?|people|colleagues?|crew|receptionist|reception|fitters?|installers?|movers?|groomers?|stylists?|cleaners?|mechanics?)|(?:the\s+)?(?:warehouse|packers?|driver|courier|technician|engineer)(?:\s+here)?|${STAFF_THERE})`;
const SOMEONE_OURS = String.raw`(?:someone|somebody|one of (?:us|our\s+[\w-]+)|a colleague|a member of (?:our|the) team)(?:\s+(?:on our (?:side|end)|here|in (?:our|the) team|at our end))?`;
// Past events told with someone on the company's side as the one who did them.
const DID = String.raw`(?:\w+ly\s+)?(?:ran|sent|made|forgot|missed|lost|charged|took|processed|applied|entered|typed|mixed|keyed|shipped|packed|billed|deleted|overlooked|ignored|misread|skipped|left|posted|messed|mucked|double-charged|didn't|did not|never|failed|should(?:n't|\s+not)?\s+have)`;
// The company's own slips: "we forgot", "our system never sent", "the team charged it twice". A
// plain event ("the warehouse sent the wrong item") is the fact the apology is about, and stays.
const SLIPPED = String.raw`(?:(?:\w+ly\s+)?(?:forgot|missed|overlooked|ignored|misread|skipped|messed|mucked|mixed up|double-charged|didn't|did not|never|failed|should(?:n't|\s+not)?\s+have)|(?:ran|processed|charged|billed|applied|sent|took|entered|keyed)\b[^.!?,;]*?\b(?:twice|a second time|by mistake|in error))`;

// A fault of our equipment or systems told as known, with others hit too: "the card machine at
// reception has been double-charging people all week", "we've had loads of complaints about it",
// "you're not the only one".
const OUR_THING = String.raw`(?:the|our)\s+(?:[\w-]+\s+){0,3}?(?:machines?|terminals?|tills?|readers?|scanners?|systems?|apps?|website|site|software|servers?|printers?|kiosks?|portal|checkouts?|payment page|platform|tool|meters?|gates?|barriers?|lifts?|line|lines|network|booking page)(?:\s+(?:at|in|by|on|near|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?`;
const FAULTING = String.raw`(?:(?:has|have|had)\s+been|was|were|is|are|keeps|kept(?:\s+on)?)\s+(?:\w+ly\s+)?(?:double-charging|overcharging|charging\s+(?:[\w-]+\s+){0,2}?twice|crashing|failing|rejecting|declining|refusing|glitching|malfunctioning|playing up|acting up|freezing|timing out|logging\s+(?:[\w-]+\s+)?out|(?:sending|showing|printing|giving)\s+(?:[\w-]+\s+){0,3}?(?:wrong|incorrect|duplicate)|not working|down|broken|faulty|out of order|on the blink)\b`;
const OTHERS_HIT = String.raw`\b(?:people|customers|everyone|everybody|others|shoppers|users|guests|patients|members|passengers|diners|residents|drivers|motorists|visitors|clients|subscribers|travell?ers|riders|tenants|households|callers|students|parents|buyers|complaints|reports)\b`;
const KNOWN_FAULT = String.raw`(?<=^|[.!?]\s+)(?=[^.!?]*\b${OUR_THING}\s+${FAULTING})(?=[^.!?]*${OTHERS_HIT})`;
const OTHERS_TOO = String.raw`\bwe(?:'ve|\s+have)\s+(?:had|received|seen|been getting|been having|got)\s+(?:[\w-]+\s+){0,3}?(?:complaints|reports|calls|messages)\s+(?:about|on|regarding|over)\b|\bwe\s+(?:get|see|receive)\s+(?:[\w-]+\s+){0,2}?(?:complaints|reports)\s+(?:every|each|all the)\s+(?:day|week|month|time)\b|\b(?:you're|you are)\s+not\s+the\s+(?:only|first)\s+(?:one|person|customer|guest|patient|member)\b|\b(?:other|lots of|loads of|many|several|a few|dozens of|plenty of)\s+(?:other\s+)?(?:customers|people|users|guests|patients|members|shoppers|passengers)\s+(?:have\s+|had\s+)?(?:also\s+)?(?:reported|complained|had|raised|flagged|mentioned|been hit|been affected)\b`;

const CONCEDES = new RegExp(
  [
    KNOWN_FAULT,
    OTHERS_TOO,
    String.raw`\b(?:down to|because of|caused by|due to)\s+(?:us|${OUR_SIDE})\b`,
    String.raw`(?:\b(?:is|was|are|were)|'s|’s)\s+(?:(?:all|entirely|totally|completely|fully|really|squarely)\s+)?on\s+(?:us|our\s+(?:side|end|part))\b`,
    String.raw`\b${SOMEONE_OURS}\s+${DID}\b`,
    String.raw`\b(?:nobody|no one|no-one)(?:\s+(?:here|on our (?:side|end)))?\s+(?:spotted|noticed|caught|checked|picked up on|flagged|saw|double-checked|picked (?:it|this|that|them) up|picked up|followed (?:it |this |that )?up|actioned|chased|dealt with|looked at|read|answered|replied to)\b`,
    // Lost in our own hands: "the report got stuck in someone's inbox", "it sat in a queue for a week".
    String.raw`\b(?:got|was|were|has been|had been)\s+(?:stuck|lost|left|sitting|buried|forgotten)\s+in\s+(?:someone's|somebody's|a colleague's|our|the)\s+(?:inbox|queue|tray|system|backlog|emails?)\b|\bsat\s+in\s+(?:someone's|somebody's|our|the)\s+(?:inbox|queue|tray|backlog)\b`,
    String.raw`\b${COMPANY}\s+${SLIPPED}\b`,
    // "…which we should never do", "that should never have happened".
    String.raw`\bwhich\s+(?:we|i)\s+(?:should|must)\s+(?:never|not)\s+(?:do|have\s+done|allow)\b|\b(?:that|this|it)\s+should\s+never\s+have\s+happened\b`,
    // Our own people's slip said as a plain fact: "our delivery crew dropped it", "our warehouse
    // picked the wrong bag" ("the warehouse sent the wrong item" alone names no one as ours).
    String.raw`\bour\s+(?:[\w-]+\s+){0,2}?(?:warehouse|team|staff|crew|receptionist|reception|driver|courier|technician|engineer|fitters?|installers?|movers?|packers?|groomers?|stylists?|cleaners?|mechanics?|colleagues?|people)\s+(?:\w+ly\s+)?(?:dropped|damaged|broke|scratched|dented|cracked|smashed|(?:picked|sent|packed|gave\s+you|quoted|booked|printed|delivered|fitted|installed)\s+(?:you\s+)?the\s+wrong)\b`,
    // A colleague's slip told in a draft that admits fault: "he messed up", "and never put it back".
    // (Not what the harm spared them: "she could stand and she did not hit her head", a resident's fall
    // told to her daughter; the 208th reading's blind twenty lost it.)
    String.raw`\b(?:he|she|they)\s+(?:\w+ly\s+)?(?:messed|mucked|screwed|forgot|missed|overlooked|(?:didn't|did not)(?!\s+(?:hit|bang|bump|hurt|injure|break|fracture|cut|lose|need|suffer)\b)|never|failed|should(?:n't|\s+not)?\s+have)\b`,
    String.raw`\band never (?:put|sent|fixed|reconnected|turned|came|called|checked|tested|switched|plugged)\b`,
    // "Petr in packing has been rushing everything this month": a colleague's haste as the cause (the 207th
    // reading's blind twenty kept it, and "I've already told our boss" with it).
    String.raw`\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?(?:rushing|cutting\s+corners|slacking)\b`,
    // A colleague's slip guessed at or named: "the lads must have dragged the wardrobe", "Kayla
    // obviously rushed the groom and nicked his ear", "that was careless of them".
    String.raw`\b(?:must|might|may)\s+have\s+(?:dragged|dropped|rushed|damaged|broken|scratched|knocked|bumped|missed|forgotten|mixed\s+up|misread|mistyped|skipped)\b`,
    String.raw`\b(?:careless|negligent|sloppy)\s+of\s+(?:them|him|her|us)\b`,
    String.raw`\bleft\s+the\s+[\w-]+\s+on\s+(?:it|them)\s+too\s+long\b`,
    String.raw`\b(?:they|he|she|we)\s+were\s+(?:\w+ly\s+)?(?:careless|negligent|sloppy|rough)\b`,
    String.raw`\b(?:drivers?|staff|team|technicians?|engineers?|crew|couriers?|movers?|fitters?|installers?|packers?)\s+should\s+(?:never|not)\s+have\b`,
    // "our courier left it in a hot van too long", "our lab entered the wrong value".
    String.raw`\bour\s+(?:[\w-]+\s+){0,2}?(?:courier|driver|crew|team|staff|lab|pharmacy|warehouse|system)\s+(?:left\s+(?:it|them|the\s+\w+)\s+(?:in|out|outside|on)|(?:entered|keyed|typed|used|put|printed|sent|picked|packed)\s+(?:in\s+)?the\s+wrong)\b`,
    // What of ours fell short: "our cool bags weren't good enough", "we let you down".
    String.raw`\b(?:our|we)\b[^.!?]{0,40}\b(?:weren't|wasn't|aren't|isn't|were not|was not|are not|is not)\s+(?:\w+ly\s+)?(?:good enough|up to (?:it|the job|scratch)|fit for purpose)\b`,
    String.raw`\bwe\s+(?:really\s+)?let you down\b`,
    // A duty left undone: "… and clearly didn't bother", "the emergency phone wasn't staffed like it
    // should be" (the 163rd reading's blind twenty; the colleague named for it is NAMED_SLIP's).
    String.raw`\b(?:didn't|did not|couldn't|could not|can't be|cannot be)\s+(?:be\s+)?bother(?:ed)?\b`,
    // A colleague's record told against them: "Dr. Ibarra has had no-shows all week, it's not the first
    // complaint" (the 171st reading's blind twenty).
    String.raw`\b(?:has|have)\s+had\s+(?:no-?shows?|complaints?|problems|issues)\s+(?:all|every|this)\s+(?:week|month|day|year)\b|\b(?:it's|it\s+is|this\s+is|that's)\s+not\s+the\s+first\s+(?:complaint|time)\b`,
    // A colleague reprimanded for it: "I've already told him off" (the 165th reading's blind twenty),
    // "I will talk to the boss about him" (the 194th's).
    String.raw`\b(?:told|tell|telling)\s+(?:him|her|them)\s+off\b|\bhad\s+a\s+(?:word|serious\s+word|stern\s+word|talk)\s+with\s+(?:him|her|them)\b|\b(?:talk|speak|speaking|talking)\s+to\s+(?:the|my|our)\s+(?:boss|manager|supervisor)\s+about\s+(?:him|her|them)\b`,
    String.raw`\b(?:wasn't|weren't|was not|were not)\s+(?:\w+ly\s+)?[\w-]+\s+(?:like|as)\s+(?:it|they|he|she)\s+should\s+(?:be|have\s+been)\b`,
    // Anyone of ours, whatever the agent calls them ("our valeter", "our night crew"), in a plain slip.
    String.raw`\bour\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:\w+ly\s+)?(?:forgot|failed to|overlooked|ignored|misread|messed up|mucked up|mixed up|should(?:n't|\s+not)?\s+have)\b`,
    String.raw`\bour\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:didn't|did not|never)\b[^.!?,;]*\b(?:properly|correctly|right|as (?:they|he|she) should(?:\s+have)?)\b`,
    // What ours should have done, told without who: "your ID wasn't checked properly".
    String.raw`\b(?:wasn't|weren't|was not|were not|hadn't been|had not been)\s+(?:\w+ly\s+)?(?:checked|verified|done|handled|packed|packaged|fitted|installed|tested|processed|set up|secured|sealed|recorded|logged|noted|updated|applied|looked at)\s+(?:properly|correctly|right|as (?:it|they) should (?:have been|be))\b`,
  ].join('|'),
  'i',
);

const CERTAINTY = String.raw`\b(?:guarantee[ds]?|promise[ds]?|rest assured|consider it done|never happen again|you have my word)\b`;
// Sureness promises only of what is still to come: "it was definitely Narine who broke it" tells the
// past (an admission, read elsewhere), "it'll definitely be there" promises.
const SURE = /\b(?:definitely|certainly|for sure|100\s?%|without fail|no doubt)\b/i;
const STILL_TO_COME = /\b(?:will|won't|shall|going to|gonna|never)\b|'ll\b/i;
// An outcome stated as certain: "you'll be in Hanoi", "it will arrive", "the waitlist will clear".
// (Not a message the agent sends: "you'll get a text as soon as the line's back" is theirs to keep;
// nor a step of a process: "it will be auto-reversed to your account", "the bill will be recalculated".)
// (Nor the message they will be sent, named before it: "replying to the email you will receive for the
// case"; the 211th session's read-back of a blind draft lost the step.)
// (Not the desk's own people coming back to the job: "The crew will be back Tuesday to finish the
// gutters" is the plan, kept; the 180th reading's blind twenty.)
const OUTCOME = String.raw`\b(?:(?<!\b(?:e-?mail|text|sms|message|letter|link|code|notification|confirmation|call|update)s?\s+(?:that\s+)?)you(?:'ll|\s+will)|it(?:'ll|\s+will)|they(?:'ll|\s+will)|(?:the|your)\s+(?!(?:${DESK_CREW})\s+will\s+be\s+back\b)[\w-]+(?:\s+(?!(?:you|we|i|they)\b)[\w-]+)?\s+will)\s+(?:\w+ly\s+|each\s+|both\s+|all\s+)?(?:be|have|get|arrive|clear|reach|land|go through|come through|receive|make it|show up|turn up)\b(?!\s+(?:an?\s+|our\s+|my\s+)?(?:written\s+|full\s+|formal\s+)?(?:text|sms|e-?mail|message|call|confirmation|notification|link|reference|update|reply)s?\b)(?!\s+(?:the|a|your)\s+written\s+[\w-]+(?:\s+[\w-]+)?\s+(?:report|summary|statement|account|breakdown|quote|estimate)\b)(?!\s+(?:the\s+)?(?:exact\s+)?(?:time|date|details|slot|reference|number|link|code)\b[^.!?]{0,20}\b(?:by|via|in)\s+(?:an?\s+)?(?:e-?mail|text|sms)\b)(?<!\bbe(?=\s+(?:auto-?)?(?:reversed|recalculated|reviewed|processed|checked|assessed|sent|posted|emailed|issued|reissued)\b))`;
// A promise in other words: "Friday is no problem", "I'll personally make sure the driver turns
// up", "you won't have to take another day off", "you won't have any more drop-outs".
const ASSURED = String.raw`\b(?:there's|there is)\s+no need to\s+(?:buy|worry|get|book|pay|arrange|panic)\b|^yes[.!]?$|\b(?:is|'s|will be)\s+no problem\b|\bi(?:'ll|\s+will)\s+(?:personally\s+)?make (?:sure|certain)\b|\byou\s+(?:won't|will not)\s+(?:have to|need to)\b|\byou\s+(?:won't|will not)\s+(?:have|get|see|suffer|experience)\s+(?:any\s+(?:more|further)|another|any other|no more)\b`;
const PROMISES = new RegExp(`${CERTAINTY}|${OUTCOME}|${ASSURED}`, 'i');

const WALL = new RegExp(
  [
    String.raw`\bnothing\s+(?:more\s+|else\s+)?(?:that\s+)?(?:i|we)(?:'m|\s+am|'re|\s+are)?\s+(?:can|could|able to)\s+do\b`,
    String.raw`\bthere\s+(?:isn't|is not|'s not|wasn't)\s+(?:anything|much)\b`,
    String.raw`\b(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:not able|unable)\s+to\s+do\s+anything\b`,
    String.raw`\b(?:can't|cannot|can not)\s+do\s+anything\b`,
    String.raw`\bdecision\s+(?:has been|was|is)\s+(?:made|final)\b`,
    String.raw`\byou\s+(?:agreed to|accepted|signed up to)\b`,
    String.raw`\bin line with the terms\b`,
    String.raw`\b(?:hands are tied|out of (?:my|our) hands)\b`,
    // What they asked to see, shut away: "Sitter notes are private between the sitter and the
    // company" (the 156th reading's blind twenty).
    String.raw`\b(?:notes|records|reports?|files?|details|information|logs?|messages)\s+(?:are|is)\s+(?:strictly\s+)?(?:private|confidential|internal)\s+(?:between|to|for)\b`,
    // The terms' rule said as settled: "alterations are considered accepted once the garment has been
    // collected" (the 157th reading's blind twenty).
    String.raw`\b(?:are|is)\s+(?:deemed|considered|treated as)\s+(?:accepted|final|approved|agreed|complete|completed)\s+(?:once|when|after|upon|on)\b`,
    // "results may be withheld for as long as necessary and we cannot comment on reviews" (the 159th
    // reading's blind twenty): a no to any answer at all.
    String.raw`\b(?:we|i)\s+(?:cannot|can't|can\s+not|are\s+unable\s+to|am\s+unable\s+to|are\s+not\s+able\s+to)\s+comment\s+on\b`,
    String.raw`\b(?:withheld|held|delayed|suspended)\s+for\s+as\s+long\s+as\s+(?:necessary|needed|required)\b`,
    String.raw`\b(?:we|i)\s+(?:\w+ly\s+)?stand\s+by\s+(?:our|the|my|this|that)\s+(?:decision|position|answer)\b`,
    // What the customer might lean on, ruled out whole: "the SLA does not apply" (what a cover
    // leaves out, "the warranty doesn't cover water damage", is a fact and stays).
    String.raw`\b(?:the|our|your|this|that)\s+(?:[\w-]+\s+){0,2}?(?:sla|service level agreement|guarantee|warranty|cover|policy|protection|price match|promise|scheme)\s+(?:does not|doesn't|do not|don't|won't|will not|wouldn't|would not|cannot|can't)\s+(?:\w+ly\s+)?(?:apply|extend)\b`,
    // Only one remedy, and no more: "service credits are the only remedy anyway", "that's all we can offer".
    String.raw`\b(?:is|are|was|were)\s+the\s+only\s+(?:[\w-]+\s+)?(?:remedy|remedies|compensation|recourse|option|options|solution|offer|route|thing (?:we|i) can (?:do|offer))\b`,
    String.raw`\bthe\s+only\s+(?:[\w-]+\s+)?(?:remedy|compensation|recourse|option|solution)\s+(?:is|available|we (?:can\s+)?offer|on offer)\b`,
    String.raw`\b(?:that|this)(?:'s|\s+is)\s+(?:all|the most|the best)\s+(?:that\s+)?(?:we|i)(?:'re|\s+are|'m|\s+am)?\s+(?:can|could|able to)\s+(?:offer|do|give)\b`,
    // "the charges are correct and that's not something I can change".
    String.raw`\b(?:that|this|it)(?:'s|\s+is)\s+not\s+(?:something|anything)\s+(?:that\s+)?(?:i|we)\s+(?:can|could|am able to|are able to)\s+(?:change|do|help with|alter|reverse|undo|override|deal with|handle|sort)\b`,
    // "your hotel and transport aren't our problem"
    String.raw`\b(?:is|are|isn't|aren't|was|wasn't|were|weren't)\s+(?:not\s+)?(?:our|my)\s+(?:problem|concern|responsibility|issue)\b`,
    String.raw`\b(?:the\s+)?(?:charges?|fees?|bills?|invoices?|amounts?)\s+(?:is|are|was|were)\s+(?:correct|valid|right|accurate|legitimate)\b`,
    // "Missed sessions are forfeited": what the rule takes from them, told as the answer.
    String.raw`\b(?:is|are|will be|gets?|get)\s+forfeited\b`,
    // The rule's own voice once its clause number went: "any damage not recorded on the check-out
    // sheet is charged to the renter" answers the one disputing it with the rule, still.
    String.raw`\b(?:is|are|will be|gets?)\s+(?:charged|billed|invoiced|payable)\s+(?:to|by)\s+the\s+(?:renter|hirer|customer|tenant|guest|member|passenger|driver|keeper|account ?holder|cardholder|client)s?\b`,
  ].join('|'),
  'i',
);

// A sentence a rewrite broke: a sentence of its own spliced in after a lower-case word ("so I'm
// afraid Let me see what I can do").
const SPLICED = /\p{Ll}\s+(?:Let me|Let's|That isn't|Going forward)\b/u;

// Blaming the customer for what happened: "if you had added a travel notice, this wouldn't have
// happened", "you should have read the terms", "you didn't fill the form in properly".
const BLAMES = new RegExp(
  [
    String.raw`\byou\s+(?:\w+ly\s+)?(?:didn't|did not|never|failed to|forgot to|weren't|wasn't)\b[^.!?]*\b(?:properly|correctly|right|carefully)\b`,
    String.raw`\bif you(?:'d|\s+had)\b[^.!?]*\b(?:would(?:n't|\s+not|\s+never)|could(?:n't|\s+not))\s+have\b`,
    // "if you had uploaded the invoice when the app asked you, this would be done already".
    String.raw`\bif you(?:'d|\s+had)\b[^.!?]*\b(?:this|it|that|everything)\s+would(?:'ve|\s+have)?\s+(?:be|been)\s+(?:done|sorted|fine|resolved|released|approved|finished|over|cleared|through)\b`,
    String.raw`\byou\s+should(?:'ve|\s+have)\b`,
    String.raw`\b(?:your own fault|on you, not us|down to you)\b`,
    // "if the pipes had been lagged like we advised this wouldn't have happened": their neglect as the cause,
    // said without "you" (the 206th reading's learning kept it).
    String.raw`\bif\s+(?:the|your|it|they)\b[^.!?]{0,40}\b(?:had\s+been|had|was|were)\b[^.!?]{0,40}\b(?:like|as)\s+(?:we|i)\s+(?:advised|recommend(?:ed)?|said|suggested|told\s+you|asked)\b`,
    // "If the tarp had been reported properly through the customer portal instead of by phone it would have
    // been logged": how they reported it as the cause (the 207th reading's blind twenty kept it).
    String.raw`\bif\s+(?:the|your|it|they)\b[^.!?]{0,40}\bhad\s+been\s+(?:\w+ed|done|sent|made|put)\s+(?:properly|correctly|right|the\s+right\s+way|through\s+the\b)[^.!?]*\b(?:would|could)(?:'ve|\s+have)\b`,
    // "it's most likely down to Harper": a child of theirs, named as the cause (the 206th reading's blind twenty).
    String.raw`\b(?:it|that|this)(?:'s|’s|\s+is|\s+was)\s+(?:most\s+likely\s+|probably\s+|likely\s+)down\s+to\s+(?:him|her|them|[a-z]+(?=\s*[.!,;]|\s*$))`,
    // Whose job it was: "it's the account holder's responsibility to …", "that was your job".
    String.raw`\b(?:it|that|this)(?:'s|’s|\s+is|\s+was)\s+(?:(?:always|ultimately|really|solely)\s+)?(?:your|the\s+[\w-]+(?:\s+[\w-]+)?(?:'s|’s|s'|s’))\s+(?:own\s+)?(?:responsibility|job|duty)\b`,
    String.raw`\b(?:is|are|was|were)\s+(?:(?:always|ultimately|solely)\s+)?(?:your|the\s+(?:customer|user|account\s+holder|parent|owner|buyer|cardholder|guest|member|tenant|subscriber)(?:'s|’s|s'|s’))\s+(?:own\s+)?responsibility\b`,
    String.raw`\bup to you to\s+(?:check|make sure|ensure|keep|set|turn|update|read|tell|let|switch|enable|activate)\b`,
    // "This could easily have been avoided": what they should have done, without saying it.
    String.raw`\b(?:this|that|it|all (?:this|of this|of that)|the whole thing|the (?:problem|issue|charge|delay|mix-up))\s+(?:could|would|might)\s+(?:(?:so\s+)?easily\s+)?have\s+(?:(?:so\s+)?easily\s+)?been\s+(?:avoided|prevented)\b`,
    // Advice for next time: "you'll want to double-check that next time", "in future, please make sure …".
    String.raw`\b(?:you(?:'ll|\s+will|'d|\s+would)?\s+(?:(?:might|may)\s+)?(?:want|need|have)\s+to|please|make sure (?:you|to)|remember to|be sure to)\s+(?:[\w'’-]+\s+){0,6}?(?:next time|in future|in the future|going forward)\b`,
    String.raw`\b(?:next time|in future|in the future|going forward)\s*,?\s+(?:please\s+)?(?:make sure|double[- ]check|check|remember|ensure|be sure|try to|read)\b`,
    // "I'd suggest checking the forecast before booking next time" (the 150th reading's blind ten).
    // (Not a step for someone else: "I'd suggest we add your father's number so he's called first next time".)
    String.raw`\b(?:i'd|i\s+would|we'd|we\s+would|i|we)\s+(?:suggest|recommend|advise)\s+(?:that\s+)?(?:you\s+)?(?:check|checking|read|reading|look|looking|make|making|double[- ]check(?:ing)?|confirm(?:ing)?|verify(?:ing)?)\b[^.!?]*\b(?:next\s+time|in\s+future|in\s+the\s+future)\b`,
    // The customer's details as the cause: "to be fair, your postcode was incomplete", "the number you gave us was wrong".
    String.raw`\b(?:to be fair|in fairness|in all fairness)\b[^.!?]*\b(?:you|your)\b`,
    String.raw`\b(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+you\s+(?:gave(?:\s+us)?|entered|provided|typed(?:\s+in)?|put\s+in|supplied|used|chose|selected)\s+(?:[\w'’-]+\s+){0,8}?(?:(?:was|were|is|are|had been)\s+(?:\w+ly\s+)?(?:incomplete|wrong|incorrect|missing|invalid|out of date|outdated|misspelt|misspelled|blank|inaccurate|not valid)|had\s+(?:a\s+)?(?:typo|mistake|error|digit missing|letter missing))\b`,
    // Their people as the cause, and a jab at their trade: "the bumper was damaged by your driver, and with all
    // respect a van used by an installation company is not going to smell like roses" (the 213th reading's
    // blind twenty kept both).
    String.raw`\b(?:damaged|broken|scratched|dented|caused|done)\s+by\s+your\s+(?:own\s+)?(?:driver|drivers|staff|employees?|team|workers?|son|daughter|kids?|child|children|dog|partner|husband|wife|builder|contractor|people)\b`,
    String.raw`\b(?:is|are|was|were)\s+(?:not|never)\s+going\s+to\s+(?:smell|look)\s+(?:like|of)\s+(?:roses|new|a\s+showroom)\b`,
    // The customer's side as the cause: "your IT team's script wiped it", "caused by your router".
    String.raw`\b(?:caused|triggered)\s+by\s+(?:you|your)\b`,
    String.raw`\byour\s+(?:own\s+)?(?:[\w'’-]+\s+){0,3}?(?:caused|triggered|corrupted|overwrote|wiped|broke)\b`,
    // What they did or didn't do, held against them: "we can't be held responsible for you not
    // using the gym", "signing out was never going to fix it".
    String.raw`\b(?:can't|cannot|can not|won't|will not|are not|aren't|is not|isn't)\s+be\s+held\s+(?:responsible|liable|accountable)\s+for\s+(?:you|your)\b`,
    String.raw`\b(?:was|were)\s+(?:obviously\s+|clearly\s+)?never\s+going\s+to\s+(?:fix|solve|work|help|change)\b`,
    // What would have been, had they done otherwise: "if your doorbell was working or you'd kept an
    // eye out you would have got it".
    String.raw`\bif\s+(?:you(?:'d|\s+had)|your\s+[\w-]+\s+(?:was|were|had\s+been))\b[^.!?]*\b(?:you|it|they)(?:'d|\s+would)\s+(?:have|not\s+have|never\s+have)\b`,
    // Had they not: "If you hadn't left your keys inside at 11pm we wouldn't be having this
    // conversation" (the 210th reading's blind twenty kept it).
    String.raw`\bif\s+you(?:\s+hadn't|\s+had\s+not|'d\s+not|\s+didn't|\s+did\s+not)\b[^.!?]*\b(?:we|i|you|this|it|that|none\s+of\s+(?:this|it))(?:'d|\s+would)(?:n't|\s+not|\s+never)?\s+(?:have|be)\b`,
    // "you should really check your inbox": a lesson in where to look.
    String.raw`\byou\s+(?:should|need\s+to|have\s+to|must|ought\s+to)\s+(?:really\s+|always\s+|actually\s+|probably\s+)?(?:check|read|look\s+at|keep\s+an\s+eye\s+on)\s+(?:your|the)\s+(?:inbox|emails?|spam|junk|messages|terms|app|account|notifications)\b`,
    // "It was your own team member who deleted the board, so we can't take responsibility for that."
    String.raw`\b(?:it|this|that)\s+was\s+(?:you|your\s+(?:own\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)\s+who\b`,
    String.raw`\b(?:can't|cannot|can not|won't|will not|don't|do not)\s+(?:take|accept|assume)\s+(?:any\s+)?responsibility\s+for\b`,
    // "the mistake came from your phone order, not from our decorator" (the 147th reading's blind ten).
    String.raw`\b(?:the\s+)?(?:mistake|error|problem|mix-up|confusion)\s+(?:came|comes|was|is)\s+(?:from|on|at)\s+your\s+(?:own\s+)?(?:[\w-]+\s+)?(?:side|end|part|order|call|form|booking|message|email)\b`,
    // "clients are responsible for ensuring all information is complete", "the delay is not something
    // we can accept responsibility for" (the 146th reading's blind ten).
    String.raw`\b(?:clients|customers|users|members|guests|tenants|buyers|parents|you)\s+(?:are|were)\s+(?:(?:always|solely|fully|ultimately)\s+)?responsible\s+for\s+(?:ensuring|making\s+sure|checking|providing|keeping)\b`,
    String.raw`\bnot\s+something\s+(?:we|i)\s+(?:can|could|are\s+able\s+to)\s+(?:accept|take)\s+(?:any\s+)?responsibility\s+for\b`,
  ].join('|'),
  'i',
);

/** Still blames the customer. */
export function stillBlames(sentence: string): boolean {
  return BLAMES.test(sentence);
}

/** Still admits fault or blames the company's side for what happened. */
// A colleague named in the slip ("Kayla obviously rushed the groom"): a capitalised name, so read
// case by case.
// ("Marko was supposed to check the cooling system this morning": the colleague named for a duty, the 163rd's.)
// ("Liam didn't seal the pipe properly": what the colleague named did not do right, the 213th session's.)
// ("Dr Nowak must not have cured the filling properly", "reception charged you the wrong price": the 217th
// reading's blind twenty kept both.)
const NAMED_SLIP = /\b\p{Lu}\p{Ll}+\s+(?:(?:\p{Ll}+ly\s+)?(?:rushed|nicked|dropped|damaged|scratched|dented|forgot|skipped)|(?:was|were)\s+supposed\s+to)\b|\b(?!(?:I|We|You|It|This|That|The|Our|Your|They|He|She|There)\b)\p{Lu}\p{Ll}+\s+(?:didn't|did not|never|failed to|must not have|mustn't have|can't have|cannot have|may not have|might not have)\s+[^.!?]*\b(?:properly|correctly|right)\b|\b(?:reception|the front desk|the desk|the office|the till|the cashier|our reception)\s+(?:charged|quoted|gave|told)\s+you\s+the\s+wrong\b/u;

export function stillConcedes(sentence: string): boolean {
  return CONCEDES.test(sentence) || NAMED_SLIP.test(sentence);
}

/** Still states an outcome the agent can't control as certain. */
export function stillPromises(sentence: string): boolean {
  return PROMISES.test(sentence) || (SURE.test(sentence) && STILL_TO_COME.test(sentence));
}

/** Still a wall (nothing can be done, the decision is made, the terms you agreed to), or broken by a rewrite. */
export function stillWalls(sentence: string): boolean {
  return WALL.test(sentence) || SPLICED.test(sentence);
}

// What a reframe never hands back, whatever the draft was flagged for: the lists above read how
// drafts slip in words seen before; these read the words a slip is made of, so a wording no rule
// has met still goes. A fault word ("the nurse may have given the wrong dose", "we've been short
// staffed", "the backups were misconfigured"), a certainty about what no one controls ("she'll be
// totally fine", "nothing will be lost", "no question"), and a push of the problem away from us
// ("it's their cancellation after all", "not much else I can do", "tenants need to ventilate").
// Blind draft sets (readings 43–49) were graded bad mostly for these kept in otherwise clean reframes.
const FAULT_WORDS = new RegExp(
  [
    String.raw`\bmistakes?\b`,
    // Who dropped it, told as why: "engineering deprioritised it", "half the team is off sick".
    String.raw`\b(?:de-?prioriti[sz]ed|(?:haven't|hasn't|have\s+not|has\s+not|never)\s+(?:been\s+)?prioriti[sz]ed)\b|\b(?:team|staff|office|everyone|half\s+(?:the|of\s+the)\s+(?:team|staff|office))\s+(?:is|are)\s+(?:off|out)\s+sick\b`,
    String.raw`\b(?:an?|our|my|the|human|system|technical|clerical|admin|data[- ]entry|billing|processing|keying|input|staff|pricing|booking)\s+errors?\b`,
    String.raw`\b(?:in|by)\s+error\b|\berroneous(?:ly)?\b|\bwrongly\b`,
    String.raw`\b(?:negligen\w*|misconfigur\w*|botched|sloppy|careless(?:ly|ness)?|incompeten\w*|trigger[- ]happy|short[- ]staffed|under[- ]?staffed|understaffing)\b`,
    String.raw`\b(?:dropped the ball|our bad|my bad|at fault|(?:our|my|the staff's|the team's)\s+fault)\b`,
    String.raw`\b(?:our|my)\s+(?:own\s+)?(?:bug|glitch|screw-?up|blunder|oversight|slip-?up|doing)\b|\b(?:an|the|a)\s+(?:\w+\s+)?(?:oversight|slip-?up|blunder|screw-?up)\b|\bslip\s+on\s+(?:our|my)\s+(?:part|side|end)\b|\b(?:bug|glitch|error|fault)\s+(?:on|at|from)\s+our\s+(?:side|end|part)\b`,
    // Our own systems failing, told as a fact: "our payment gateway crashed for almost 3 hours".
    String.raw`\bour\s+(?:[\w-]+\s+){0,2}?(?:system|systems|server|servers|gateway|platform|app|website|site|network|software|database|checkout)\s+(?:\w+ly\s+)?(?:crashed|went\s+down|failed|broke|glitched|was\s+down|fell\s+over)\b`,
    // What a fault of ours did, told as a thing's doing: "this was a bug in 4.12 that deleted the records".
    String.raw`\b(?:a|the|our)\s+(?:bug|glitch|defect|fault)\s+(?:in|on|with)\s+(?:[\w.'’-]+\s+){1,4}?(?:that|which)\s+(?:\w+ly\s+)?(?:deleted|wiped|lost|erased|corrupted|caused|broke|charged|removed|overwrote)\b`,
    String.raw`\b(?:we|i)\s+(?:\w+ly\s+)?(?:overcharged|double-charged|mischarged|misbilled|over-billed|overbilled)\b`,
    String.raw`\b(?:was|were|been|being)\s+(?:really\s+|very\s+|a bit\s+|too\s+)?rushed\b`,
    // A group's habits told as why: "cross-border blocks are very common with Pakistani cards".
    String.raw`\b(?:very|really|quite|so|super|pretty)\s+common\s+(?:with|among|for)\s+(?:[\w-]+\s+){0,2}?(?:cards|banks|customers|people|users|phones|accounts|drivers|tenants|guests|buyers|sellers)\b`,
    // A partner's habits told as why: "their crews are known for rushing the DC connections".
    String.raw`\b(?:is|are|were|was)\s+(?:well\s+|notoriously\s+)?known\s+for\s+(?:rushing|cutting\s+corners|being\s+(?:slow|late|careless|sloppy)|losing|breaking|ignoring|messing)\b`,
    String.raw`\b(?:got|gets|get|had|have)\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:completely\s+|totally\s+|badly\s+)?wrong\b`,
    String.raw`\b(?:gave|given|entered|keyed|typed|sent|put|picked|packed|used|applied|quoted|fitted|installed|injected|dispensed|prescribed|labelled|labeled|booked|printed|loaded|assigned|issued)\s+(?:you\s+|her\s+|him\s+|them\s+|it\s+|in\s+)?(?:the\s+|a\s+)?(?:\w+\s+)?wrong\b`,
    String.raw`\b(?:didn't|did not|doesn't|does not|wasn't|weren't)\s+(?:work|go|happen|get done|get handled)\s+(?:the way|as)\s+(?:it|they|we|you)\s+(?:should|would)\b`,
    // ("You should have received an email" tells where to look: not a slip.)
    String.raw`(?<!\byou\s+)\bshould(?:n't|\s+not)?\s+(?:have|'ve)\s+(?:been|done|happened|\w+ed)\b`,
    String.raw`\b(?:is|was|'s)\s+(?:a|an|such a)\s+(?:mess|joke|shambles|disgrace|nightmare)\b`,
    // A colleague's record held against them: "the sitter Artūrs has had complaints before".
    String.raw`\b(?:has|have|had)\s+had\s+(?:(?:a\s+few|several|many|lots\s+of|other|similar)\s+)?(?:complaints|problems|issues)\s+(?:about\s+(?:him|her|them)\s+)?(?:before|in the past|previously)\b|\b(?:we've|we\s+have|we'd|we\s+had)\s+had\s+(?:complaints|problems|issues)\s+(?:with|about)\s+(?:him|her|them)\b`,
    // Our own release as the cause: "Our update last week had a bug that corrupted the restore" (the 144th reading's blind ten).
    String.raw`\b(?:our|the|this|that|[\w-]+'s)\s+(?:\w+\s+)?(?:update|release|patch|upgrade|migration|software|system|app|firmware|script|deployment)\s+(?:\w+\s+){0,2}?(?:had|has|contained|introduced|caused)\s+(?:a|the|an)\s+(?:\w+\s+)?(?:bug|fault|glitch|error|defect)\b`,
    // …or the same done to others: "Darius has done this to a few students this month" (the 143rd reading's blind ten).
    String.raw`\b(?:has|have|had)\s+done\s+(?:this|that|it|the\s+same)\s+(?:to|with)\s+(?:a\s+few|several|many|lots\s+of|other|some|two|three|a\s+couple\s+of|more\s+than\s+one)\s+(?:other\s+)?(?:students|customers|clients|people|guests|families|members|patients|tenants|users|parents|owners)\b`,
  ].join('|'),
  'i',
);

// Certain about what no one can promise: health, data, a third party, the future.
const ASSURES_OUTCOME = new RegExp(
  [
    String.raw`\b(?:totally|completely|absolutely|perfectly|100\s?%)\s+(?:fine|safe|ok|okay|sure|guaranteed|covered)\b`,
    String.raw`\b(?:will|'ll|is going to|are going to)\s+be\s+(?:just\s+)?(?:fine|ok|okay|alright|all right|safe)\b`,
    String.raw`\b(?:won't|will not|can't|cannot)\s+(?:do|cause)\s+(?:her|him|them|you|it)?\s*(?:any\s+)?(?:harm|damage)\b`,
    String.raw`\b(?:won't|will not|can't|cannot|shouldn't|should not)\s+(?:\w+ly\s+)?(?:hurt|harm)\b|\b(?:it|this|that|the\s+[\w-]+|symptoms?|she|he)(?:'ll|\s+will)\s+(?:soon\s+)?(?:pass|wear off|settle down|go away)\b|\bnothing\s+(?:serious|to\s+worry\s+about)\b`,
    // Dosing advice no agent can give: "just take two tomorrow to catch up", "double up".
    String.raw`\btake\s+(?:two|2|a\s+double\s+dose)\b[^.!?]{0,30}\b(?:tomorrow|tonight|to\s+catch\s+up|to\s+make\s+up)\b|\bdouble\s+(?:up|the\s+dose)\b`,
    // Made good in words of no list: "we'll make it right and compensate you".
    String.raw`\b(?:we|i|the\s+[\w-]+)(?:'ll|\s+will)\s+(?:\w+ly\s+)?(?:make\s+it\s+right|make\s+it\s+up\s+to\s+you|compensate|cover\s+(?:all|any|the|your|everything|every))\b`,
    String.raw`\bnothing\s+(?:will|'ll)\s+(?:be\s+lost|go\s+wrong|happen)\b|\b(?:you|we)\s+(?:won't|will not)\s+lose\s+(?:anything|a\s+thing|any)\b`,
    String.raw`\b(?:no question(?:s asked)?|without (?:a\s+)?question|without (?:a\s+)?doubt|surely|no doubt about it|nothing to worry about|you have my word|i promise|i guarantee|guaranteed)\b`,
    String.raw`\bat the (?:very\s+)?latest\b`,
    // A medicine said to be safe to use ("insulin is fine at room temperature… you can use them as
    // normal"): a pharmacist's call, never the agent's.
    String.raw`\b(?:insulin|medicine|medication|tablets?|pills?|vaccines?|inhalers?|pens?)\s+(?:is|are)\s+(?:still\s+|perfectly\s+|totally\s+)?(?:fine|safe|ok|okay|good)\b|\byou\s+can\s+(?:still\s+|safely\s+)?(?:use|take|inject|give)\s+(?:it|them|these|those|the\s+[\w-]+)\s+(?:as\s+normal|as\s+usual|normally|safely|without\s+worry)\b`,
    String.raw`\b(?:right as rain|good as new|fit as a fiddle|back to (?:normal|(?:her|his|their) (?:old|usual|normal) self))\b`,
    // Dosing said to be safe ("taking four of the 25s should be fine"): a pharmacist's call, never the agent's.
    String.raw`\b(?:taking|take|using|use|giving|give|doubling)\s+(?:[\w-]+\s+){0,5}?(?:should|will|would)\s+be\s+(?:fine|ok|okay|safe|alright|all right)\b`,
    // A reward promised to someone else ("I'll get the rider a bonus too!"): not the agent's to give.
    String.raw`\b(?:i|we)(?:'ll|\s+will)\s+(?:get|give)\s+(?:the|our|your|him|her|them)\s+(?:[\w-]+\s+)?(?:a\s+)?(?:bonus|raise|pay\s+rise|reward|gift|tip)\b`,
    // "so you don't need to worry about a thing": a promise that nothing will go wrong.
    String.raw`\byou\s+(?:don't|do not|won't|will not)\s+(?:need|have)\s+to\s+worry\b|\bdon't\s+worry\s+about\s+a\s+thing\b`,
    // The bills the harm ran up, paid for ("we'll pay the full clinic bill of ₦48,500", "cover the
    // cost of buying them at any pharmacy"): liability taken on in chat, for a claims team to decide.
    String.raw`(?:^\s*|\b(?:we|i)(?:'ll|\s+will)\s+(?:[^.!?]{0,40}?\band\s+)?)(?:also\s+|then\s+|of course\s+)?(?:pay|cover|reimburse|foot)\s+(?:for\s+)?(?:the|your|any|all)\s+(?:full\s+|whole\s+)?(?:cost\s+of\s+(?:buying|getting|replacing|the)|(?:clinic|vet|vet's|hospital|medical|doctor's|dental|dentist's|treatment|repair|repairs|garage|mechanic's|hotel|taxi|legal|lawyer's|plumber's)\s+(?:bills?|costs?|fees?|expenses|invoices?))`,
  ].join('|'),
  'i',
);

// The problem pushed away: onto a third party, onto the customer, onto a rule, or "nothing I can do".
// (A rule cited on the way, "as per our policy", is cut as a phrase by calmerTone.ts: the fact it
// leads into stays.)
const PUSHES_AWAY = new RegExp(
  [
    String.raw`\b(?:not|isn't|is not|wasn't|was not)\s+(?:something|anything)\s+(?:that\s+)?(?:we|i)\s+(?:can|could)\s+control\b`,
    String.raw`\b(?:out of|beyond|outside(?:\s+of)?)\s+(?:our|my)\s+control\b`,
    // "workarounds are outside the scope of chat support": a wall, not a reason.
    String.raw`\b(?:outside|beyond|not\s+within|not\s+in)\s+(?:the\s+|our\s+|my\s+)?(?:scope|remit)\b`,
    String.raw`\b(?:it's|it is|it was|that's|that is|this is)\s+(?:all\s+)?their\s+(?:fault|cancellation|problem|issue|mistake|error|responsibility|decision|call|system)\b`,
    String.raw`\b(?:not|isn't|wasn't)\s+(?:our|my)\s+(?:fault|doing|problem|responsibility|issue)\b`,
    String.raw`\byour\s+(?:own\s+)?(?:choice|decision|call)\b|\bnot\s+ours\b|\b(?:is|are|isn't|aren't)\s+not\s+(?:liable|responsible)\s+for\b|\bnot\s+(?:liable|responsible)\s+for\b`,
    // "the restaurant packs the orders, not us", "the school did the import not us".
    String.raw`,?\s+not\s+(?:us|me|our\s+(?:team|staff|side|end|company|fault))\s*[.!]?$`,
    String.raw`\bnot\s+(?:much|a lot|a great deal|anything)\s+(?:else\s+|more\s+)?(?:that\s+)?(?:i|we)\s+can\s+do\b`,
    String.raw`\b(?:tenants?|customers?|residents?|members?|users?|guests?|owners?|patients?|clients?|parents?|cardholders?)\s+(?:need|needs|have|has|must|should|are expected|is expected|are responsible|is responsible)\s+to\b`,
    String.raw`\byou(?:'ll|\s+will)?\s+(?:just\s+)?(?:have|need)\s+to\s+(?:manage|wait it out|accept (?:it|that|this)|live with|make do|cope|deal with it)\b|\byou\s+can\s+manage\b`,
    String.raw`\bjust\s+(?:check|take it up|speak|talk)\s+with\s+(?:the|your|them)\b`,
    // "Verbal statements made by staff are not binding": what they were told, waved away.
    String.raw`\b(?:verbal|oral|spoken|phone)\s+(?:statements?|promises?|agreements?|assurances?|advice|quotes?)\b[^.!?]{0,40}\b(?:not|never)\s+(?:legally\s+)?binding\b|\bwhat\s+(?:the\s+)?(?:staff|agent|rep|colleague|branch)\s+(?:said|told you)\s+(?:doesn't|does not|don't|do not)\s+count\b`,
    // An excuse or a discouragement: "maintenance is really backed up right now", "but normally it is refused".
    String.raw`\b(?:is|are|'s|'re)\s+(?:really\s+|very\s+|so\s+|just\s+)?(?:backed\s+up|swamped|overloaded|snowed\s+under|short[- ]staffed)\b|\bnormally\s+(?:it\s+is|it's|they\s+are|they're|these\s+are)\s+(?:refused|rejected|declined|turned\s+down)\b`,
    // "please not open more tickets about this".
    String.raw`\b(?:please\s+)?(?:don't|do not|not)\s+(?:open|raise|send|create|submit|file|log)\s+(?:any\s+)?(?:more|another|further|new|other|extra)\s+(?:tickets?|cases?|complaints?|requests?|messages?|emails?)\b`,
    String.raw`\b(?:that's|that is|it's|it is)\s+(?:just\s+)?(?:our\s+policy|the\s+policy|policy|the\s+rules|how it (?:is|works)|the way it is)\b|\brules are rules\b|\bthose are the rules\b`,
    // A partner run down: "Openreach have been a nightmare on this exchange all week", "they're useless".
    String.raw`\b(?:have|has)\s+been\s+(?:an?\s+)?(?:absolute\s+|total\s+|complete\s+|real\s+)?(?:nightmare|useless|hopeless|terrible|awful|a\s+joke|rubbish|a\s+pain)\b|\b(?:they're|they\s+are)\s+(?:honestly\s+|really\s+|so\s+|just\s+)?(?:useless|hopeless|a\s+nightmare|terrible|rubbish|slow)\b`,
    // Sent to read the small print instead of an answer: "You can read the full terms on our
    // website", "please read the FAQ".
    String.raw`\b(?:you\s+can|you\s+may|please|kindly|feel\s+free\s+to)\s+(?:read|re-?read|check|review|refer\s+to|consult)\s+(?:the|our)\s+(?:full\s+|complete\s+)?(?:terms(?:\s+(?:and|&)\s+conditions)?|t\s?&\s?cs|faqs?|policy|policies|help\s+(?:centre|center|pages?|articles?))\b`,
  ].join('|'),
  'i',
);

/** Says a slip happened on our side in words of fault, whatever the wording around them. */
export function saysFault(sentence: string): boolean {
  return FAULT_WORDS.test(sentence);
}

/** States as certain what no one can promise (health, data, a third party's doing). */
export function assuresOutcome(sentence: string): boolean {
  return ASSURES_OUTCOME.test(sentence);
}

// Money back on a clock the bank keeps: "I will refund the €380 to your card today".
// (Also said as the customer's: "I've made sure you'll get a full refund to your bank account within the hour".)
// ("I'll get the £180 back in your account today": the money got back.)
// ("I will cancel it and refund you the 480 € today": the refund after another step, same clock.)
const REFUND_ON_A_CLOCK = /\b(?:(?:i|we)(?:'ll|\s+will)\s+(?:\w+ly\s+)?(?:\w+\s+(?:it|them|this|that|the\s+\w+)\s+and\s+)?(?:refund|credit|reimburse|pay|reverse|return|get\s+(?:the|your)\s+\S+\s+back)\b|you(?:'ll|\s+will)\s+(?:get|receive|have|see)\s+(?:a\s+|the\s+|your\s+)?(?:full\s+)?(?:refund|money|reimbursement)\b)[^.!?]{0,60}?\b(?:today|tonight|right now|right away|immediately|straight away|within the hour|within \d+ hours?)\b/i;

/** Promises money back by a time the agent does not control. */
export function refundsOnAClock(sentence: string): boolean {
  return REFUND_ON_A_CLOCK.test(sentence);
}

/** Pushes the problem onto someone else, a rule, or "nothing I can do". */
export function pushesAway(sentence: string): boolean {
  return PUSHES_AWAY.test(sentence);
}
