// The side panel: who the customer is, how heated the chat is, what to fix, and what to say.
import { useEffect, useState } from 'preact/hooks';
import { copyToClipboard, isInTab, openSidePanel, readLocal, writeLocal } from '../platform/browser';
import type { PanelFlag } from '../platform/protocol';
import { AngerMeter } from './components/AngerMeter';
import { FlagCard, type FlagActions } from './components/FlagCard';
import { Fold } from './components/Fold';
import { PageStatusNotice } from './components/PageStatusNotice';
import { SuggestionCard } from './components/SuggestionCard';
import { ReadingHealthLine } from '../ui/ReadingHealthLine';
import { falsePositiveExample } from './falsePositiveReport';
import { pinnedTabId, usePanelState, type PanelConnection } from './usePanelState';
import { nextStep, type Suggestion } from '../engine';

const SNOOZE_MINUTES = 15;
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
  const [folds, setFolds] = useState({ flags: false, suggestions: false });
  // What the agent unfolded stays unfolded while the chat goes on, even if a fold empties for a while.
  const setFold = (fold: keyof typeof folds, open: boolean) => setFolds((f) => (f[fold] === open ? f : { ...f, [fold]: open }));
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
  // One next step up front: the flag the playbook says to act on first and the card that answers it.
  const step = nextStep(state?.flags ?? [], state?.suggestions ?? [], state?.customerName);
  const [lead, ...otherFlags] = step.flags;
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
          <section class="next-step" aria-labelledby="next-step-title">
            <h2 id="next-step-title">Next step</h2>
            {!lead && !step.card && <p class="empty">Nothing to fix right now.</p>}
            {lead && (
              <ul class="flags">
                <FlagCard flag={lead} actions={flagActions} canTurnOff={!locked(lead.rule)} />
              </ul>
            )}
            {step.card && <SuggestionList suggestions={[step.card]} offset={0} send={send} say={say} />}
            {state.lastInsert && !state.lastInsert.ok && (
              <p class="notice warn" role="alert">
                Could not insert: {state.lastInsert.reason}
              </p>
            )}
          </section>

          <AngerMeter level={state.level} history={state.levelHistory} drivers={state.angerDrivers} />

          {otherFlags.length > 0 && (
            <Fold name="flags" summary={`Other flags (${otherFlags.length})`} open={folds.flags} onToggle={(open) => setFold('flags', open)}>
              <ul class="flags">
                {otherFlags.map((flag) => (
                  <FlagCard key={flag.id} flag={flag} actions={flagActions} canTurnOff={!locked(flag.rule)} />
                ))}
              </ul>
            </Fold>
          )}
          {step.otherCards.length > 0 && (
            <Fold
              name="suggestions"
              summary={`${step.card ? 'More suggestions' : 'Suggestions'} (${step.otherCards.length})`}
              open={folds.suggestions}
              onToggle={(open) => setFold('suggestions', open)}
            >
              <SuggestionList suggestions={step.otherCards} offset={1} send={send} say={say} />
            </Fold>
          )}
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
                  <button disabled={state.settingsLocked} type="button" onClick={() => send({ type: 'set-rule-enabled', rule, enabled: true })} aria-label={`Turn on rule ${rule}`}>
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
