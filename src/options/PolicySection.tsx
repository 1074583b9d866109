// Policy and team settings: what the enterprise policy set and what of it was rejected (with the
// admin's path to the mistake), which docs/interfaces.md §5 keys never arrived, and the escalation contact
// and remedy catalogue, which the user edits unless the policy sets them.
import { useEffect, useState } from 'preact/hooks';
import { PROBLEM_TYPES, type ProblemType } from '../engine';
import type { LoadedSettings } from '../settings/settingsSource';
import { absentPolicyKeys, receivedPolicySummary, rejectionConsequence } from './policySummary';
import { saveUserSetting } from './useSettingsInForce';

export function PolicySection({ loaded }: { loaded: LoadedSettings }) {
  const { policy, rawPolicy, userProblems } = loaded;
  const received = receivedPolicySummary(policy);
  const absent = absentPolicyKeys(rawPolicy);
  const problems = loaded.effective.policyProblems;
  return (
    <section class="card" data-section="policy" id="policy" aria-labelledby="policy-title">
      <header class="section-head">
        <h2 id="policy-title">Policy and team settings</h2>
        <p class="muted">Policy wins over your settings, your settings over the defaults.</p>
      </header>
      <h3>What your organization’s policy set</h3>
      {received.length === 0 && Object.keys(rawPolicy).length === 0 ? (
        <p class="empty" data-policy-none>
          No policy is set for Composure in this browser.
        </p>
      ) : (
        <dl class="policy-keys">
          {received.map(({ key, summary }) => (
            <div key={key} data-policy-key={key}>
              <dt>
                <code>{key}</code>
              </dt>
              <dd>{summary}</dd>
            </div>
          ))}
        </dl>
      )}
      {problems.length > 0 && (
        <>
          <h3 id="policy-rejections-title">Not applied: fix these in the policy</h3>
          <ul class="problems policy-rejections" aria-labelledby="policy-rejections-title">
            {problems.map((p) => (
              <li key={p.message} data-policy-rejection={p.key}>
                <code>{p.message}</code>
                <span class="consequence">{rejectionConsequence(p)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {Object.keys(rawPolicy).length > 0 && absent.length > 0 && (
        <p class="muted" data-policy-absent={absent.join(' ')}>
          Not received: {absent.map((key) => <code key={key}>{key} </code>)}— if your policy sets one of these, Chromium dropped it because its value does not fit
          the extension’s schema (managed_schema.json); check its type.
        </p>
      )}
      {userProblems.length > 0 && (
        <>
          <h3>Your stored settings that could not be read</h3>
          <ul class="problems">
            {userProblems.map((p) => (
              <li key={p.message}>
                <code>{p.message}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <EscalationContact loaded={loaded} />
      <Remedies loaded={loaded} />
    </section>
  );
}

function EscalationContact({ loaded }: { loaded: LoadedSettings }) {
  const setting = loaded.effective.escalationContact;
  const [draft, setDraft] = useState(setting.value ?? '');
  useEffect(() => setDraft(setting.value ?? ''), [setting.value]);
  const lock = setting.lockedReason;
  return (
    <form
      class="team-setting"
      data-setting="escalationContact"
      onSubmit={(e) => {
        e.preventDefault();
        void saveUserSetting(loaded, 'escalationContact', draft.trim());
      }}
    >
      <h3>
        <label for="escalation-contact">Escalation contact</label>
      </h3>
      <p class="muted" id="escalation-contact-hint">
        Who to hand off to; shown on escalation cards.
      </p>
      <div class="toolbar">
        <input
          id="escalation-contact"
          type="text"
          class="grow"
          maxLength={200}
          value={draft}
          disabled={lock !== undefined}
          aria-describedby="escalation-contact-hint"
          placeholder="e.g. your team lead, #support-escalations"
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" disabled={lock !== undefined || draft.trim() === (setting.value ?? '')}>
          Save
        </button>
      </div>
      {lock && <p class="locked-reason" data-locked-reason>{lock}</p>}
    </form>
  );
}

function Remedies({ loaded }: { loaded: LoadedSettings }) {
  const setting = loaded.effective.remedies;
  const lock = setting.lockedReason;
  const stored = (loaded.user.remedies ?? {}) as Partial<Record<ProblemType, { remedies: string[]; keywords: string[] }>>;
  const fromPolicy = loaded.policy.values.remedies ?? {};
  const [drafts, setDrafts] = useState<Partial<Record<ProblemType, string>>>({});
  useEffect(() => setDrafts({}), [loaded]);
  const textOf = (type: ProblemType) => drafts[type] ?? (setting.value[type]?.remedies ?? []).join('\n');

  function save(type: ProblemType) {
    const lines = textOf(type).split('\n').map((l) => l.trim()).filter(Boolean);
    // Stored in the short form an admin writes, keeping keywords where there are some.
    const next: Record<string, unknown> = Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v.keywords.length ? v : v.remedies]));
    if (lines.length) next[type] = stored[type]?.keywords.length ? { remedies: lines, keywords: stored[type]!.keywords } : lines;
    else delete next[type];
    void saveUserSetting(loaded, 'remedies', next);
  }

  return (
    <div class="team-setting" data-setting="remedies">
      <h3>Pre-approved remedies</h3>
      <p class="muted">Offers suggested for each kind of problem, one per line. Clearing a list goes back to Composure’s own.</p>
      {lock && <p class="locked-reason" data-locked-reason>{lock}</p>}
      <div class="remedies">
        {PROBLEM_TYPES.map((type) => (
          <div class="field" key={type} data-remedy-type={type}>
            <label for={`remedies-${type}`} id={`remedies-${type}-label`}>
              {type}
              {/* Only the types the policy names come from it; the others are Composure's own (or yours). */}
              {type in fromPolicy ? (
                <span class="chip source-policy">policy</span>
              ) : stored[type] && lock === undefined ? (
                <span class="chip source-user">yours</span>
              ) : (
                <span class="chip">default</span>
              )}
            </label>
            {lock ? (
              // Read-only: the whole list, readable, rather than a greyed box that cuts it off.
              <ul class="remedy-list" aria-labelledby={`remedies-${type}-label`}>
                {(setting.value[type]?.remedies ?? []).map((remedy) => (
                  <li key={remedy}>{remedy}</li>
                ))}
              </ul>
            ) : (
              <textarea id={`remedies-${type}`} rows={3} value={textOf(type)} onInput={(e) => setDrafts({ ...drafts, [type]: e.currentTarget.value })} />
            )}
            {!lock && drafts[type] !== undefined && (
              <button type="button" onClick={() => save(type)}>
                Save {type}
              </button>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
