// Which name cards call the customer by: initials, titles, and someone chatting for the account holder.
import { describe, expect, it } from 'vitest';
import { bundledEngine } from '../helpers/engine';
import { analyzeText } from '../../src/engine/analyzeText';
import { correctedName, nameFrom, nameFromCustomerWords } from '../../src/engine/conversation/customerName';
import { fillTemplate } from '../../src/engine/suggestions/fillTemplate';

const nameIn = (text: string) => nameFromCustomerWords(analyzeText(text));

describe('initials are never a name to call someone by', () => {
  it.each(['R. Adeyemi', 'R Adeyemi', 'J.R. Haddad', 'K.', 'K'])('%s gives no name', (full) => {
    expect(nameFrom(full, 'page')).toBeUndefined();
  });

  it('an initial after a given name is dropped, the given name kept', () => {
    expect(nameFrom('Lena V.', 'page')).toMatchObject({ first: 'Lena', last: undefined });
    expect(nameFrom('Al Haddad', 'page')).toMatchObject({ first: 'Al', last: 'Haddad' });
  });

  it("a title the customer gave goes with the surname, as agents say it", () => {
    expect(nameFrom('Mrs K. Lindqvist', 'page')).toMatchObject({ first: 'Mrs Lindqvist', last: 'Lindqvist' });
    expect(nameFrom('Dr Haddad', 'page')).toMatchObject({ first: 'Dr Haddad' });
    expect(nameFrom('Mr. Adeyemi', 'page')).toMatchObject({ first: 'Mr. Adeyemi' });
    // With a given name known, the given name as before.
    expect(nameFrom('Dr Lena Haddad', 'page')).toMatchObject({ first: 'Lena', last: 'Haddad' });
  });

  it('reads titled names and skips initials in sign-offs and introductions', () => {
    expect(nameIn('The boiler is still broken.\nRegards, K. Lindqvist')).toBeUndefined();
    expect(nameIn('The boiler is still broken.\nKind regards, Mrs. Lindqvist')).toMatchObject({ first: 'Mrs. Lindqvist' });
    expect(nameIn('Hi, this is Dr Haddad, my prescription is late')).toMatchObject({ first: 'Dr Haddad' });
    expect(nameIn('Hello, this is R. Adeyemi about my delivery')).toBeUndefined();
  });

  it('a trailing period is the sentence’s, and never doubles in a card', () => {
    expect(nameFrom('Lena.', 'page')).toMatchObject({ full: 'Lena', first: 'Lena' });
    expect(fillTemplate('I understand how frustrating that must be, {firstName}.', { firstName: 'Mr.' })).toBe('I understand how frustrating that must be, Mr.');
    expect(fillTemplate("You're welcome, {name}. Anything else?", { name: 'St.' })).toBe("You're welcome, St. Anything else?");
    expect(fillTemplate('Sorry, {name}...', { name: 'Lena' })).toBe('Sorry, Lena...');
  });
});

describe('someone chatting for the account holder', () => {
  const header = nameFrom('Tomasz Wiśniewski', 'page')!;

  it.each([
    ["Hi, I'm Zofia — the account is in my husband Tomasz's name", 'Zofia'],
    ['This is Zofia, writing for my dad (the account holder)', 'Zofia'],
    ["Hi, this is Dara. The account is under my mum's name.", 'Dara'],
    ["I'm Zofia, contacting you on behalf of my father", 'Zofia'],
  ])('%s → %s', (text, first) => {
    expect(correctedName(analyzeText(text), header)).toMatchObject({ first, replaced: 'Tomasz Wiśniewski' });
  });

  it('an introduction with a name not in the header wins even without a word of writing for someone else', () => {
    expect(correctedName(analyzeText('Hi, this is Zofia, my internet is down'), header)).toMatchObject({ first: 'Zofia', replaced: 'Tomasz Wiśniewski' });
    // The holder introducing themselves is no change.
    expect(correctedName(analyzeText("Hi, I'm Tomasz, the account holder"), header)).toBeUndefined();
  });

  it('the header set after the introduction does not take the name back', () => {
    const conversation = bundledEngine().startConversation({ id: 'proxy' });
    conversation.addTurn({ speaker: 'customer', text: "Hi, I'm Zofia, writing for my husband. Our internet has been down since Friday." });
    conversation.setCustomerName('Tomasz Wiśniewski');
    expect(conversation.customerName()).toBe('Zofia');
    const texts = conversation.suggestions().map((s) => s.text).join(' ');
    expect(texts).not.toMatch(/Tomasz/);
  });

  it('a header set after an ordinary introduction still wins', () => {
    const conversation = bundledEngine().startConversation({ id: 'header-wins' });
    conversation.addTurn({ speaker: 'customer', text: "Hi, I'm Dee, our internet has been down since Friday." });
    conversation.setCustomerName('Dana Whitfield');
    expect(conversation.customerName()).toBe('Dana Whitfield');
  });
});

describe('a handle in the header is no name', () => {
  it.each(['xXNightOwlXx', 'FrostByte_7', 'h4ckerman', 'CaptainCrunch3000', 'skat3rgrl', 'its_just_dave', 'MoonWalker', 'BigTunaKing'])('%s gives no name', (full) => {
    expect(nameFrom(full, 'page')).toBeUndefined();
  });

  it.each([
    ['Ciara McDonald', 'Ciara'],
    ['LaToya Jones', 'LaToya'],
    ['DeShawn Miller', 'DeShawn'],
    ['MacKenzie Ross', 'MacKenzie'],
    ['ANNA BERG', 'Anna'],
  ])('%s is a name (%s)', (full, first) => {
    expect(nameFrom(full, 'page')).toMatchObject({ first });
  });

  it('the customer gives a name after a handle header', () => {
    const conversation = bundledEngine().startConversation({ id: 'handle', customer: { name: 'xXNightOwlXx' } });
    conversation.addTurn({ speaker: 'customer', text: 'My account got suspended overnight and I lost every item I bought.' });
    expect(conversation.customerName()).toBeUndefined();
    expect(conversation.suggestions().map((s) => s.text).join(' ')).not.toMatch(/NightOwl|xX/);
    conversation.addTurn({ speaker: 'customer', text: "I'm Tobias by the way, I've played for six years." });
    expect(conversation.customerName()).toBe('Tobias');
  });
});

describe('the header names someone else and the customer introduces themselves', () => {
  const named = (header: string, texts: string[], late = false) => {
    const conversation = bundledEngine().startConversation({ id: 'other', ...(late ? {} : { customer: { name: header } }) });
    for (const text of texts) conversation.addTurn({ speaker: 'customer', text });
    if (late) conversation.setCustomerName(header);
    return conversation;
  };

  it.each([
    ['Dr. Mensah', ["Hello, I'm Efua. The clinic said my scan results would be sent on Monday and I still have nothing."], 'Efua'],
    ['Dr Mensah', ['Good morning, my name is Kwabena Asante and my prescription has not been sent to the pharmacy.'], 'Kwabena Asante'],
    ['Lindqvist', ['Our shared folder lost every file from last week and the team cannot work.\n— Astrid'], 'Astrid'],
    ['Lindqvist Architects Ltd', ['Our shared folder lost every file from last week and the team cannot work.\nThanks, Astrid'], 'Astrid'],
    ['Mr Oyelaran', ['This is Adaeze, the delivery came with a cracked screen and I want it replaced.'], 'Adaeze'],
  ])('header %s, customer %j → %s', (header, texts, name) => {
    expect(named(header, texts).customerName()).toBe(name);
    expect(named(header, texts, true).customerName()).toBe(name);
  });

  it('cards call the customer by their own name, never the header’s', () => {
    const texts = named('Dr. Mensah', ["Hello, I'm Efua. The clinic said my scan results would be sent on Monday and I still have nothing."]).suggestions().map((s) => s.text).join(' ');
    expect(texts).toMatch(/Efua/);
    expect(texts).not.toMatch(/Mensah/);
  });

  it('a header agreeing with the introduction stays', () => {
    expect(named('Ingrid Solberg', ["Hi, I'm Ingrid. My parcel has been stuck in the depot for a week."]).customerName()).toBe('Ingrid Solberg');
    expect(named('Ingrid Solberg', ["Hi, I'm Ingrid. My parcel has been stuck in the depot for a week."], true).customerName()).toBe('Ingrid Solberg');
    // Diacritics as the customer writes them.
    expect(named('Zoe Brennan', ["Hi, I'm Zoë. My parcel has been stuck in the depot for a week."]).suggestions().map((s) => s.text).join(' ')).not.toMatch(/\bZoe\b/);
  });

  it('a short thanks naming the agent is no sign-off', () => {
    expect(named('Ingrid Solberg', ['My parcel is stuck.', 'Thanks, Marco']).customerName()).toBe('Ingrid Solberg');
  });

  it('an initial in an introduction never replaces the header', () => {
    expect(named('Dr. Mensah', ['Hello, this is E. Boateng, my results are late.']).customerName()).toBe('Dr. Mensah');
  });
});

describe('compound given names stay whole', () => {
  it.each([
    ['José María', 'José María'],
    ['María José Fernández', 'María José'],
    ['Jean Pierre Lemaire', 'Jean Pierre'],
    ['Juan Carlos', 'Juan Carlos'],
    ['Ana Torres', 'Ana'],
    ['Abdul Rahman Al-Sayed', 'Abdul Rahman'],
    ['Abdel Aziz Haddad', 'Abdel Aziz'],
    ['Abdul Khan', 'Abdul'],
  ])('%s → %s', (full, first) => {
    expect(nameFrom(full, 'page')).toMatchObject({ first });
  });

  it('an introduced compound name reaches the cards whole', () => {
    const conversation = bundledEngine().startConversation({ id: 'compound' });
    conversation.addTurn({ speaker: 'customer', text: 'Hola, my name is José María and my refund has not arrived after two weeks.' });
    expect(conversation.suggestions().map((s) => s.text).join(' ')).toMatch(/José María/);
  });

  it('"Abdul Rahman" introduced is never "Abdul" alone', () => {
    const conversation = bundledEngine().startConversation({ id: 'compound' });
    conversation.addTurn({ speaker: 'customer', text: 'Hello. My name is Abdul Rahman Haddad. I was charged twice for my gym membership this month.' });
    const cards = conversation.suggestions().map((s) => s.text).join(' ');
    expect(cards).toMatch(/Abdul Rahman/);
    expect(cards).not.toMatch(/Abdul(?! Rahman)/);
  });
});

describe('names written the way a directory or a form writes them', () => {
  it('reads "Surname, Given" the way round people are called', () => {
    expect(nameFrom('Lindqvist, Karin', 'page')).toMatchObject({ first: 'Karin', last: 'Lindqvist' });
  });

  it('takes the one word in capitals for the family name, spelled as a name', () => {
    expect(nameFrom('WANG Fang', 'page')).toMatchObject({ first: 'Fang', last: 'Wang' });
    expect(nameFrom('Fang WANG', 'page')).toMatchObject({ first: 'Fang', last: 'Wang' });
  });

  it('a family name in capitals with only an initial gives no name; a header all in capitals is spelled as a name', () => {
    expect(nameFrom('NOWICKI R', 'page')).toBeUndefined();
    expect(nameFrom('NOWICKI R.', 'page')).toBeUndefined();
    expect(nameFrom('AMARA OKAFOR', 'page')).toMatchObject({ first: 'Amara', last: 'Okafor' });
    expect(nameFrom('MS OKAFOR', 'page')).toMatchObject({ first: 'Ms Okafor' });
    expect(nameFrom('Amara O', 'page')).toMatchObject({ first: 'Amara' });
  });

  it('finds the name among several "I\'m …" and after the relation the writer names', () => {
    expect(nameIn("Hi, I'm writing about my mum's account. I'm her daughter, Aisling.")).toMatchObject({ first: 'Aisling' });
    const header = nameFrom('Bridget Keane', 'page')!;
    expect(correctedName(analyzeText("I'm writing on behalf of my mother. I'm her daughter, Aisling."), header)).toMatchObject({ first: 'Aisling' });
  });
});

describe("the agent's greeting names nobody when it opens on 'I'm'", () => {
  it('"Hi, I\'m sorry to hear that" gives no name', async () => {
    const { nameGreetedByAgent } = await import('../../src/engine/conversation/customerName');
    expect(nameGreetedByAgent(analyzeText("Hi, I'm sorry to hear that. Could you give me your membership number?"))).toBeUndefined();
    expect(nameGreetedByAgent(analyzeText('Hi Dev, sorry to hear that.'))).toMatchObject({ first: 'Dev' });
  });
});

describe('the name they ask to be called', () => {
  it('"please call me Hoa" beats the header and the full introduction', () => {
    expect(nameIn('My name is Trần Thị Hoa, please call me Hoa.')).toMatchObject({ first: 'Hoa', preferred: true });
    const header = nameFrom('Tran Thi Hoa', 'page')!;
    // Typed without its marks, the family name still comes first.
    expect(header).toMatchObject({ first: 'Hoa' });
    expect(correctedName(analyzeText('Hi, I am Margaret but you can call me Peggy.'), nameFrom('Margaret Okoro', 'page')!)).toMatchObject({ first: 'Peggy' });
  });
});

describe('someone writing in a role for the account holder', () => {
  it("\"I'm her bookkeeper, Devendra\" introduces Devendra", () => {
    expect(correctedName(analyzeText("Not Maria, she's the owner. I'm her bookkeeper, Devendra."), nameFrom('Maria Lopez', 'page')!)).toMatchObject({ first: 'Devendra' });
  });
});
