// Cards are written in English: said to someone writing in Spanish, French, Portuguese, German,
// Italian or Dutch ("hola realice 2 compras… me ayudan"), they read as not listening. A message
// counts as another language when its common words are mostly another language's common words;
// words both languages share ("me", "no", "a", "in", "die", "son") count for neither, and
// names, numbers and product words for nothing, so a greeting in another language ("Góðan
// daginn.", "Bonjour!") before English is still English.
const OTHER_LANGUAGE_WORDS = new Set(
  (
    // Spanish
    'el la los las y en pero que por para con una uno unos del al es está están estoy esta este esto mi mis su sus muy gracias hola ya tengo tiene como porque cuando donde sin hay fue ser hace nada todo también ayuda ayudan ayudar favor buenas buenos días dia día quiero puedo puede usted ustedes nos hemos han ha ni aún todavía compra compras pedido recibido realice realicé código cuenta problema ' +
    // Portuguese
    'o os não um uma com obrigado obrigada olá meu minha você vocês estou ao aos da das do dos na nas no é foi são tem ter fazer pelo pela isso isto ainda já quero conta ajuda bom boa ' +
    // French
    'le les des et je est pas une du pour avec merci bonjour mon ma mes vous nous très qui sont suis ai avez avons cette ce cet ça sur dans aussi mais ou où rien toujours commande compte problème aide bonne salut vos votre notre ' +
    // German
    'der und ist nicht ich ein eine einen mit für danke hallo bitte sie wir mein meine ihr ihre auf bei noch schon kein keine habe haben wird wurde sind auch aber oder wie warum bestellung konto problem hilfe guten tag ' +
    // Italian
    'il gli di che non per sono grazie ciao della dello delle mio mia ho hai abbiamo questo questa anche ancora sempre ordine aiuto buongiorno ' +
    // Dutch
    'het een niet ik dank hoi mijn jullie zijn heb hebben wordt ook maar nog geen bestelling'
  ).split(' '),
);

const ENGLISH_WORDS = new Set(
  'the and is are i my you your to of it for on with was were not have has had this that be but at we can do so will been what just from get still they there their our us please thanks thank hi hello why how when where which would could should did does an or if about because order account help all fine good great now sorry'.split(' '),
);

// Words both ways: never counted.
for (const shared of ['no', 'me', 'a', 'in', 'die', 'son', 'as', 'i', 'he', 'problem', 'an', 'ma', 'est', 'per']) OTHER_LANGUAGE_WORDS.delete(shared);

/** Is this message (its lower-cased tokens) written in another language than English, so no English card fits it? */
export function writtenInAnotherLanguage(tokens: readonly string[]): boolean {
  let other = 0;
  let english = 0;
  for (const word of tokens) {
    if (ENGLISH_WORDS.has(word)) english++;
    else if (OTHER_LANGUAGE_WORDS.has(word)) other++;
  }
  return other >= 2 && other > 2 * english;
}
