// PLAYBOOK step 6: empathize and apologize for the inconvenience (without admitting fault).
import { latestMessageAskedForManager, latestMessageEscalated, MANAGER_REQUEST_RULE, safetyOpen } from '../conversation/openEscalation';
import { latestCustomerIndex, latestMessagePresses, type SuggestionState } from '../conversation/state';
import { ALONGSIDE_THE_BEREAVED_PHRASINGS,
  CONDOLENCES_ALONGSIDE_PHRASINGS, CONDOLENCES_BESIDE_HANDOFF_PHRASINGS, ASKED_AGAIN_WITHOUT_SORRY_PHRASINGS, GRIEF_SHARED_PHRASINGS, CREDIT_REFUSED_PHRASINGS, HONEST_ANSWER_PHRASINGS, HONEST_ANSWER_WITH_CONDOLENCES_PHRASINGS, MAIL_TO_THE_LOST_PHRASINGS, MAIL_TO_THE_LOST_WITH_CONDOLENCES_PHRASINGS, WAITING_FOR_NEWS_PHRASINGS, APOLOGY_PHRASINGS, CANNOT_HELP_HERE_PHRASINGS, carriesTheCaseOn, namesNoFeeling, pushesAFix, speaksOfHardship, speaksOfWorry, speaksToAMoment, SORRY_NOT_ENOUGH_PHRASINGS, speaksOfAskingAgain, speaksOfCold, speaksOfHarm, speaksOfLoss, speaksOfSafety, wishesRecovery, thanksForTelling, UNCLEAR_APOLOGY_PHRASINGS, withoutApology } from '../suggestions';
import { check, defineDetector, ownWording, type Detector } from './types';

interface NoEmpathyState {
  /** The agent acknowledged or apologised since the customer last turned upset (angry or frustrated). */
  empathizedSinceAnger: boolean;
  /** The agent's latest message that acknowledged or apologised. */
  lastEmpathyTurn?: number;
  /** Agent messages since the customer got upset without empathy (cadence of re-flagging). */
  messagesWithoutEmpathy: number;
}

const noEmpathy: Detector<NoEmpathyState> = defineDetector<NoEmpathyState>({
  category: 'no-empathy',
  playbook: 6,
  urgency: 4,
  answeredBy: ['apologize'],
  docs: 'The customer is upset and the agent has not acknowledged it: an apology for the inconvenience.',
  state: {
    initial: () => ({ empathizedSinceAnger: false, messagesWithoutEmpathy: 0 }),
    fold(own, ctx) {
      if (!ctx.text) return own;
      const { anger } = ctx.state;
      if (ctx.speaker === 'customer') {
        // A customer upset again after a calm message (or for the first time) needs empathy again.
        const upsetAgain = ctx.mood !== 'calm' && (anger.lastUpsetTurn === undefined || anger.mood === 'calm');
        return upsetAgain ? { ...own, empathizedSinceAnger: false, messagesWithoutEmpathy: 0 } : own;
      }
      if (ctx.speaker !== 'agent') return own;
      if (ctx.signal('empathy') !== null) return { empathizedSinceAnger: true, lastEmpathyTurn: ctx.index, messagesWithoutEmpathy: 0 };
      return anger.lastUpsetTurn !== undefined ? { ...own, messagesWithoutEmpathy: own.messagesWithoutEmpathy + 1 } : own;
    },
  },
  signals: ['empathy'],
  shows: ['apologize'],
  checks: {
    'no-empathy.angry-without-empathy': check({
      params: { repeatEvery: 'number' },
      docs: 'The customer is upset (angry or frustrated) and the reply has no empathy: the first such reply, then every `repeatEvery`-th (default 2).',
      run: (ctx, params) => {
        const own = noEmpathy.stateOf(ctx.state);
        // Upset is angry or frustrated (PLAYBOOK step 6: apologise for the frustration).
        if (ctx.state.anger.lastUpsetTurn === undefined || own.empathizedSinceAnger) return null;
        if (ctx.signal('empathy') !== null) return null;
        // Flag the first reply without empathy, then every `repeatEvery` replies, not all of them.
        const every = Math.max(1, params.repeatEvery ?? 2);
        return own.messagesWithoutEmpathy % every === 0 ? true : null;
      },
    }),
  },
  resolves: (ctx) => ctx.speaker === 'agent' && ctx.signal('empathy') !== null,
  // An apology answers a message: the customer's latest one complained or read upset (or they are
  // still owed one for an earlier upset), and the agent has not acknowledged it yet. A calm "Yes",
  // "Hold please" or "ecstatic 😊" gets none: sympathy there reads as not listening.
  suggest: (s) => {
    const { anger, customer } = s.state;
    const own = noEmpathy.stateOf(s.state);
    const latest = latestCustomerIndex(s.state);
    if (latest === undefined) return [];
    // Asked again for what they had given: sorry for that, even while a safety scare is open.
    // Only when someone did ask (the agent's last message, or "your colleague asked me for it
    // AGAIN"): "Did you even read what I wrote?" after a look-up of the wrong booking answers no
    // question, and "sorry for asking again" would misread it.
    // "…he's in Dubai as I said" recalls a detail; it is no complaint of being asked for it again.
    const askedAgain =
      customer.latestCues.has('already-gave') && !customer.latestOnlyRecalls && (askedSomething(s.state.agent.recentLines.at(-1)) || customer.latestSaysAsked);
    // The agent's last message said sorry: read once, for the several readings below that ask.
    const lastLine = s.state.agent.recentLines.at(-1) ?? '';
    const agentJustApologised = APOLOGISED.test(lastLine) || REGRETTED.test(lastLine);
    // Harm to someone's health is no "inconvenience": the escalation detector's safety card asks after them.
    // (Unless the customer said it is not serious: "Not dangerous, but he is miserable": then a wish
    // that everyone feels better, below.)
    const safety = safetyOpen(s.state);
    const scareEased = safety && customer.latestCues.has('reassures');
    if (safety && !askedAgain && !scareEased) return [];
    if (own.lastEmpathyTurn !== undefined && own.lastEmpathyTurn > latest) return [];
    // "What do you mean by local user": the agent's words were unclear; that is the sorry owed.
    if (customer.asksMeaning === true && !askedAgain) return ownWording(s, 'apologize', UNCLEAR_APOLOGY_PHRASINGS);
    // Still owed for an earlier upset the agent never acknowledged, unless this message has moved on.
    const stillOwed = anger.lastUpsetTurn !== undefined && !own.empathizedSinceAnger && !customer.latestNeedsNoSympathy;
    // "Sounds like generic #yourenotgonnafixit reply": a stock reply called out is answered by owning
    // what they want, not by silence or another stock line.
    // Grieving and asking for no more sorry ("Please don't send me another sorry. I just need to know
    // honestly…"): neither condolences again nor "you want this put right"; the answer is owed.
    if (customer.latestCues.has('refuses-sorry') && customer.cues.has('bereaved') && !askedAgain) return [];
    // Asked again, and told no more sorry in the same message ("I've given you the job number twice…
    // Get me a manager. Not another sorry, a manager."): "sorry for asking again" is the word they
    // refused (3 of 3 graded it bad, the 196th reading's blind twenty). The hand-off answers one who
    // asked for it; anyone else hears the repeat owned, with no sorry in it.
    if (customer.latestCues.has('refuses-sorry') && askedAgain) return latestMessageAskedForManager(s.state) ? [] : ownWording(s, 'apologize', ASKED_AGAIN_WITHOUT_SORRY_PHRASINGS);
    if (customer.latestCues.has('refuses-sorry') && !askedAgain) {
      const owned = s.phrase('apologize', APOLOGY_PHRASINGS, {}, undefined, (template) => withoutApology(template));
      if (owned) return [owned];
    }
    // "Oh, that's nice. What are you doing about it?" right after the agent's sympathy: it was heard,
    // and mocked; more of it answers nothing.
    // (Sympathy was the message: "Sorry again" after a refund and a £5 credit mocked is the credit mocked.)
    if (customer.mocking && sympathyAlone(s.state.agent.recentLines.at(-1)) && !askedAgain) return ownWording(s, 'apologize', SORRY_NOT_ENOUGH_PHRASINGS);
    // The next message of the same burst ("my kids are doing homework with a torch. just give me
    // the token."): the sympathy they mocked is not offered again in other words.
    if (customer.burstMocked === true && sympathyAlone(s.state.agent.recentLines.at(-1)) && !askedAgain) return [];
    // "you people always say the same thing. its copy paste… I WANT TO TALK TO A MANAGER", "I want
    // someone senior. Not a script": a stock line is the very thing they named, beside the hand-off
    // they asked for (both graded bad by all three graders). Called a script without asking for
    // anyone, a plain apology was still graded acceptable (4 of 4).
    if (customer.burstCalledScripted === true && s.state.open.has(MANAGER_REQUEST_RULE) && !askedAgain) return [];
    // The agent's condolences, looked for once (and only for one who has lost someone: asked of no one else).
    const condoled = customer.cues.has('bereaved') && (s.state.agent.sorryAfterLoss === true || s.state.agent.recentLines.some(condoles));
    // Distress said after the condolences ("I don't know what else is needed… I am doing everything
    // alone"): no "sorry for the trouble, let's get it sorted out", but someone taking it on with them.
    // Asking whether it could have been prevented ("if I pay on friday she is alive now? please tell
    // me the truth"): an honest answer promised, with the condolences if still owed.
    if (customer.latestAsksIfPreventable === true && !askedAgain) return ownWording(s, 'apologize', condoled ? HONEST_ANSWER_PHRASINGS : HONEST_ANSWER_WITH_CONDOLENCES_PHRASINGS);
    // Asking whether the one they love will live: the wait owned, no answer promised.
    if (customer.latestAsksIfTheyWillLive === true && !customer.cues.has('bereaved') && !askedAgain) return ownWording(s, 'apologize', WAITING_FOR_NEWS_PHRASINGS);
    if (condoled && customer.latestDistress === true && !askedAgain) return ownWording(s, 'apologize', ALONGSIDE_THE_BEREAVED_PHRASINGS);
    // (Before the condolences, a death told just now with "what do I do now": both at once.)
    if (!condoled && customer.latestDistress === true && !askedAgain) return ownWording(s, 'apologize', CONDOLENCES_ALONGSIDE_PHRASINGS);
    // Or carrying it alone, whoever it is for ("I can't do this on my own Sam… I don't know whether I
    // should be ringing someone or just sitting with him"): someone alongside them, never "how frustrating".
    if (customer.latestAloneWithIt === true && anger.mood !== 'angry' && !askedAgain) return ownWording(s, 'apologize', ALONGSIDE_THE_BEREAVED_PHRASINGS);
    // Post still sent to the one they lost: sorry it reached them, and no more of it (after distress, which
    // asks for someone alongside them first).
    if (customer.latestMailToTheLost === true && !askedAgain) return ownWording(s, 'apologize', condoled ? MAIL_TO_THE_LOST_PHRASINGS : MAIL_TO_THE_LOST_WITH_CONDOLENCES_PHRASINGS);
    // The one they lost remembered, after the condolences ("he was 14. he slept on my feet every night…
    // I dont even know why Im typing this to a chat"): welcomed, and the rest taken off their hands.
    // (Or after a sorry the agent said before the loss was plain: "I'm so sorry. That's an awful thing
    // to find…", then "It was the only place I could go and talk to him".)
    if ((condoled || agentJustApologised) && customer.latestSharesGrief !== undefined && !askedAgain) return ownWording(s, 'apologize', GRIEF_SHARED_PHRASINGS[customer.latestSharesGrief]);
    // Condolences never given are owed however calmly they write ("My cat Luna died at your clinic…",
    // then "I only want the emails to stop": "sorry for the trouble" was graded bad by all three).
    const condolencesOwed = customer.cues.has('bereaved') && !condoled && !customer.latestNeedsNoSympathy;
    // The credit just offered, laughed off for the money ("3 free rides. On your scooters. That break.
    // 😂 no thanks… I want my 19,80€ back on my card, not credit"): heard, however calm or joking it
    // reads, and whether or not the offer came with a sorry (the 178th reading's blind twenty had no card).
    const creditRefused =
      customer.latestCues.has('refuses-credit') && customer.latestWantsMoneyNotCredit === true && CREDIT_OFFERED.test(s.state.agent.recentLines.at(-1) ?? '') && !latestMessageAskedForManager(s.state) && !askedAgain;
    if (!latestMessagePresses(s.state) && !stillOwed && !condolencesOwed && !askedAgain && !creditRefused) return [];
    // A question with no complaint in it, after the agent has already been kind in this chat
    // ("simple question: what is the last flight tonight?"): the answer is the kindness now.
    // "Can you tell me who can." after "we're unable to help with that here": sorry for that, and a step.
    if (customer.plainQuestion && customer.asksWhoCan === true && own.lastEmpathyTurn !== undefined && s.state.agent.cues.has('refused') && !askedAgain) return ownWording(s, 'apologize', CANNOT_HELP_HERE_PHRASINGS);
    if (customer.plainQuestion && own.lastEmpathyTurn !== undefined && !askedAgain) return [];
    // Questions set out as a numbered list, with no complaint in them ("Two question please. 1) … factura
    // … 2) … can I use them later?"): the answers are owed, not sympathy (3 of 3 graded it bad, the
    // 198th reading's blind twenty), whatever the mood model read before.
    if (customer.latestListsQuestions === true && latest !== customer.lastComplaintTurn && anger.mood !== 'angry' && !customer.cues.has('bereaved') && !askedAgain) return [];
    // "…how much would this cost? I don't want to make trouble, I only want to know.": a question that
    // disclaims any complaint wants its answer; "sorry for the trouble" hands the trouble back (the
    // 180th reading's blind twenty, bad for all three).
    if (customer.latestMeansNoComplaint === true && customer.latestAsks && anger.mood !== 'angry' && !customer.cues.has('bereaved') && !askedAgain) return [];
    // Banter with no complaint in it ("See what they did there? Awww", "haha fair enough 😂"):
    // sympathy misreads it. A complaint with a "lol" in it ("no signal in the tunnel lol this is so
    // stressful") is still owed one.
    // (Not a laugh at the agent's own stock line: "'apologies for any inconvenience' haha. the
    // inconvenience is a written warning from my boss", the 185th reading's blind twenty, with no card.)
    if (customer.latestCues.has('banter') && customer.burstMockedApology !== true && latest !== customer.lastComplaintTurn && !askedAgain && !creditRefused) return [];
    // "I don't want your sorry", "'Apologies' won't work": another apology is the one thing they
    // said not to send, in that message or any later one, nor a stock line to one who called the
    // replies generic; what they want is owned instead, with no sorry in it.
    const refusedSorry = customer.cues.has('refuses-sorry');
    // Told so before the agent's last message, which answered it ("Understood. I have the damage
    // report open…"): "you want this put right, not another apology" answers what was already
    // answered, and a line of feeling is what they refused; the next step is owed (both graded bad
    // by all three graders, in the 141st and 142nd readings). Not when that message said sorry all
    // the same: what they want is still to be owned.
    if (refusedSorry && customer.burstRefusedSorry !== true && !agentJustApologised && !askedAgain) return [];
    // A jibe at the replies ("wow what a canned response") is answered by a real reply, not a line.
    if (customer.latestCues.has('refuses-sorry') && customer.latestJibe) return [];
    // Thanked for the fix with something still pending ("I however await d feedback on d pending
    // issue"): the case stays open, but sympathy would answer a thank-you.
    if (customer.thankedForFix && !askedAgain) return [];
    // A calm, easygoing thank-you for what the agent did ("lol no wahala… refund is fine, thanks
    // Tolu. goodnight") is answered by the close, whatever complaint words the story of it holds.
    if (customer.thankedEasily && customer.latestNeedsNoSympathy && s.state.agent.cues.has('own-action') && !askedAgain) return [];
    // "thank you. How long will it take, and will it be the full 96 EUR?" once the agent has acted:
    // calm questions about what was done want answers; sympathy owed from earlier reads as not listening.
    if (customer.thanked && anger.mood === 'calm' && s.state.actionAgreed && customer.latestAsks && !askedAgain) return [];
    // Praise to pass on ("she was so patient… please pass it on to her manager"): nothing to be sorry for.
    // Nor after a compliment followed by "no refund needed, biryani was 10/10".
    // (Or praise earlier in the same burst, then a word of no complaint: "Thank you Diego, you were
    // very kind, really" and "sorry for my english jaja".)
    if (customer.latestCues.has('praise') || (customer.cues.has('praise') && customer.latestCues.has('wants-nothing')) || (customer.burstPraised === true && latest !== customer.lastComplaintTurn)) return [];
    // "Yes sorry, my mistake. It is C0XK72R19, with zero.": they own the slip and give the fix; a
    // sorry back reads as blaming the desk for it (graded bad by all three graders).
    if (customer.latestCues.has('own-mistake') && anger.mood !== 'angry' && !askedAgain) return [];
    // "Claim's all done, nothing needed for me… all good 🐾": nothing left to be sorry for; nor
    // when it was said in the same burst ("That's everything. Thank you" then a memory of her).
    if ((customer.latestCues.has('nothing-more') || customer.burstNothingMore === true) && anger.mood !== 'angry' && !askedAgain) return [];
    // "Thanks, but no… I'll go with the other one. Can you make sure it doesn't auto-renew?": a
    // decision taken calmly; a stock "how frustrating" to it reads as not having listened.
    if ((customer.latestCues.has('chooses-other') || customer.burstChoseOther === true) && anger.mood !== 'angry' && !customer.mocking && !askedAgain) return [];
    // One more matter raised calmly after the agent's answer, or after "yes it works!!" ("One more small
    // question please…", "Done, blocked 👍 Last thing, …"): taken up, not met with sympathy (the 166th
    // reading's blind twenty: "sorry for the trouble, let's get it sorted" graded bad by all three).
    if (customer.latestRaisesOneCalmly === true && !askedAgain) return [];
    // A happy or playful opening post ("When you're the only one in costume #boorito"): nothing to be sorry for.
    if (customer.openingWithoutProblem === true && !askedAgain) return [];
    // A thank-you for the apology the agent just sent ("Thank you, but no need for credit… I only
    // want the hotel to fix it"): it was taken; a third sorry answers what they did not say.
    if (customer.thanked && !customer.mocking && anger.mood !== 'angry' && agentJustApologised && !askedAgain) return [];
    // Leaving calmly, having said so ("Not angry, just done with the game. I'd like the account
    // gone"): sorry "for the trouble" answers a complaint they never made (3 of 3 graded it bad).
    if (customer.cues.has('not-angry') && customer.cues.has('wants-to-close') && anger.mood !== 'angry' && !askedAgain) return [];
    // A customer who complains calmly ("I'm not cross, but…") is not told how upset they must be.
    // Nor is one worried about their pet ("he's just flat and sad") told how frustrating it must be.
    // Nor one asking whether to worry ("Is that something I should be worried about or am I overreacting").
    // Nor one who sets their requests out as a numbered list ("So two things. 1) … 2) …"): "how
    // frustrating" names a feeling they wrote around (graded bad in the 194th and 196th readings' blind twenties).
    const calm = anger.mood === 'calm' || customer.cues.has('about-an-animal') || (customer.cues.has('worried') && anger.mood !== 'angry') || (customer.latestListsRequests === true && anger.mood !== 'angry');
    // One who wants nothing done ("Honestly, I don't care that much. You should just know…") is
    // thanked for telling, not told how frustrated they must be nor "let's get it sorted out".
    const wantsNothing = customer.latestCues.has('wants-nothing');
    // Said in anger ("whatever. ur all useless. uninstalling", "Forget it… pretty useless"), thanks
    // for telling reads as a goodbye: a plain apology, still no "let's get it sorted out".
    // Nor with a threat ("Forget it. I'm disputing all three charges with my bank. bye"): thanks for
    // telling reads as waving them off.
    // Nor to one who just cancelled on the way out ("forget it. cancelled my gold membership. bye").
    // Nor when it mocks ("great service 👏").
    // Nor to one quitting in a temper ("forget it. DELETE THE ACCOUNT. im done"): thanks reads as glad to see them go.
    // Nor to one who wants nothing more from us but their money ("Don't bother… Just give me my
    // deposit back"): thanks for telling brushes the demand off (3 of 3 graded it bad).
    const thanksFit =
      wantsNothing && anger.mood !== 'angry' && !customer.latestCues.has('wants-money-back') && !customer.latestJibe && !customer.mocking && !latestMessageEscalated(s.state) && !customer.latestCues.has('gone-elsewhere') && !customer.latestCues.has('wants-to-close');
    // "Ok perfect, gracias. Two questions…" right after the agent said sorry: the apology was taken;
    // their questions want answers, not another one.
    // (Or an earlier message of the same burst did, and this one complains of nothing new: "Thank
    // you. Please note I cannot come Sunday…", then "Also the veil is fine, only the dress".)
    if ((customer.latestCues.has('accepts') || customer.thankedFirst || (customer.burstThankedFirst === true && latest !== customer.lastComplaintTurn)) && agentJustApologised && anger.mood !== 'angry' && !askedAgain) return [];
    // Thanks for the step the agent took, then calm questions about it ("ok merci… can the tech call
    // 30 min before?"): the answers are the kindness now.
    if (customer.latestTakesStepAndAsks === true && anger.mood !== 'angry' && !condolencesOwed && !askedAgain) return [];
    // One who has lost someone close is offered condolences until the agent has given theirs; a
    // stock "sorry for the trouble this has caused" to them reads as not having read it.
    const bereaved = customer.cues.has('bereaved') && !condoled;
    // One who was hurt ("I went into a parked car. I'm bruised") is told sorry they were hurt, not
    // sorry "for the trouble this has caused"; not when grieving too, nor once told no more sorry.
    // Once the agent has said it ("glad you weren't seriously hurt"), a stock line may follow, but
    // none that makes it "the trouble" or "the inconvenience".
    const hurtNow = customer.cues.has('hurt') && !bereaved && !refusedSorry;
    const hurt = hurtNow && !s.state.agent.recentLines.some((line) => HURT_ACKNOWLEDGED.test(line));
    // One stranded where it is dangerous (the dark coming, children in the car, trucks passing) is
    // told their safety comes first, until the agent has spoken of it; never "how frustrating".
    // (Not once they said they are home and all fine: the danger is told, not lived; still never
    // "the trouble" or "how frustrating", below.)
    // (Not once the chat has moved on to thanks or a word for the team, the danger told earlier and not
    // again: "Just wanted to say thanks… One bit of feedback tho… we nearly got stuck"; the 206th reading's
    // blind twenty was told to keep away from the traffic.)
    const movedOn = !customer.latestCues.has('unsafe-stranded') && (customer.thanked || customer.closing || customer.gaveFeedback === true || customer.burstThanked === true);
    const unsafeNow = customer.cues.has('unsafe-stranded') && !customer.cues.has('safe-now') && !bereaved && !hurtNow && !refusedSorry && !movedOn;
    const unsafe = unsafeNow && !s.state.agent.recentLines.some((line) => SAFETY_ACKNOWLEDGED.test(line));
    // One brought to tears by it ("I opened the invoice at work and had to go and cry") is told how
    // hard it must have been, never how frustrating (graded bad by all three graders).
    // (Told earlier, and now an angry demand: "2 kids in tears", then "refund the £62 by monday or im
    // going to my bank": how hard it was answers a message before this one; the 183rd reading's blind twenty.)
    const inTears = customer.cues.has('in-tears') && (customer.latestCues.has('in-tears') || anger.mood !== 'angry') && !bereaved && !hurtNow && !unsafeNow && !refusedSorry && !thanksFit;
    // One worried or in a panic ("quick panic message…", then "will I get a fine if it's late?") is
    // told why it worries them, never how frustrating (the 178th reading's blind twenty).
    const worried = customer.cues.has('worried') && anger.mood !== 'angry' && !bereaved && !hurtNow && !unsafeNow && !inTears && !scareEased && !refusedSorry && !thanksFit && !askedAgain;
    // "Yes or no? I don't want another reference number, I want an answer" after the agent said
    // sorry: the answer is owed, not another apology. (Their safety is still owed: no second apology.)
    if (customer.latestCues.has('demands-answer') && s.state.agent.recentLines.some((line) => APOLOGISED.test(line)) && !askedAgain && !unsafe) return [];
    // The agent's apology just sent, and the reply mocks it or the offer beside it ("Wow. A deferral.
    // What a creative new idea…"): a second stock sorry repeats what was scorned (the 153rd reading's blind twenty).
    if (customer.mocking && agentJustApologised && !unsafe && !bereaved && !hurt) return [];
    // Or quoted back and scorned, in that message or an earlier one of the burst ("'Any inconvenience'.
    // … Did you copy that from a template?", "thank u for this beautiful copy paste", "really sorry
    // lol. yeah I bet you are"): a stock sorry was graded bad by all three graders, three times in the
    // 163rd reading. What they want is owned instead, with no sorry in it.
    // (Or called a bot, with a regulator threatened beside it: "are you a bot? … tomorrow i go to
    // OSIPTEL"; the stock sorry is what they mocked, whatever the agent's last line said; the 182nd
    // reading's blind twenty.)
    const scriptedAndEscalated = customer.burstCalledScripted === true && latestMessageEscalated(s.state);
    if ((customer.burstMockedApology === true || customer.burstCalledScripted === true) && (agentJustApologised || scriptedAndEscalated) && !askedAgain && !unsafe && !bereaved && !hurt) {
      const owned = s.phrase('apologize', APOLOGY_PHRASINGS, {}, undefined, (template) => withoutApology(template));
      return owned ? [owned] : [];
    }
    // The credit the agent just offered, turned down for the money ("a voucher… no thanks. i want my
    // 97 back on my card"): heard, with no second sorry.
    if (creditRefused && !unsafe && !bereaved && !hurt && !inTears) return ownWording(s, 'apologize', CREDIT_REFUSED_PHRASINGS);
    // "Give me a manager. Now. Not a voucher, not another form": the hand-off they asked for answers
    // them; a stock sorry beside it reads as one more stall (graded bad in 8 of 19 showings beside
    // the hand-off card over the readings up to the 161st, whose blind twenty showed it again).
    // (Or asked for before and answered with one more sorry: "NO VOUCHER. MANAGER."; the 164th's.)
    const managerStillOwed = s.state.open.has(MANAGER_REQUEST_RULE) && agentJustApologised;
    if ((latestMessageAskedForManager(s.state) || managerStillOwed) && !askedAgain && !unsafe && !bereaved && !hurt && !inTears) return [];
    // Mocked earlier in the chat ("'Any inconvenience.' Lovely. Did a bot write that?"), and now a chargeback
    // threatened: a bare stock sorry two messages on was graded bad by all three (the 212th reading's blind
    // twenty); what they want is owned instead, with no sorry in it.
    if (customer.mockedStockApology === true && latestMessageEscalated(s.state) && !askedAgain && !unsafe && !bereaved && !hurt && !inTears) {
      const owned = s.phrase('apologize', APOLOGY_PHRASINGS, {}, undefined, (template) => withoutApology(template));
      return owned ? [owned] : [];
    }
    // Once the agent has given theirs, a stock "sorry for the trouble… let's get it sorted out" to a
    // grieving customer asking what to do next jars: their questions want answers. (Distress said
    // without a question, "every letter is like it's happening again", still gets sympathy.)
    // (Nor to one who says what worries them without a question mark, "is that going to be a problem":
    // "sorry you've had to deal with this" reads as not having read the death; 3 of 3 graded bad.)
    if (customer.cues.has('bereaved') && condoled && anger.mood !== 'angry' && !askedAgain) return [];
    // Condolences owed beside the hand-off they asked for ("I want to speak to Lorenzo. Not you, not the
    // team. Him."): said alone; "I'll take care of this with you" is what they turned down (3 of 3
    // graded it bad, the 198th reading's blind twenty).
    if (bereaved && latestMessageAskedForManager(s.state) && !askedAgain) return ownWording(s, 'apologize', CONDOLENCES_BESIDE_HANDOFF_PHRASINGS);
    // Lines that never make light of what happened (nor, to one grieving, once the condolences were
    // given: "the trouble" of a death), nor push "let's get it sorted out" on one who wants nothing
    // done or cancelled and went elsewhere.
    const harmLike = hurtNow || customer.cues.has('unsafe-stranded') || scareEased || inTears || customer.cues.has('bereaved') || customer.cues.has('calls-it-serious');
    // (Nor on one cancelling outright: "I AM CANCELLING" is the fix they chose.)
    const pushNoFix = wantsNothing || customer.latestCues.has('gone-elsewhere') || customer.latestCues.has('cancels-outright');
    // Which phrasings fit (given inline: a named closure costs more to make, once per read).
    const apologize =
      s.phrase(
        'apologize',
        APOLOGY_PHRASINGS,
        {},
        undefined,
        (template) => {
          const t = apologyTraits(template);
          return (
            t.speaksOfLoss === (bereaved && !askedAgain) &&
            t.speaksOfHarm === (hurt && !askedAgain) &&
            t.speaksOfSafety === (unsafe && !askedAgain) &&
            (!t.speaksOfSafety || t.speaksOfCold === customer.cues.has('stranded-in-cold')) &&
            t.wishesRecovery === (scareEased && !askedAgain && !bereaved && !hurt && !unsafe) &&
            t.speaksOfHardship === (inTears && !scareEased && !askedAgain) &&
            t.speaksOfWorry === worried &&
            t.withoutApology === (refusedSorry && !askedAgain) &&
            t.speaksOfAskingAgain === askedAgain &&
            t.thanksForTelling === (thanksFit && !askedAgain) &&
            // (Nor to one asking for every message to stop, a self-exclusion: "how frustrating" shrinks it.)
            (!(calm || wantsNothing || customer.latestCues.has('wants-contact-stopped')) || t.namesNoFeeling || t.speaksOfWorry) &&
            !(harmLike && t.makesLightOfHarm) &&
            !(pushNoFix && t.pushesAFix)
          );
        },
        true,
      ) ??
      // When no line fits every cue at once, a plain one (no condolences, thanks or "I hope everyone
      // feels better" from another moment) that still makes light of nothing; failing that, none.
      s.phrase(
        'apologize',
        APOLOGY_PHRASINGS,
        {},
        undefined,
        (template) => {
          const t = apologyTraits(template);
          return !t.speaksToAMoment && t.withoutApology === refusedSorry && !(harmLike && t.makesLightOfHarm) && !(pushNoFix && t.pushesAFix);
        },
        true,
      );
    return apologize ? [apologize] : [];
  },
});


/** The agent's latest message that acknowledged or apologised. */
export function lastEmpathyTurn(state: SuggestionState): number | undefined {
  return noEmpathy.stateOf(state).lastEmpathyTurn;
}

// The agent's last message asked something, not an offer put as a question ("Would you like me to
// refund the ticket anyway?": "Again the refund. Did you read what I wrote?" is no complaint of being asked).
// ("Would you consider B-14-09? … I can hold it for you today": an offer, turned down with "I told you already".)
const OFFER_QUESTION = /\b(?:would you like (?:me|us) to|shall i|shall we|do you want (?:me|us) to|should i|should we|would you consider|how about|what about|would (?:that|this|it) work for you)\b/i;
const askedSomething = (line: string | undefined) => line !== undefined && line.includes('?') && !OFFER_QUESTION.test(line);
const CREDIT_OFFERED = /\b(?:voucher|credit|coupon|points|gift card|discount code|promo code|code [A-Z0-9]{4,}|\d+\s?% off)s?\b/i;
const APOLOGISED = /\b(?:sorry|apologi[sz]e|apologies)\b/i;
// ("We regret the inconvenience caused" is the desk's sorry just sent, and is quoted back as one; the 212th
// reading's blind twenty.)
const REGRETTED = /\bregret (?:the|any|that)\b/i;
// Sorry said, or the feeling named: "I understand the frustration this causes, Andy".
// ("Hi there, thanks for reaching out to Lakeside Power! Sorry to hear about the trouble 🙏": a
// greeting and sorry, no step nor question in it.)
const SYMPATHY_ALONE_WORDS = 25;
const sympathyAlone = (line: string | undefined) =>
  line !== undefined && line.split(/\s+/).length <= SYMPATHY_ALONE_WORDS && EMPATHISED.test(line) && !line.includes('?') && !carriesTheCaseOn(line);
const EMPATHISED = /\b(?:sorry|apologi[sz]e|apologies|understand (?:the|your|how)|(?:must|can) be (?:so )?(?:frustrating|annoying|stressful|upsetting))\b/i;
const MAKES_LIGHT_OF_HARM = /\b(?:trouble|inconvenien\w*|hassle|frustrat\w*)\b/i;
// Their hurt spoken of: "sorry you were hurt", "glad you weren't seriously hurt", "are you OK?".
const HURT_ACKNOWLEDGED = /\b(?:hurt|injur(?:y|ies|ed)|are you (?:ok|okay|alright|all right)|hope you(?:'re| are) (?:ok|okay|alright|all right|feeling better))\b/i;
// Their safety spoken of: "please stay safe", "your safety comes first", "are you somewhere safe?".
const SAFETY_ACKNOWLEDGED = /\b(?:safe|safety|(?:are you|is everyone|is everybody|are you all|are they) (?:ok|okay|alright|all right))\b/i;
// Condolences given: "sorry for your loss", "my condolences", "sorry to hear about your father",
// "I'm so very sorry, Mr Le Cocq, I didn't know" (said to the news of a death: the 145th reading's blind ten).
// ("I am so sorry about your father": the 182nd reading's blind twenty, read as none, offered them again.)
const CONDOLED = /\b(?:sorry for your loss|sorry to hear (?:the|your) (?:sad |heartbreaking |devastating )?(?:news|results?)\b(?! (?:about|of) (?:the|your) (?:order|delivery|parcel|package|account|booking|bill|invoice))|sorry (?:about|for) (?:the loss of )?your (?:father|mother|dad|mum|mom|husband|wife|partner|son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|gran|nan|granny|aunt|uncle|baby|fianc[eé]e?)\b|sorry for the loss of|condolences|sorry to hear (?:about|of) (?:your|the) (?:loss|passing|\w+'s passing)|sorry to hear (?:that )?(?:your|he|she) (?:\w+ )?(?:passed|died)|so very sorry(?! (?:for|about) (?:the|this|that|any) (?:delay|wait|trouble|inconvenience|mix-up|confusion))|sorry\b[^.!?]{0,30}\bi (?:didn't|did not) know)\b/i;
// "I'm so sorry about Alasdair": condolences by the name of the one who died.
const CONDOLED_BY_NAME = /\b(?:[Ss]o |[Rr]eally |[Tt]ruly |[Dd]eeply )?[Ss]orry (?:about|to hear about) (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|This|That|The|It|All|Everything)\b)\p{Lu}\p{Ll}+\b/u;
// ("I'm so sorry to hear the result": a failed transfer mourned; the 215th reading's blind twenty.)
const condoles = (line: string) => CONDOLED.test(line) || CONDOLED_BY_NAME.test(line);

/** What an apology template speaks to, each answer as its function gives it. */
interface ApologyTraits {
  speaksOfLoss: boolean;
  speaksOfHarm: boolean;
  speaksOfSafety: boolean;
  speaksOfCold: boolean;
  wishesRecovery: boolean;
  speaksOfHardship: boolean;
  speaksOfWorry: boolean;
  withoutApology: boolean;
  speaksOfAskingAgain: boolean;
  thanksForTelling: boolean;
  namesNoFeeling: boolean;
  makesLightOfHarm: boolean;
  pushesAFix: boolean;
  speaksToAMoment: boolean;
}

// The apology cards weigh every template after every turn: each template's traits are read once
// and kept, one lookup per template rather than one per trait (a dozen per template, per read).
// Templates are few (the rule packs' and the code's); bounded all the same.
const traitsOfTemplate = new Map<string, ApologyTraits>();
const MAX_TEMPLATES = 2_000;

function apologyTraits(template: string): ApologyTraits {
  let traits = traitsOfTemplate.get(template);
  if (traits === undefined) {
    if (traitsOfTemplate.size >= MAX_TEMPLATES) traitsOfTemplate.clear();
    traits = {
      speaksOfLoss: speaksOfLoss(template),
      speaksOfHarm: speaksOfHarm(template),
      speaksOfSafety: speaksOfSafety(template),
      speaksOfCold: speaksOfCold(template),
      wishesRecovery: wishesRecovery(template),
      speaksOfHardship: speaksOfHardship(template),
      speaksOfWorry: speaksOfWorry(template),
      withoutApology: withoutApology(template),
      speaksOfAskingAgain: speaksOfAskingAgain(template),
      thanksForTelling: thanksForTelling(template),
      namesNoFeeling: namesNoFeeling(template),
      makesLightOfHarm: MAKES_LIGHT_OF_HARM.test(template),
      pushesAFix: pushesAFix(template),
      speaksToAMoment: speaksToAMoment(template),
    };
    traitsOfTemplate.set(template, traits);
  }
  return traits;
}

export default noEmpathy;
