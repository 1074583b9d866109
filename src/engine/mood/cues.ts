// The ways a support customer shows frustration without hostility, as named cues with the words
// that carry them. Each cue is one input of the frustration model (its weight is learned, see
// docs/mood-model.md) and, when it fires, a reason a QA lead can read: "waiting: 'on hold for
// past 45 mins'".
//
// Cues are written for support text in general (Twitter, chat, e-mail), from the playbook's list
// of signals and the usual complaint vocabulary, not from the rated turns: the model learns how
// much each one counts. Matched on `cueText` (curly quotes straightened, @handles and links
// dropped), case-insensitively.

export interface FrustrationCue {
  /** Stable id: the model's feature name is `cue:<id>`. */
  id: string;
  /** What an agent or QA lead calls it ("waiting", "sarcasm"). */
  label: string;
  pattern: RegExp;
}

const TIME_UNIT = String.raw`(?:mins?|minutes?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)`;
const AMOUNT = String.raw`(?:\d+(?:\s*-\s*\d+)?|an?|one|two|three|four|five|six|several|few|many|couple(?: of)?)`;

export const FRUSTRATION_CUES: readonly FrustrationCue[] = [
  {
    id: 'waiting',
    label: 'waiting',
    pattern: new RegExp(
      String.raw`\b(?:(?:been |still |now |keep )?(?:on hold|waiting|waited|wait(?:ed)? (?:for|on|since))(?: (?:for|over|the|past|last|almost|nearly|about|more than|since|another))*(?: ${AMOUNT})?(?: ${TIME_UNIT})?|(?:for|over|past|last|after|almost|nearly) (?:the )?(?:past |last )?${AMOUNT}\+? ${TIME_UNIT}(?: now| later| ago)?|${AMOUNT} ${TIME_UNIT} (?:now|later|ago|and (?:still|counting|nothing))|since (?:yesterday|last \w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this morning)|all (?:day|night|week|morning)|(?:for|in) (?:ages|forever|weeks|months|days|hours)|still (?:no|not|nothing|haven'?t|hasn'?t|waiting|on hold)|(?:not|haven'?t|hasn'?t|never|still not) (?:yet )?(?:received|arrived|heard back|got|gotten|delivered|shipped|responded|replied|come|came)|yet to (?:receive|hear|get|arrive))\b`,
      'i',
    ),
  },
  {
    id: 'repeat',
    label: 'repeat contact',
    pattern: new RegExp(
      String.raw`\b(?:(?:second|2nd|third|3rd|fourth|4th|fifth|5th|\d+(?:th|rd|nd)?) time|${AMOUNT} times|(?:again|once more)|already (?:contacted|called|tried|sent|told|dm'?e?d|emailed|e-mailed|reported|explained|done|spoke|spoken|asked|gave|given|reset|restarted)|(?:keep|kept) (?:getting|having|asking|telling|saying|trying|calling|sending|happening|dropping|crashing)|every (?:time|single time|day)|over and over|repeatedly|multiple times|numerous times|as i (?:said|mentioned|explained)|like i said|i (?:have |'ve )?(?:told|explained to) you)\b`,
      'i',
    ),
  },
  {
    id: 'still',
    label: 'still not fixed',
    pattern: /\b(?:still|anymore|any more|no longer|yet again|not yet|even after|despite)\b/i,
  },
  {
    id: 'failure',
    label: 'bad outcome',
    pattern:
      /\b(?:(?:does ?n[o']?t|did ?n[o']?t|do ?n[o']?t|won'?t|wont|can'?t|cant|cannot|could ?n'?t|not|never|is ?n'?t|was ?n'?t|are ?n'?t|stopped|keeps?) (?:work(?:ing|ed|s)?|load(?:ing|s)?|connect(?:ing)?|help(?:ing|ed|ful)?|arrive[ds]?|respond(?:ing|ed)?|answer(?:ing|ed)?|fix(?:ed)?|resolve[ds]?|get (?:through|a response|an answer|help)|crash(?:ing|es)?|freez(?:ing|es))|broken|broke|crash(?:ed|es|ing)|error|fail(?:ed|s|ing|ure)?|outage|no (?:service|signal|internet|wifi|wi-fi|connection|response|reply|answer|help|one|update|refund|idea)|nobody|no one|nothing|unable to|missing|lost|wrong|charged|overcharged|double charged|declined|cancel+ed|refund|escalated|assurance|excuses?|promised?|supposed to)\b/i,
  },
  {
    id: 'exasperation',
    label: 'exasperation',
    pattern:
      /\b(?:disappoint\w*|frustrat\w*|annoy\w*|ridiculous|unacceptable|absurd|pathetic|a joke|joke|worst|terrible|horrible|awful|appalling|disgust\w*|useless|incompetent|rubbish|garbage|trash|fed up|sick (?:of|and tired)|tired of|enough is enough|smh|wtf|wth|ffs|omfg|ugh+|seriously|unbelievable|lie|lies|lied|lying|liars?|scam\w*|rip ?off|shame(?:ful)?|sad|upset|angry|mad|hate|hopeless|bleak|nightmare|mess|poor|shocking|sucks?|lousy|bs|crap|hell|damn|bloody|really\??|come on|are you kidding|kidding me)\b/i,
  },
  {
    id: 'leaving',
    label: 'threat to leave',
    pattern:
      /\b(?:switch(?:ing)? (?:to|over|provider|carrier)|cancel(?:l?ing)? (?:my|the|our) (?:account|subscription|service|contract|order|membership|plan)|never (?:again|use|using|buy|buying|fly|flying|shop|shopping|order|ordering)|last time i|taking my (?:business|money)|go(?:ing)? elsewhere|(?:bad|negative|1[- ]star|one[- ]star) review|report(?:ing)? (?:you|this)|complain(?:t|ing)? to|better business bureau|bbb|ombudsman|lawyer)\b/i,
  },
  {
    id: 'sarcasm',
    label: 'sarcasm',
    pattern:
      /(?:\b(?:thanks for nothing|so much for|yeah,? right|oh,? (?:great|good|wonderful|nice|joy|perfect)|(?:nice|good|great|glad|lovely) to (?:know|see|hear)|(?:gotta|got to|have to|you have to|i just|i) love (?:how|that|when|it when)|thanks a lot|way to go|good job|well done|bravo|great (?:job|service|work)|real(?:ly)? (?:great|helpful)|very helpful|so helpful|super helpful|clearly|apparently|obviously|of course)\b|"(?:great|best|fast|good|amazing|unlimited|free|fastest|reliable|customer service|support|help|service|premium|priority|express|guaranteed)")/i,
  },
  {
    id: 'rhetorical',
    label: 'rhetorical question',
    pattern:
      /\b(?:why (?:is|are|do|does|did|would|can'?t|cant|won'?t|should|the|on earth|is it|has|have|am|was)|how (?:come|is (?:it|this)|can (?:you|a|it|i|they|this)|hard is it|long (?:does|do|will|is|has|have|should|must)|many (?:more )?times|difficult)|what(?:'s| is) the point|what (?:the|is going on|happened to|kind of)|are you (?:serious|kidding|joking|even|actually|really)|is this (?:a joke|real|normal|acceptable|how)|is (?:it|that) (?:too much|so hard|really)|(?:just|all) a lie|who (?:does|do) (?:that|this)|does anyone|is anyone|anyone (?:there|home|listening))[^?.!]*\?/i,
  },
  {
    id: 'demand',
    label: 'demand',
    pattern:
      /\b(?:you need to|you (?:should|must|better|have to)|i want (?:my|a|an|the|to know|answers?)|i (?:need|demand|expect) (?:a|an|my|the|to|you|someone|answers?)|give (?:me|us) (?:my|our|a|an|the)|please (?:make|fix|sort|stop|just|do something)|fix (?:this|it|my|your)|sort (?:this|it) out|pay attention|do something|get (?:this|it) (?:fixed|sorted|resolved)|need help|help me|respond to me|answer me)\b/i,
  },
  {
    id: 'blame',
    label: 'blame',
    pattern:
      /\b(?:you(?:'re| are) (?:a|the|so|just|not|really|being|clearly|obviously)|you (?:guys |people |all )?(?:only|never|don'?t|didn'?t|couldn'?t|can'?t|won'?t|keep|lost|broke|ruined|charged|lied|messed|screwed|failed|refused|ignored)|y'?all|your (?:company|service|customer service|staff|employees?|drivers?|reps?|agents?|app|website|site|system|people|team|support)|u (?:treat|guys|people|never|don'?t|didn'?t))\b/i,
  },
  {
    id: 'hashtag-complaint',
    label: 'complaint hashtag',
    pattern: /#\w*(?:fail|woe|lie|lying|liar|theft|stole|steal|scam|fraud|worst|sucks|disappoint|frustrat|angry|annoy|boycott|shame|ripoff|broken|delay|lost|never|unhappy|poor|badservice|nothappy|help|fix|wtf|smh|ugh)\w*/i,
  },
  {
    id: 'upset-emoji',
    label: 'upset emoji',
    pattern: /(?:\u{1F621}|\u{1F624}|\u{1F620}|\u{1F92C}|\u{1F644}|\u{1F612}|\u{1F629}|\u{1F62B}|\u{1F62D}|\u{1F622}|\u{1F44E}|\u{1F4A9}|\u{1F611}|\u{1F61E}|\u{1F614}|\u{1F926}|\u{1F937}|\u{1F615}|\u{1F61F}|\u{1F623}|\u{1F625}|\u{1F630}|\u{1F627}|\u{1F616}|\u{1F494}|:\(|:-\(|>:\(|:\/|-_-|:\|)/u,
  },
  {
    id: 'thanks',
    label: 'thanks',
    pattern: /\b(?:thanks?|thank you|thankyou|thankx|thanx|thnx|thks|tks|thx|ty|tysm|appreciated?|appreciate it|cheers|much obliged|grateful)\b/i,
  },
  {
    id: 'resolved',
    label: 'resolved',
    pattern: /\b(?:(?:it'?s |that |all |now )?(?:fixed|sorted|resolved|solved|working (?:now|again|fine)|works (?:now|again|fine)|all good|no worries|no problem|perfect|great,? thanks?|awesome|brilliant|excellent|amazing|love (?:it|you|this)|happy|glad|pleased|helpful|well done)\b)/i,
  },
  {
    id: 'info-question',
    label: 'asking how',
    pattern:
      /^(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))\b[,.!\s-]*)?(?:quick question[,:.!\s-]*)?(?:how (?:do|can|would|should|does) (?:i|we|one)|can (?:i|we|you)|could (?:i|we|you)|is (?:there|it possible)|do you (?:have|know|offer|sell|ship|deliver)|does (?:the|it|this|your|anyone)|what(?:'s| is| are) the|are (?:children|kids|pets|there|you open)|where (?:can|do) (?:i|we)|when (?:does|will|is|do)|which|would (?:this|it)|any (?:word|news|update|idea))\b/i,
  },
  {
    id: 'joy',
    label: 'joking or happy',
    pattern: /\b(?:ha(?:ha)+|hah|lol|lmao|yay+|woo+hoo+|excited|can'?t wait to|best time|happy (?:halloween|holidays|birthday|new year|thanksgiving|friday))\b|\uD83D\uDE02|\uD83E\uDD23|\uD83C\uDF83|\uD83D\uDC95|\uD83D\uDC96|\uD83E\uDD17|\uD83E\uDD73/i,
  },
  {
    id: 'happy-emoji',
    label: 'happy emoji',
    pattern: /(?:\u{1F60A}|\u{1F600}|\u{1F642}|\u{1F60D}|\u{1F618}|\u2764|\u{1F44D}|\u{1F64F}|\u{1F601}|\u{1F603}|\u{1F604}|\u{1F970}|\u{1F499}|\u{1F49C}|\u{1F49B}|\u{1F49A}|\u{1F389}|\u{1F60E}|:\)|:-\)|:D|;\))/u,
  },
];

// Most chat lines have no curly quote, handle, link, sign-off, entity or run of spaces: they are
// matched as they are, without a chain of replacements.
const NEEDS_CLEANING = /[\u2018\u2019\u02bc\u201c\u201d@^&]|https?:|\s\s|[^\S ]/;

/** Curly quotes straightened, @handles, links and ^XY sign-offs dropped: what cues match. */
export function cueText(raw: string): string {
  if (!NEEDS_CLEANING.test(raw)) return raw.trim();
  return raw
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/(?:^|\s)\.?@\w+/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\^[A-Z]{1,3}\b/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words around a cue's match, for a reason: at most ~8 words, cut at sentence ends. */
export function quoteAround(text: string, index: number, length: number): string {
  let start = index;
  let end = index + length;
  // A short match ("still", "again") reads better with the words after it.
  let words = 0;
  while (end < text.length && end - index < 40 && words < 4 && !endsSentence(text.charCodeAt(end))) {
    if (text.charCodeAt(end) === 32) words++;
    end++;
  }
  if (end - start > 60) end = start + 60;
  while (start > 0 && index - start < 12 && !endsSentence(text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 32) start--;
  const quoted = text.slice(start, end).trim().replace(/[,;:\s]+$/, '');
  return end < text.length ? `${quoted}…` : quoted;
}

// . ! ? and a line break
function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}
