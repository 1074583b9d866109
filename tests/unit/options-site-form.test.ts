// The add-a-desk form: form values to a docs/interfaces.md §4 descriptor, and each problem beside its field.
import { describe, expect, it } from 'vitest';
import { zendeskAdapter } from '../../src/adapters/desks/zendesk';
import { matchPatternProblem } from '../../src/sites/matchPattern';
import { descriptorFromForm, formFromDescriptor, siteFormProblems } from '../../src/options/siteForm';
import { absentPolicyKeys, receivedPolicySummary } from '../../src/options/policySummary';
import { readPolicy } from '../../src/policy';

const ACME = {
  id: 'acme-desk',
  name: 'Acme Desk',
  matches: 'https://desk.acme.example/*\n\n  https://*.acme-support.example/*  ',
  transcript: '.conversation .messages',
  message: '.message',
  agentWhen: '.message--outgoing',
  customerWhen: '.message--incoming',
  composer: 'textarea.reply',
  typing: '   ',
};

describe('the add-desk form', () => {
  it('makes a descriptor: one match pattern per line, blank optional fields left out', () => {
    expect(descriptorFromForm(ACME)).toEqual({ ...ACME, matches: ['https://desk.acme.example/*', 'https://*.acme-support.example/*'], typing: undefined });
    expect('typing' in descriptorFromForm(ACME)).toBe(false);
    expect(siteFormProblems(descriptorFromForm(ACME), ['zendesk'])).toEqual({});
  });

  it('puts each problem beside its field', () => {
    const problems = siteFormProblems(descriptorFromForm({ ...ACME, id: 'zendesk', composer: '', matches: 'desk.acme.example\nhttps://*acme.example/*' }), ['zendesk']);
    expect(problems).toEqual({
      id: ['a desk with the id "zendesk" exists already'],
      composer: ['required CSS selector'],
      matches: [expect.stringMatching(/^line 1: "desk\.acme\.example" is not a match pattern/), expect.stringMatching(/^line 2: "\*acme\.example" is not a host/)],
    });
    expect(siteFormProblems(descriptorFromForm({}), [])).toMatchObject({ id: ['required text'], matches: ['required list of match patterns'] });
  });

  it('starts from a built-in desk’s selectors', () => {
    const values = formFromDescriptor(zendeskAdapter.descriptor);
    expect(values.matches).toBe('https://*.zendesk.com/agent/*');
    expect(descriptorFromForm(values)).toEqual(zendeskAdapter.descriptor);
  });

  it('accepts the patterns Chrome grants and refuses the rest', () => {
    expect(matchPatternProblem('https://desk.acme.example/*')).toBeUndefined();
    expect(matchPatternProblem('https://*.acme.example/app/*')).toBeUndefined();
    expect(matchPatternProblem('*://*.acme.example/app/*')).toMatch(/https only/);
    expect(matchPatternProblem('ftp://desk.acme.example/*')).toMatch(/not a match pattern/);
    expect(matchPatternProblem('https://desk.acme.example')).toMatch(/not a match pattern/);
  });
});

describe('the policy summary', () => {
  it('summarises each received key and names the §5 keys that did not arrive', () => {
    const raw = { disabledRules: ['anger.sarcasm-hint'], escalationContact: 'Tier 2 on-call, ext. 4410', locked: true, sitAdapters: [] };
    const policy = readPolicy(raw);
    expect(receivedPolicySummary(policy)).toEqual([
      { key: 'disabledRules', summary: '1 rule switched off: anger.sarcasm-hint' },
      { key: 'escalationContact', summary: 'Tier 2 on-call, ext. 4410' },
      { key: 'locked', summary: 'yes: users cannot change settings' },
    ]);
    expect(absentPolicyKeys(raw)).toEqual(['siteAdapters', 'rulePacks', 'remedies']);
    expect(policy.rejected.map((r) => r.message)).toEqual([expect.stringContaining('sitAdapters: unknown policy key')]);
  });
});
