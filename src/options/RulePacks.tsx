// Rule packs beyond the bundled ones: import a file (validated; nothing stored when it fails),
// remove the user's own, see the policy's, and export the rules in force as one YAML file.
import { useState } from 'preact/hooks';
import type { LoadedSettings } from '../settings/settingsSource';
import { effectivePackFileName, effectivePackYaml } from './effectivePack';
import { exampleWarnings, importRulePack, lintWarnings, packsAfterImport, packsAfterRemoval, storedPackName } from './rulePackImport';
import { packName, type RuleInForce } from './rulesInForce';
import { engineInForce, saveUserSetting } from './useSettingsInForce';

const POLICY_PACK_REASON = 'Added by your organization’s policy (rulePacks).';

interface ImportOutcome {
  file: string;
  errors: string[];
  warnings: string[];
  imported?: string;
}

export function RulePacks({ loaded, rules }: { loaded: LoadedSettings; rules: RuleInForce[] }) {
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const lock = loaded.effective.rulePacks.lockedReason;
  const stored = Array.isArray(loaded.storedUser.rulePacks) ? (loaded.storedUser.rulePacks as unknown[]) : [];

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // the same file may be picked again after fixing it
    if (!file || lock) return;
    const result = importRulePack(await file.text(), file.name);
    if (!result.ok) return setOutcome({ file: file.name, errors: result.errors, warnings: [] });
    const engine = engineInForce(loaded, [result.pack]);
    const warnings = [...lintWarnings(engine, result.pack), ...exampleWarnings(engine, result.pack)];
    await saveUserSetting(loaded, 'rulePacks', packsAfterImport(stored, result.stored));
    setOutcome({ file: file.name, errors: [], warnings, imported: `${result.stored.pack} (${plural(result.pack.rules.length, 'rule')})` });
  }

  function exportRules() {
    const now = new Date();
    const url = URL.createObjectURL(new Blob([effectivePackYaml(rules, now)], { type: 'application/yaml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = effectivePackFileName(now);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <div class="packs">
      <div class="toolbar">
        <label class={`button file-button${lock ? ' is-disabled' : ''}`}>
          Import rule pack…
          <input
            type="file"
            class="file-input"
            accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
            data-action="import-pack"
            disabled={lock !== undefined}
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        <button type="button" data-action="export-pack" onClick={exportRules} title="A rule file with the rules in force, their severities and on/off state">
          Export rules in force (YAML)
        </button>
      </div>
      {lock && <p class="locked-reason" data-locked-reason>{lock}</p>}
      {outcome && outcome.errors.length > 0 && (
        <div class="notice error" role="alert">
          <p>
            <strong>{outcome.file}</strong> was not imported; nothing was stored:
          </p>
          <ProblemList problems={outcome.errors} hook={{ 'data-import-errors': true }} />
        </div>
      )}
      {outcome?.imported && (
        <div class={`notice${outcome.warnings.length ? ' warn' : ' ok'}`} role="status">
          <p>Imported {outcome.imported}.</p>
          {outcome.warnings.length > 0 && (
            <>
              <p>Some of its examples do not behave as written:</p>
              <ProblemList problems={outcome.warnings} hook={{ 'data-import-warnings': true }} />
            </>
          )}
        </div>
      )}
      {(stored.length > 0 || loaded.effective.rulePacks.fromPolicy.length > 0) && (
        <ul class="pack-list" aria-label="Rule packs added to the bundled rules">
          {loaded.effective.rulePacks.fromPolicy.map((pack) => (
            <li key={`policy:${packName(pack)}`} data-pack={packName(pack)} data-pack-source="policy">
              <span class="pack-name">{packName(pack)}</span>
              <span class="muted">{plural(pack.rules.length, 'rule')}</span>
              <span class="locked-reason" data-locked-reason>
                {POLICY_PACK_REASON}
              </span>
            </li>
          ))}
          {stored.map((entry, i) => {
            const name = storedPackName(entry) ?? `pack ${i + 1}`;
            const rulesCount = Array.isArray((entry as { rules?: unknown }).rules) ? (entry as { rules: unknown[] }).rules.length : 0;
            return (
              <li key={`user:${name}`} data-pack={name} data-pack-source="user">
                <span class="pack-name">{name}</span>
                <span class="muted">
                  {plural(rulesCount, 'rule')}{loaded.effective.locked ? ' · ignored while settings are locked' : ''}
                </span>
                <button
                  type="button"
                  data-action="remove-pack"
                  disabled={lock !== undefined}
                  aria-label={`Remove rule pack ${name}`}
                  onClick={() => void saveUserSetting(loaded, 'rulePacks', packsAfterRemoval(stored, name))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One `file:line: field: reason` per line, as the loader words them. */
function ProblemList({ problems, hook }: { problems: string[]; hook: Record<string, true> }) {
  return (
    <ul class="problems" {...hook}>
      {problems.map((problem) => (
        <li key={problem}>
          <code>{problem}</code>
        </li>
      ))}
    </ul>
  );
}
