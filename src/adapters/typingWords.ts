// "Tobias is typing", "Tobias está digitando", "Tobias und Sam tippen": the words desks print
// while someone types, in the languages agents run their desks in, and whether they name the
// customer. Pure text: no DOM here, so every wording is unit tested in Node.
//
// Wordings: Chatwoot's own locale files (chatwoot/chatwoot
// `app/javascript/dashboard/i18n/locale/{en,pt_BR}/conversation.json`, TYPING.ONE/TWO/MULTIPLE:
// "{user} is typing", "{user} está digitando", "{user} e {secondUser} estão digitando"; and the
// 2026-12 survey re-check: "está digitando", "tippt"), and the phrasings common chat UIs use for
// German, French and Spanish ("schreibt", "est en train d'écrire", "está escribiendo").

/** The verb phrase after the typist's name(s), singular and plural, per language. */
const TYPING_VERBS = [
  // English
  'is typing', 'are typing',
  // German
  'schreibt gerade', 'schreibt', 'schreiben gerade', 'schreiben', 'tippt gerade', 'tippt', 'tippen',
  // French (straight or typographic apostrophe)
  "est en train d['’]écrire", "sont en train d['’]écrire", "est en train de taper", "sont en train de taper", 'écrit', 'écrivent',
  // Spanish
  'está escribiendo', 'están escribiendo', 'escribe', 'escriben',
  // Portuguese
  'está digitando', 'estão digitando', 'está escrevendo', 'estão escrevendo',
];

/** What some desks add after the verb: "Dana is typing a message…". */
const TYPED_THING = '(?:\\s+(?:a\\s+)?(?:message|reply|response))?';

// The name part is short (a typing pill, not a sentence) and the verb ends the phrase or is
// followed by dots / an ellipsis: "Dana is typing…", never "he is typing the address now".
const TYPING_LINE = new RegExp(`^(.{0,80}?)\\s+(?:${TYPING_VERBS.join('|')})${TYPED_THING}\\s*(?:\\.{1,3}|…)?$`, 'iu');

const MAX_LINE = 200;

/** "Tobias and Sam", "Tobias, Ana und 2 andere": the separators between typists. */
const TYPIST_SEPARATOR = /\s*,\s*|\s+(?:and|und|et|y|e)\s+/iu;
/** "… and 3 others are typing": counted people, nobody named. */
const OTHERS = /^\d+\s+\p{L}+$/u;

/**
 * Who the line says is typing, as printed ("Tobias", "Sam Rivera"); null when the line is no
 * typing line. An empty list means typing by nobody named ("Someone is typing" gives ["Someone"]).
 */
export function typistsInLine(line: string): string[] | null {
  // A pill is a few words; long text is a message or a paragraph, not worth the pattern.
  if (line.length > MAX_LINE) return null;
  const found = TYPING_LINE.exec(line.replace(/\s+/g, ' ').trim());
  if (!found) return null;
  return found[1]!
    .split(TYPIST_SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name && !OTHERS.test(name));
}

/** Words desks use for the customer when they print no name, in the same five languages. */
const ANONYMOUS_TYPIST =
  /^(?:(?:the|der|die|le|la|el|o|a)\s+)?(?:customer|visitor|contact|user|someone|end[- ]user|kunde|kundin|besucher(?:in)?|jemand|client|cliente|visiteur|visiteuse|quelqu['’]un|utilisateur|visitante|alguien|alguém|usuario|usuário|contacto|contato)$/iu;

export function isAnonymousTypist(typist: string): boolean {
  return ANONYMOUS_TYPIST.test(typist.trim());
}

function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s.,]+/)
    .filter(Boolean);
}

/**
 * Whether the name a typing pill prints is the customer's. Desks print the contact as they
 * know it: often the first name only ("Tobias is typing" for Tobias Brandt), sometimes the full
 * name where the header shows a first name. So the shorter name's words must begin the longer
 * one's: "Tobias" is Tobias Brandt, "Sam Rivera" is not Dana Whitfield, and neither is "Brandt".
 */
export function nameIsCustomers(typist: string, customerName: string): boolean {
  const said = nameWords(typist);
  const known = nameWords(customerName);
  if (!said.length || !known.length) return false;
  const [shorter, longer] = said.length <= known.length ? [said, known] : [known, said];
  return shorter.every((word, i) => word === longer[i]);
}
