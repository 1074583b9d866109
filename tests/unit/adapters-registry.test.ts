// The registry's pure parts, in Node: which desk a URL gets, match-pattern semantics, selector
// chains, and that every built-in desk is fully expressible as docs/interfaces.md §4 data.
import { describe, expect, it } from 'vitest';
import { selectorAlternatives } from '../../src/adapters/dom';
import { urlMatchesPattern } from '../../src/sites/matchPattern';
import { adapterForUrl, builtInAdapters, builtInMatchPatterns } from '../../src/adapters/registry';
import { descriptorProblems } from '../../src/sites/validateDescriptor';
import { deskFixtures } from '../fixtures/desks/index';

describe('adapterForUrl', () => {
  it.each(deskFixtures)('picks the $desk adapter for the $id address', ({ url, desk }) => {
    expect(adapterForUrl(url)?.id).toBe(desk);
  });

  it('picks nothing for pages that are no helpdesk', () => {
    expect(adapterForUrl('https://www.example.com/support')).toBeUndefined();
    expect(adapterForUrl('https://zendesk.com.evil.example/agent/tickets/1')).toBeUndefined();
    expect(adapterForUrl('not a url')).toBeUndefined();
  });

  it("prefers an admin's descriptor over the built-in desk for the same address", () => {
    const described = { ...builtInAdapters[0]!.descriptor, id: 'acme-zendesk', name: 'Acme Zendesk' };
    expect(adapterForUrl('https://acme.zendesk.com/agent/tickets/7', [described])?.id).toBe('acme-zendesk');
  });
});

describe('match patterns', () => {
  it.each([
    ['https://*.zendesk.com/*', 'https://acme.zendesk.com/agent/tickets/1', true],
    ['https://*.zendesk.com/*', 'https://zendesk.com/', true],
    ['https://*.zendesk.com/*', 'http://acme.zendesk.com/', false],
    ['*://app.crisp.chat/*', 'http://app.crisp.chat/website/x', true],
    ['https://*.gorgias.com/app/*', 'https://shop.gorgias.com/api/tickets', false],
    ['https://*/*', 'https://anything.example/path?q=1', true],
    ['<all_urls>', 'https://anything.example/', true],
    ['no pattern at all', 'https://acme.zendesk.com/', false],
  ])('%s covers %s: %s', (pattern, url, covered) => {
    expect(urlMatchesPattern(url, pattern)).toBe(covered);
  });

  it('lists every built-in pattern once', () => {
    const patterns = builtInMatchPatterns();
    expect(new Set(patterns).size).toBe(patterns.length);
    expect(patterns).toContain('https://*.zendesk.com/agent/*');
  });
});

describe('selector lists as fallback chains', () => {
  it('splits at top-level commas only', () => {
    expect(selectorAlternatives('a, b:is(.c, .d), [title="x,y"], e')).toEqual(['a', 'b:is(.c, .d)', '[title="x,y"]', 'e']);
    expect(selectorAlternatives(undefined)).toEqual([]);
  });
});

describe('built-in desks as data', () => {
  it.each(builtInAdapters.map((adapter) => [adapter.id, adapter] as const))('%s has a complete §4 descriptor', (_id, adapter) => {
    const { descriptor } = adapter;
    for (const field of ['id', 'name', 'transcript', 'message', 'agentWhen', 'customerWhen', 'composer'] as const) {
      expect(typeof descriptor[field], field).toBe('string');
      expect(descriptor[field].length, field).toBeGreaterThan(0);
    }
    expect(descriptor.matches.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(descriptor))).toEqual(descriptor);
  });
});

describe('descriptorProblems', () => {
  it('accepts every built-in descriptor', () => {
    for (const adapter of builtInAdapters) expect(descriptorProblems(adapter.descriptor), adapter.id).toEqual([]);
  });

  it('names each missing or mistyped field', () => {
    expect(descriptorProblems({ id: 'x', name: 'X', matches: [], transcript: 'main', message: 7 })).toEqual([
      'message: required CSS selector',
      'agentWhen: required CSS selector',
      'customerWhen: required CSS selector',
      'composer: required CSS selector',
      'matches: required list of match patterns',
    ]);
    expect(descriptorProblems('desk')).toEqual(['a site adapter must be an object']);
  });
});
