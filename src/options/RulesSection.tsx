// Rules: every rule in force grouped by category, each switchable and re-rateable unless the
// policy decides it (then read-only, with the reason), plus rule pack import and export.
import { useMemo, useState } from 'preact/hooks';
import { LOCKED_REASON, switchRule } from '../policy';
import { FLAG_CATEGORIES, SEVERITIES, type Severity } from '../engine';
import type { LoadedSettings } from '../settings/settingsSource';
import { RulePacks } from './RulePacks';
import { exampleText } from './rulePackImport';
import { rulesInForce, severitiesAfterChoice, sourcedPacks, type RuleInForce } from './rulesInForce';
import { saveUserSetting } from './useSettingsInForce';
import { bundledRulePacks } from '../settings/bundledRules';

export function RulesSection({ loaded }: { loaded: LoadedSettings }) {
  const packs = useMemo(() => sourcedPacks(bundledRulePacks(), loaded.effective), [loaded]);
  const rules = useMemo(() => rulesInForce(packs, loaded.effective), [packs, loaded]);
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = needle ? rules.filter((rule) => `${rule.id} ${rule.message} ${rule.description ?? ''} ${rule.packName}`.toLowerCase().includes(needle)) : rules;
  const off = rules.filter((rule) => !rule.on).length;

  return (
    <section class="card" data-section="rules" id="rules" aria-labelledby="rules-title">
      <header class="section-head">
        <h2 id="rules-title">Rules</h2>
        <p class="muted">
          {rules.length} rules from {new Set(rules.map((r) => r.packName)).size} files and packs; {off} switched off. Changes apply at once, in every open chat.
        </p>
      </header>
      <RulePacks loaded={loaded} rules={rules} />
      <div class="toolbar">
        <label class="inline-field">
          <span>Find a rule</span>
          <input type="search" value={filter} placeholder="id, message or pack" onInput={(e) => setFilter(e.currentTarget.value)} />
        </label>
        {needle && <span class="muted">{shown.length} shown</span>}
      </div>
      {FLAG_CATEGORIES.map((category) => {
        const inCategory = shown.filter((rule) => rule.category === category);
        if (inCategory.length === 0) return null;
        return (
          <section class="category" key={category} aria-labelledby={`category-${category}`}>
            <h3 id={`category-${category}`}>
              {category} <span class="count">{inCategory.length}</span>
            </h3>
            <ul class="rules">
              {inCategory.map((rule) => (
                <RuleRow key={rule.id} rule={rule} loaded={loaded} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function RuleRow({ rule, loaded }: { rule: RuleInForce; loaded: LoadedSettings }) {
  const severityLock = loaded.effective.ruleSeverities.lockedReason;
  const reason = rule.lockedReason ?? severityLock;
  const toggleId = `rule-on-${rule.id}`;
  const toggle = (on: boolean) => {
    const outcome = switchRule(loaded.effective, loaded.user, rule.id, on);
    return outcome.ok ? saveUserSetting(loaded, 'disabledRules', outcome.userDisabled) : Promise.resolve();
  };
  const rate = (severity: Severity) => saveUserSetting(loaded, 'ruleSeverities', severitiesAfterChoice(loaded.user.ruleSeverities ?? {}, rule, severity));
  return (
    <li class={`rule${rule.on ? '' : ' is-off'}`} data-rule-id={rule.id}>
      <div class="rule-head">
        <input
          type="checkbox"
          id={toggleId}
          class="switch"
          data-action="toggle-rule"
          checked={rule.on}
          disabled={rule.lockedReason !== undefined}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        <label for={toggleId} class="rule-id">
          <code>{rule.id}</code>
          <span class="visually-hidden">{rule.on ? ' (on)' : ' (off)'}</span>
        </label>
        <select
          data-action="rule-severity"
          class={`severity severity-${rule.severity}`}
          aria-label={`Severity of ${rule.id}`}
          value={rule.severity}
          disabled={severityLock !== undefined}
          onChange={(e) => void rate(e.currentTarget.value as Severity)}
        >
          {SEVERITIES.map((severity) => (
            <option value={severity} key={severity}>
              {severity}
              {severity === rule.fileSeverity ? ' (default)' : ''}
            </option>
          ))}
        </select>
        <span class={`chip source-${rule.packSource}`}>
          {rule.packName}
          {rule.packSource !== 'bundled' ? ` · ${rule.packSource}` : ''}
        </span>
      </div>
      <p class="rule-message">{rule.message}</p>
      {rule.toggleSource === 'user' && !rule.on && <p class="rule-note muted">You switched it off.</p>}
      {reason && (
        <p class="locked-reason" data-locked-reason>
          {/* The banner says the whole sentence once; every row repeating it drowned the rules. */}
          {reason === LOCKED_REASON ? 'Locked by your organization’s policy.' : reason}
        </p>
      )}
      {(rule.examples.length > 0 || rule.description) && (
        <details class="examples">
          <summary>Details and examples ({rule.examples.length})</summary>
          {rule.description && rule.description !== rule.message && <p class="rule-description">{rule.description}</p>}
          {rule.replaces.length > 0 && <p class="rule-description">Replaces the rule of the same id in {rule.replaces.join(', ')}.</p>}
          <ul>
            {rule.examples.map((example, i) => (
              <li key={i} class={`example example-${example.expect}`}>
                <span class="example-expect">{example.expect === 'trigger' ? 'fires' : 'stays quiet'}</span> {exampleText(example.example)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
