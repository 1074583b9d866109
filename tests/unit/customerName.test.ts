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

  it('keeps the header without a word of writing for someone else', () => {
    expect(correctedName(analyzeText('Hi, this is Zofia, my internet is down'), header)).toBeUndefined();
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
