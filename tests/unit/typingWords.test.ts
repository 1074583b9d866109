// The typing pill's words: which lines say someone types, who, and whether that is the customer
// (first names, full names, five languages), without a browser.
import { describe, expect, it } from 'vitest';
import { isAnonymousTypist, nameIsCustomers, typistsInLine } from '../../src/adapters/typingWords';

describe('typistsInLine', () => {
  it.each([
    ['Tobias is typing', ['Tobias']],
    ['Tobias is typing…', ['Tobias']],
    ['Tobias Brandt is typing...', ['Tobias Brandt']],
    ['Tobias and Sam are typing', ['Tobias', 'Sam']],
    ['Tobias and 3 others are typing', ['Tobias']],
    ['Tobias tippt', ['Tobias']],
    ['Tobias schreibt gerade …', ['Tobias']],
    ['Tobias und Sam tippen', ['Tobias', 'Sam']],
    ["Tobias est en train d'écrire", ['Tobias']],
    ['Tobias est en train d’écrire…', ['Tobias']],
    ['Tobias et Sam sont en train d’écrire', ['Tobias', 'Sam']],
    ['Tobias está escribiendo...', ['Tobias']],
    ['Tobias y Sam están escribiendo', ['Tobias', 'Sam']],
    ['Tobias está digitando', ['Tobias']],
    ['Tobias e Sam estão digitando', ['Tobias', 'Sam']],
    ['Someone is typing', ['Someone']],
    ['Visitor is typing a message…', ['Visitor']],
  ])('"%s" names %j', (line, typists) => {
    expect(typistsInLine(line)).toEqual(typists);
  });

  it.each([
    'He is typing the address now, give him a minute',
    'Typing speed matters',
    'Dana Whitfield',
    'is typing',
    `${'A very long paragraph that goes on and on. '.repeat(8)}is typing`,
  ])('"%s" is no typing line', (line) => {
    expect(typistsInLine(line)).toBeNull();
  });
});

describe('nameIsCustomers', () => {
  it('takes the first name for the full name, and the full name for the first', () => {
    expect(nameIsCustomers('Tobias', 'Tobias Brandt')).toBe(true);
    expect(nameIsCustomers('Tobias Brandt', 'Tobias')).toBe(true);
    expect(nameIsCustomers('tobias brandt', 'Tobias Brandt')).toBe(true);
    expect(nameIsCustomers('José', 'Jose Álvarez')).toBe(true);
  });

  it('does not take a colleague, a surname alone or a name that merely starts the same', () => {
    expect(nameIsCustomers('Sam Rivera', 'Tobias Brandt')).toBe(false);
    expect(nameIsCustomers('Brandt', 'Tobias Brandt')).toBe(false);
    expect(nameIsCustomers('Tobi', 'Tobias Brandt')).toBe(false);
    expect(nameIsCustomers('', 'Tobias Brandt')).toBe(false);
  });
});

describe('isAnonymousTypist', () => {
  it.each(['Someone', 'The customer', 'Der Kunde', 'Le client', 'El cliente', 'O cliente', 'Visitante', 'Jemand', "Quelqu'un", 'Alguém'])(
    '%s is the customer unnamed',
    (typist) => expect(isAnonymousTypist(typist)).toBe(true),
  );

  it('a name is not anonymous', () => {
    expect(isAnonymousTypist('Sam Rivera')).toBe(false);
  });
});
