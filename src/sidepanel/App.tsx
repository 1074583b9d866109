// The side panel: who the customer is, how heated the chat is, what to fix, and what to say.
import { useEffect, useState } from 'preact/hooks';
import { copyToClipboard, isInTab, openSidePanel, readLocal, writeLocal } from '../platform/browser';
import type { PanelFlag } from '../platform/protocol';
import { AngerMeter } from './components/AngerMeter';
import { FlagCard, type FlagActions } from './components/FlagCard';
import { PageStatusNotice } from './components/PageStatusNotice';
import { SuggestionCard } from './components/SuggestionCard';
import { ReadingHealthLine } from '../ui/ReadingHealthLine';
import { falsePositiveExample } from './falsePositiveReport';
import { pinnedTabId, usePanelState, type PanelConnection } from './usePanelState';
import type { Suggestion } from '../engine/types';

const SNOOZE_MINUTES = 15;
// Enough to choose from without pushing the flags below the fold of a side panel.
const VISIBLE_SUGGESTIONS = 3;
type Theme = 'system' | 'light' | 'dark';
const THEMES: Theme[] = ['system', 'light', 'dark'];

function useTheme(): [Theme, (t: Theme) => void] {
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => {
    void readLocal<Theme>('theme', 'system').then(setTheme);
  }, []);
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
  return [theme, (t) => {
    setTheme(t);
    void writeLocal('theme', t);
  }];
}

function SuggestionList(props: { suggestions: Suggestion[]; offset: number; send: PanelConnection['send']; say(text: string): void }) {
  const { send, say } = props;
  return (
    <ul class="suggestions">
      {props.suggestions.map((s, i) => (
        <SuggestionCard
          key={`${s.rule}:${s.text}`}
          suggestion={s}
          index={props.offset + i}
          onInsert={() => send({ type: 'insert', text: s.text })}
          onReplace={() => send({ type: 'insert', text: s.text, replace: true })}
          onCopy={() => void copyToClipboard(s.text).then((ok) => say(ok ? 'Copied.' : 'Could not copy.'))}
        />
      ))}
    </ul>
  );
}

export function App() {
  const pinned = pinnedTabId(location.search);
  const { tabId, state, send } = usePanelState(pinned);
  const [theme, setTheme] = useTheme();
  const [announcement, setAnnouncement] = useState('');
  const [inTab, setInTab] = useState(false);
  useEffect(() => void isInTab().then(setInTab), []);

  const say = (text: string) => setAnnouncement(text);
  const flagActions: FlagActions = {
    dismiss: (flag) => send({ type: 'dismiss', flagId: flag.id }),
    snooze: (flag) => {
      send({ type: 'snooze', rule: flag.rule, minutes: SNOOZE_MINUTES });
      say(`${flag.rule} snoozed for ${SNOOZE_MINUTES} minutes.`);
    },
    turnOff: (flag) => {
      send({ type: 'set-rule-enabled', rule: flag.rule, enabled: false });
      say(`Rule ${flag.rule} turned off. Turn it back on below.`);
    },
    reportFalsePositive: (flag: PanelFlag) => {
      void copyToClipboard(falsePositiveExample(flag, state?.customerName, new Date())).then((ok) =>
        say(ok ? 'Copied a rule example for this false positive: paste it into the rule’s examples.ignore.' : 'Could not copy.'),
      );
    },
  };

  const reading = state?.status === 'reading';
  const flags = state?.flags ?? [];
  const suggestions = state?.suggestions ?? [];
  const locked = (rule: string) => (state?.settingsLocked || state?.policyDisabledRules.includes(rule)) ?? false;

  return (
    <div class="panel" data-turn-count={state?.turnCount ?? 0}>
      <header class="top">
        <h1>
          <span class="customer" data-customer-name={state?.customerName ?? ''}>
            {state?.customerName ?? (reading ? 'Customer (name not known yet)' : 'Composure')}
          </span>
        </h1>
        {state?.siteName && <p class="site">{state.siteName}</p>}
        {inTab && tabId !== undefined && (
          <button type="button" class="dock" data-action="open-side-panel" onClick={() => void openSidePanel(tabId).catch((e: Error) => say(`Could not open the side panel: ${e.message}`))}>
            Show in side panel
          </button>
        )}
      </header>

      <PageStatusNotice state={state} />
      {state?.policyNotice && (
        <p class="notice warn" role="status" data-policy-notice>
          {state.policyNotice}
        </p>
      )}

      {state?.reading && state.status !== 'unsupported' && state.status !== 'starting' && (
        // Adapter health: after a desk update, the agent sees which part stopped being found.
        <section class="adapter-health" aria-label="Adapter health">
          <ReadingHealthLine health={state.reading} siteName={state.siteName} />
        </section>
      )}

      {state?.breather && (
        <section class="breather" aria-labelledby="breather-title" data-nudge="breather">
          <h2 id="breather-title">That was a tough one</h2>
          <p>The last chat ran hot. If you can, take two minutes before the next one: stand up, breathe out slowly, get some water.</p>
          <button type="button" onClick={() => send({ type: 'dismiss-breather' })}>
            I’m ready
          </button>
        </section>
      )}

      {state && (reading || state.turnCount > 0) && (
        <>
          <AngerMeter level={state.level} history={state.levelHistory} drivers={state.angerDrivers} />

          <section aria-labelledby="suggestions-title">
            <h2 id="suggestions-title">Suggestions</h2>
            {suggestions.length === 0 ? (
              <p class="empty">No suggestions yet.</p>
            ) : (
              <SuggestionList suggestions={suggestions.slice(0, VISIBLE_SUGGESTIONS)} offset={0} send={send} say={say} />
            )}
            {suggestions.length > VISIBLE_SUGGESTIONS && (
              <details class="more">
                <summary>More suggestions ({suggestions.length - VISIBLE_SUGGESTIONS})</summary>
                <SuggestionList suggestions={suggestions.slice(VISIBLE_SUGGESTIONS)} offset={VISIBLE_SUGGESTIONS} send={send} say={say} />
              </details>
            )}
            {state.lastInsert && !state.lastInsert.ok && (
              <p class="notice warn" role="alert">
                Could not insert: {state.lastInsert.reason}
              </p>
            )}
          </section>
          <section aria-labelledby="flags-title">
            <h2 id="flags-title">
              Open flags <span class="count">{flags.length}</span>
            </h2>
            {flags.length === 0 ? (
              <p class="empty">Nothing to fix right now.</p>
            ) : (
              <ul class="flags">
                {flags.map((flag) => (
                  <FlagCard key={flag.id} flag={flag} actions={flagActions} canTurnOff={!locked(flag.rule)} />
                ))}
              </ul>
            )}
          </section>

        </>
      )}

      <footer class="settings">
        {state?.settingsLocked && (
          <p class="notice" data-locked-reason>
            {state.lockedReason ?? 'Your organization locks Composure’s settings.'} Rules cannot be switched on or off here.
          </p>
        )}
        {state && state.disabledRules.length > 0 && (
          <details>
            <summary>Rules you turned off ({state.disabledRules.length})</summary>
            <ul class="disabled-rules">
              {state.disabledRules.map((rule) => (
                <li key={rule}>
                  <code>{rule}</code>{' '}
                  <button disabled={state.settingsLocked} type="button" onClick={() => send({ type: 'set-rule-enabled', rule, enabled: true })} aria-label={`Turn rule ${rule} back on`}>
                    Turn on
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}
        <label class="theme">
          Theme{' '}
          <select value={theme} onChange={(e) => setTheme((e.currentTarget as HTMLSelectElement).value as Theme)}>
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {t === 'system' ? 'Match system' : t === 'light' ? 'Light' : 'Dark'}
              </option>
            ))}
          </select>
        </label>
        <p class="privacy" data-engine-start-ms={state?.timing?.engineStartMs} data-analysis-ms={state?.timing?.lastAnalysisMs}>
          Runs on this device. Nothing leaves your browser.
          {state?.timing?.engineStartMs !== undefined && ` Engine ready in ${state.timing.engineStartMs} ms.`}
        </p>
      </footer>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
