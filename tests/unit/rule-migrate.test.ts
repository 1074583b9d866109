import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/analyzeText';
import { loadRulePackYaml } from '../../src/engine/rules/loadRulePack';
import { compileMatcher } from '../../src/engine/rules/matcher';
import { patternOfV1Phrase, patternOfV1Words } from '../../src/engine/rules/migrateV1';
import { migrateRuleFileYaml } from '../../src/engine/rules/migrateYaml';
import { migrationCorpus, V1_RULES, v1Entries } from '../helpers/migrationCorpus';
import { v1PhraseMatches, v1WordsMatches } from '../helpers/v1Matcher';

describe('composure migrate: version 1 to version 2', () => {
  it("writes v1's word-position `|` and `?` as explicit groups", () => {
    expect(patternOfV1Words('hear|heard from|contact|calling to|with? my lawyer|attorney')).toBe('(hear | heard) (from | contact | calling) [to | with] my (lawyer | attorney)');
    expect(patternOfV1Words('* times already')).toBe('* times already');
    expect(patternOfV1Words('waiting for *? days')).toBe('waiting for [*] days');
    expect(patternOfV1Phrase('that\'s it?')).toBe("that's it?");
  });

  it('gives the same matches as version 1 on every example and support line, except contractions v1 could not see', () => {
    const texts = migrationCorpus().map((t) => analyzeText(t));
    const entries = v1Entries();
    expect(entries.length).toBeGreaterThan(400);
    expect(texts.length).toBeGreaterThan(100);
    const differences: string[] = [];
    let agreed = 0;
    for (const entry of entries) {
      const v2 = compileMatcher({ patterns: [entry.field === 'phrases' ? patternOfV1Phrase(entry.source) : patternOfV1Words(entry.source)] });
      for (const text of texts) {
        const before = entry.field === 'phrases' ? v1PhraseMatches(entry.source, text) : v1WordsMatches(entry.source, text);
        const after = v2.test(text) !== null;
        if (before === after) {
          if (after) agreed++;
          continue;
        }
        // The one deliberate change: a contraction in the pattern or the message is folded on
        // both sides now ("i am sorry" finds "I'm sorry"); v1 lost every such match.
        const contraction = /'/.test(entry.source) || /\b\w+'\w+\b/.test(text.raw) || /'\w/.test(entry.source);
        if (before || !contraction) differences.push(`${entry.file} ${entry.field} ${JSON.stringify(entry.source)}: v1 ${before}, v2 ${after} on ${JSON.stringify(text.raw)}`);
      }
    }
    expect(differences).toEqual([]);
    expect(agreed).toBeGreaterThan(150);
  });

  it('rewrites a file in place of its text, keeping comments, and leaves a v2 file alone', () => {
    const v1 = readFileSync(join(V1_RULES, 'anger.yaml'), 'utf8');
    const migrated = migrateRuleFileYaml(v1, 'anger.yaml');
    expect(migrated.changed).toBe(true);
    expect(migrated.text).toMatch(/^version: 2$/m);
    expect(migrated.text).toContain('# Spelled out loud or disguised');
    expect(migrated.text).not.toMatch(/^\s+(phrases|words):/m);
    expect(migrated.text).toContain('- (second | third | fourth | fifth | sixth | umpteenth | nth) time');
    const before = loadRulePackYaml(v1, 'anger.yaml');
    const after = loadRulePackYaml(migrated.text, 'anger.yaml');
    expect(after.spec.rules).toEqual(before.spec.rules);
    expect(migrateRuleFileYaml(migrated.text, 'anger.yaml')).toEqual({ text: migrated.text, changed: false, patterns: 0 });
  });
});
