// Adding a desk: the fields of a helpdesk descriptor (docs/interfaces.md §4), optionally started
// from a built-in desk's selectors, checked field by field, and tried live against an open tab
// before it is saved.
import { useEffect, useState } from 'preact/hooks';
import { builtInAdapters } from '../adapters/registry';
import { urlMatchesAny } from '../sites/matchPattern';
import type { SiteCheckAnswer } from '../platform/protocol';
import type { SiteDescriptor } from '../sites/siteDescriptor';
import { requestHostAccess, visibleTabs, type VisibleTab } from '../platform/browser';
import type { LoadedSettings } from '../settings/settingsSource';
import { checkSiteInTab } from './checkSiteInTab';
import { DESCRIPTOR_FIELDS, descriptorFromForm, formFromDescriptor, siteFormProblems, type DescriptorField, type FieldSpec, type SiteFormValues } from './siteForm';
import { saveUserSetting } from './useSettingsInForce';

type Problems = ReturnType<typeof siteFormProblems>;
type CheckState = { state: 'idle' } | { state: 'checking' } | { state: 'done'; answer: SiteCheckAnswer; tab: string };

export function AddSiteForm({ loaded, takenIds }: { loaded: LoadedSettings; takenIds: string[] }) {
  const lock = loaded.effective.siteAdapters.lockedReason;
  const [values, setValues] = useState<SiteFormValues>({});
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState<string>();
  const [tabs, setTabs] = useState<VisibleTab[]>([]);
  const [tabId, setTabId] = useState<number>();
  const [check, setCheck] = useState<CheckState>({ state: 'idle' });
  const descriptor = descriptorFromForm(values);
  const matches = (descriptor.matches as string[] | undefined) ?? [];

  const refreshTabs = () =>
    void visibleTabs().then((found) => {
      setTabs(found);
      setTabId((current) => (found.some((tab) => tab.id === current) ? current : found.find((tab) => urlMatchesAny(tab.url, matches))?.id ?? found[0]?.id));
    });
  useEffect(refreshTabs, []);

  const set = (field: DescriptorField, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setSaved(undefined);
  };

  function startFrom(id: string) {
    const adapter = builtInAdapters.find((a) => a.id === id);
    if (!adapter) return;
    setValues({ ...formFromDescriptor(adapter.descriptor), id: `${adapter.id}-custom`, name: `${adapter.name} (custom)` });
    setProblems({});
  }

  async function save(event: Event) {
    event.preventDefault();
    const found = siteFormProblems(descriptor, takenIds);
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstProblem(found);
    await saveUserSetting(loaded, 'siteAdapters', [...(loaded.user.siteAdapters ?? []), descriptor]);
    setSaved(`Saved ${String(descriptor.name)}.`);
    setValues({});
    setCheck({ state: 'idle' });
  }

  async function checkLive() {
    const found = siteFormProblems(descriptor, []);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setCheck({ state: 'done', tab: '', answer: { ok: false, problem: 'Fix the fields marked below first.' } });
      return;
    }
    const tab = tabs.find((t) => t.id === tabId);
    if (!tab) {
      setCheck({ state: 'done', tab: '', answer: { ok: false, problem: 'Open the desk in a tab, then refresh the tab list.' } });
      return;
    }
    setCheck({ state: 'checking' });
    setCheck({ state: 'done', tab: tab.title, answer: await checkSiteInTab(tab.id, descriptor as unknown as SiteDescriptor) });
  }

  return (
    <form class="add-site" data-action="add-site" onSubmit={(e) => void save(e)} aria-labelledby="add-site-title" noValidate>
      <fieldset disabled={lock !== undefined}>
        <legend id="add-site-title">Add a desk</legend>
        <div class="toolbar">
          <label class="inline-field">
            <span>Fill with the selectors of</span>
            <select name="startFrom" value="" onChange={(e) => startFrom(e.currentTarget.value)}>
              <option value="">choose a built-in desk…</option>
              {builtInAdapters.map((a) => (
                <option value={a.id} key={a.id}>
                  {a.name}’s selectors
                </option>
              ))}
            </select>
          </label>
        </div>
        {problems.form && <ul class="field-errors">{problems.form.map((p) => <li key={p}>{p}</li>)}</ul>}
        <div class="fields">
          {DESCRIPTOR_FIELDS.map((field) => (
            <DescriptorInput key={field.name} field={field} value={values[field.name] ?? ''} errors={problems[field.name]} onInput={(v) => set(field.name, v)} />
          ))}
        </div>
        <div class="toolbar">
          <button type="submit" class="primary" data-action="save-site">
            Save desk
          </button>
          <button
            type="button"
            data-action="grant-form-access"
            disabled={matches.length === 0}
            // Synchronous inside the click, so the browser still sees the user's gesture.
            onClick={() => void requestHostAccess(matches).then(refreshTabs)}
          >
            Grant access to these addresses
          </button>
          {saved && <span role="status">{saved}</span>}
        </div>
      </fieldset>
      <fieldset class="live-check">
        <legend>Check against an open tab</legend>
        <p class="muted">Reads the page once with the selectors above; nothing is saved. Only tabs Composure may read are listed.</p>
        <div class="toolbar">
          <label class="inline-field grow">
            <span>Tab</span>
            <select name="checkTab" value={tabId === undefined ? '' : String(tabId)} onChange={(e) => setTabId(Number(e.currentTarget.value) || undefined)}>
              {tabs.length === 0 && <option value="">No readable tabs</option>}
              {tabs.map((tab) => (
                <option value={String(tab.id)} key={tab.id}>
                  {urlMatchesAny(tab.url, matches) ? '● ' : ''}
                  {tab.title} — {tab.url}
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-action="refresh-tabs" onClick={refreshTabs}>
            Refresh tabs
          </button>
          <button type="button" class="primary" data-action="check-site" disabled={check.state === 'checking'} onClick={() => void checkLive()}>
            Check
          </button>
        </div>
        <div data-site-check aria-live="polite" class="check-result">
          {check.state === 'checking' && <p class="muted">Reading the tab…</p>}
          {check.state === 'done' && <CheckResult answer={check.answer} />}
        </div>
      </fieldset>
    </form>
  );
}

function DescriptorInput(props: { field: FieldSpec; value: string; errors: string[] | undefined; onInput(value: string): void }) {
  const { field, errors } = props;
  const id = `site-${field.name}`;
  const described = `${id}-hint${errors ? ` ${id}-errors` : ''}`;
  const common = {
    id,
    name: field.name,
    value: props.value,
    'aria-invalid': errors ? true : undefined,
    'aria-describedby': described,
    'aria-required': field.required,
    spellcheck: false,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class={`field${field.multiline ? ' wide' : ''}${errors ? ' has-error' : ''}`}>
      <label for={id}>
        {field.label}
        {field.required ? '' : <span class="muted"> (optional)</span>} <code class="field-key">{field.name}</code>
      </label>
      {field.multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      <small id={`${id}-hint`} class="muted">
        {field.hint}
      </small>
      {errors && (
        <ul class="field-errors" id={`${id}-errors`}>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CheckResult({ answer }: { answer: SiteCheckAnswer }) {
  if (!answer.ok) return <p class="notice error" data-check-problem>{answer.problem}</p>;
  const { customer, agent, system } = answer.speakers;
  return (
    <div class={`notice${answer.messages === 0 ? ' warn' : ' ok'}`}>
      <p>
        <strong data-check-messages={answer.messages}>{answer.messages} messages</strong> read: {customer} from the customer, {agent} from the agent, {system} system.
        {answer.messages === 0 && ' The transcript was found but no message in it: check “Message”.'}
      </p>
      <p data-check-customer={answer.customerName ?? ''}>Customer name: {answer.customerName ?? <em>not found</em>}</p>
      {answer.sample.length > 0 && (
        <ol class="check-sample">
          {answer.sample.map((m, i) => (
            <li key={i}>
              <span class={`speaker speaker-${m.speaker}`}>{m.speaker}</span> {m.excerpt}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function focusFirstProblem(problems: Problems): void {
  const first = DESCRIPTOR_FIELDS.find((field) => problems[field.name]);
  if (first) document.getElementById(`site-${first.name}`)?.focus();
}
