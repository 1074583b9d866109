// Match patterns from admins and users, read as Chrome reads them and matched in one pass: a
// pattern written to stall the desk page (it once took 133 s as a backtracking RegExp) answers at
// once, and every answer agrees with a plain reference matcher.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globMatches, matchPatternProblem, parseMatchPattern, urlMatchesPattern } from '../../src/sites/matchPattern';
import { readPolicy } from '../../src/policy';

/** Textbook dynamic programming over (glob, text) positions: slow, obviously right. */
function referenceGlob(glob: string, text: string): boolean {
  let row = Array.from({ length: text.length + 1 }, (_, j) => j === 0);
  for (const char of glob) {
    const next = Array.from({ length: text.length + 1 }, () => false);
    for (let j = 0; j <= text.length; j++) {
      if (char === '*') next[j] = row[j]! || (j > 0 && next[j - 1]!);
      else next[j] = j > 0 && row[j - 1]! && text[j - 1] === char;
    }
    row = next;
  }
  return row[text.length]!;
}

describe('globs over path and query', () => {
  it('answers a pattern made to backtrack at once, and right', () => {
    const path = `/${'a'.repeat(60)}`;
    expect(urlMatchesPattern(`https://desk.acme.example${path}`, 'https://desk.acme.example/*a*a*a*a*a*a*a*a*b')).toBe(false);
    expect(urlMatchesPattern(`https://desk.acme.example${path}b`, 'https://desk.acme.example/*a*a*a*a*a*a*a*a*b')).toBe(true);
    // Far longer than any page address, and still one pass.
    expect(globMatches(`/${'*a'.repeat(500)}*b`, `/${'a'.repeat(20_000)}`)).toBe(false);
  });

  it('agrees with the reference matcher on any glob and text', () => {
    const alphabet = fc.constantFrom('a', 'b', '/', '*', '?');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'b', '/', '?'), maxLength: 16 }), (glob, text) => {
        expect(globMatches(glob, text)).toBe(referenceGlob(glob, text));
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('patterns as Chrome reads them', () => {
  it.each([
    ['https://desk.acme.example/*', true],
    ['https://desk.acme.example:8443/*', true],
    ['https://desk.acme.example:*/*', true],
    ['https://*/*', true],
    // Chrome reads these, but Composure's on-demand host access is https only.
    ['*://*.acme.example/app/*', false],
    ['http://localhost:8080/*', false],
    ['<all_urls>', false],
    ['https://desk.acme.example', false],
    ['desk.acme.example', false],
    ['ftp://desk.acme.example/*', false],
    ['https://*acme.example/*', false],
    ['https://desk.*.example/*', false],
    ['https:///*', false],
    ['https://desk.acme.example:80a/*', false],
    ['https://de sk.example/*', false],
  ])('%s is a pattern: %s', (pattern, valid) => {
    expect(matchPatternProblem(pattern) === undefined).toBe(valid);
  });

  it('keeps the port it names and matches any port when none is named', () => {
    expect(urlMatchesPattern('http://localhost:8080/chat', 'http://localhost:8080/*')).toBe(true);
    expect(urlMatchesPattern('http://localhost:9090/chat', 'http://localhost:8080/*')).toBe(false);
    expect(urlMatchesPattern('http://localhost:9090/chat', 'http://localhost/*')).toBe(true);
    expect(parseMatchPattern('HTTPS://Desk.Acme.Example/App/*').pattern).toEqual({ scheme: 'https', host: 'desk.acme.example', path: '/App/*' });
  });

  it('refuses a policy desk whose pattern Chrome would refuse, naming the pattern', () => {
    const desk = {
      id: 'acme-desk',
      name: 'Acme Desk',
      matches: ['https://desk.acme.example/*', 'desk.acme.example/*'],
      transcript: '.messages',
      message: '.message',
      agentWhen: '.out',
      customerWhen: '.in',
      composer: 'textarea',
    };
    const policy = readPolicy({ siteAdapters: [desk] });
    expect(policy.values.siteAdapters ?? []).toEqual([]);
    expect(policy.rejected.map((r) => r.message)).toEqual([expect.stringContaining('matches[1]: "desk.acme.example/*" is not a match pattern')]);
  });
});
