// docs/deploy.md stays true: every policy value it shows (JSON, the .reg file, the macOS
// profile) passes Chromium's handling under managed_schema.json unchanged and Composure's own
// validation with no rejection, its rule packs' examples pass, and it names the extension by
// the id the manifest's key gives and the Firefox build's gecko id.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRuleExamples } from '../../src/engine/runExamples';
import { POLICY_KEYS, readPolicy } from '../../src/policy';
import { applyChromiumSchema } from '../helpers/chromiumSchema';
import { bundledEngine, bundledPacks } from '../helpers/engine';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const doc = read('docs/deploy.md');
const schema = JSON.parse(read('managed_schema.json')) as Record<string, unknown>;
const manifest = JSON.parse(read('manifest.json')) as { key: string };
const knownRuleIds = bundledPacks().flatMap((pack) => pack.rules.map((rule) => rule.id));

/** Chrome's id for an extension: SHA-256 of the DER public key, first 32 hex digits spelt a–p. */
function chromeExtensionId(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

const EXTENSION_ID = chromeExtensionId(manifest.key);
const GECKO_ID = /gecko:\s*\{\s*id:\s*'([^']+)'/.exec(read('vite.config.ts'))?.[1];

interface Block {
  lang: string;
  text: string;
  line: number;
}

function fencedBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const start = i + 1;
    while (++i < lines.length && !/^\s*```\s*$/.test(lines[i]!));
    blocks.push({ lang: open[2]!, text: lines.slice(start, i).map((l) => l.slice(indent)).join('\n'), line: start });
  }
  return blocks;
}

type Flavour = 'policy values' | 'Chromium policy file' | 'Firefox policies.json' | 'browser install policy';
const BROWSER_INSTALL_POLICIES = new Set(['ExtensionSettings', 'ExtensionInstallForcelist']);

/** The policy values a JSON block carries (none for an install-only block), checking the ids it names. */
function policyValuesIn(value: unknown): { flavour: Flavour; values?: Record<string, unknown> } {
  const top = value as Record<string, unknown>;
  const keys = Object.keys(top);
  if (keys.length > 0 && keys.every((k) => (POLICY_KEYS as readonly string[]).includes(k))) return { flavour: 'policy values', values: top };
  if ('policies' in top) {
    const policies = top.policies as Record<string, Record<string, Record<string, unknown>>>;
    expect(Object.keys(policies.ExtensionSettings ?? {})).toEqual([GECKO_ID]);
    expect(Object.keys(policies['3rdparty']?.Extensions ?? {})).toEqual([GECKO_ID]);
    return { flavour: 'Firefox policies.json', values: policies['3rdparty']!.Extensions![GECKO_ID!] as Record<string, unknown> };
  }
  if ('3rdparty' in top) {
    const extensions = (top['3rdparty'] as { extensions: Record<string, Record<string, unknown>> }).extensions;
    expect(Object.keys(extensions)).toEqual([EXTENSION_ID]);
    return { flavour: 'Chromium policy file', values: extensions[EXTENSION_ID] };
  }
  expect(keys.every((k) => BROWSER_INSTALL_POLICIES.has(k)), `unrecognised JSON block with keys ${keys.join(', ')}`).toBe(true);
  expect(Object.keys(top.ExtensionSettings ?? {})).toEqual([EXTENSION_ID]);
  return { flavour: 'browser install policy' };
}

/** A .reg file's policy values, converted as Chromium converts registry values by the schema. */
function registryPolicy(text: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  let inPolicyKey = false;
  const properties = schema.properties as Record<string, { type: string }>;
  for (const line of text.split('\n')) {
    const key = /^\[(.+)\]$/.exec(line.trim());
    if (key) {
      inPolicyKey = key[1]!.endsWith(`\\3rdparty\\extensions\\${EXTENSION_ID}\\policy`);
      if (key[1]!.endsWith('ExtensionInstallForcelist')) inPolicyKey = false;
      continue;
    }
    const forced = /^"\d+"="([a-p]{32});https:\/\/[^"]+"$/.exec(line.trim());
    if (forced) expect(forced[1]).toBe(EXTENSION_ID);
    const entry = /^"(\w+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line.trim());
    if (!inPolicyKey || !entry) continue;
    const [, name, text_, dword] = entry;
    const type = properties[name!]?.type;
    if (dword !== undefined) values[name!] = type === 'boolean' ? parseInt(dword, 16) !== 0 : parseInt(dword, 16);
    else {
      const string = text_!.replace(/\\(.)/g, '$1');
      values[name!] = type === 'array' || type === 'object' ? (JSON.parse(string) as unknown) : string;
    }
  }
  return values;
}

/** The mcx_preference_settings dict of a macOS configuration profile, as plain data. */
function profilePolicy(xml: string): Record<string, unknown> {
  expect(xml).toContain(`<key>com.google.Chrome.extensions.${EXTENSION_ID}</key>`);
  const tokens = [...xml.split('<key>mcx_preference_settings</key>')[1]!.matchAll(/<(\/?)(dict|array|key|string|integer|true|false)(\/?)>(?:([^<]*)<\/\2>)?/g)];
  let at = 0;
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const parse = (): unknown => {
    const [, close, tag, selfClose, body] = tokens[at++]!;
    expect(close).toBe('');
    if (tag === 'true' || tag === 'false') return tag === 'true' && selfClose === '/';
    if (tag === 'string') return unescape(body ?? '');
    if (tag === 'integer') return Number(body);
    if (tag === 'array') {
      const list: unknown[] = [];
      while (tokens[at]![1] !== '/') list.push(parse());
      at++;
      return list;
    }
    const dict: Record<string, unknown> = {};
    while (tokens[at]![1] !== '/') {
      const name = unescape(tokens[at++]![4]!);
      dict[name] = parse();
    }
    at++;
    return dict;
  };
  return parse() as Record<string, unknown>;
}

const blocks = fencedBlocks(doc);
const examples: { where: string; flavour: Flavour | 'Windows registry' | 'macOS profile'; values: Record<string, unknown> }[] = [];
for (const block of blocks) {
  const where = `docs/deploy.md:${block.line} (${block.lang})`;
  if (block.lang === 'json') {
    const { flavour, values } = policyValuesIn(JSON.parse(block.text) as unknown);
    if (values) examples.push({ where, flavour, values });
  } else if (block.lang === 'reg') {
    examples.push({ where, flavour: 'Windows registry', values: registryPolicy(block.text) });
  } else if (block.lang === 'xml' && block.text.includes('mcx_preference_settings')) {
    examples.push({ where, flavour: 'macOS profile', values: profilePolicy(block.text) });
  }
}

describe('docs/deploy.md', () => {
  it('shows policy values for every way of deploying', () => {
    expect(new Set(examples.map((e) => e.flavour))).toEqual(new Set(['policy values', 'Chromium policy file', 'Firefox policies.json', 'Windows registry', 'macOS profile']));
    expect(blocks.filter((b) => b.lang === 'json').length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples)('$where: Chromium delivers the values unchanged and Composure accepts all of them', ({ values }) => {
    expect(Object.keys(values).length).toBeGreaterThan(0);
    const chromium = applyChromiumSchema(schema, values);
    expect(chromium.dropped).toEqual([]);
    expect(chromium.delivered).toEqual(values);
    const policy = readPolicy(values, { knownRuleIds });
    expect(policy.rejected).toEqual([]);
    expect(policy.received.sort()).toEqual(Object.keys(values).sort());
  });

  it("the rule packs' own examples pass with the bundled rules", () => {
    const packs = examples.flatMap(({ values }) => readPolicy(values).values.rulePacks ?? []);
    expect(packs.length).toBeGreaterThan(0);
    const outcomes = runRuleExamples(bundledEngine({}, packs)).filter((o) => o.rule.at.file.startsWith('policy '));
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => !o.passed).map((o) => `${o.rule.id} ${o.example.expect}: ${JSON.stringify(o.example.example)}`)).toEqual([]);
  });

  it("names the extension by the id of the manifest's key, and Firefox by the build's gecko id", () => {
    expect(EXTENSION_ID).toMatch(/^[a-p]{32}$/);
    const ids = new Set(doc.match(/\b[a-p]{32}\b/g));
    expect([...ids]).toEqual([EXTENSION_ID]);
    expect(GECKO_ID).toBe('composure@composure.dev');
    expect(doc).toContain(GECKO_ID);
    for (const path of [
      `HKLM\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${EXTENSION_ID}\\policy`,
      'ExtensionInstallForcelist',
      '/etc/opt/chrome/policies/managed/',
      '/etc/chromium/policies/managed/',
      `com.google.Chrome.extensions.${EXTENSION_ID}`,
      'update_url',
    ]) {
      expect(doc).toContain(path);
    }
  });
});
