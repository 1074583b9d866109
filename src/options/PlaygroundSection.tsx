// Playground: paste a chat, see turn by turn what the engine in force flags and suggests. Runs
// again by itself whenever the settings change, so a QA lead can switch a rule off (here or in
// Rules) and see the effect at once.
import { useEffect, useState } from 'preact/hooks';
import type { ComposureEngine, TurnResult } from '../engine';
import type { LoadedSettings } from '../settings/settingsSource';
import { switchRule } from '../policy';
import { runPlayground, type PlaygroundRun } from './playground';
import { saveUserSetting, useEngineInForce } from './useSettingsInForce';
import { PlaygroundWhy } from './PlaygroundWhy';

const EXAMPLE = `Customer (Dana Whitfield): This is the third time I've contacted you about my order!!
Agent: Please calm down, it's not my problem.
Customer: I want a refund now or I'm cancelling.
Agent: I'm sorry you were inconvenienced, Dana. It sounds like your order didn't arrive.`;

export function PlaygroundSection({ loaded }: { loaded: LoadedSettings }) {
  const engine = useEngineInForce(loaded);
  const [text, setText] = useState('');
  const [ranText, setRanText] = useState<string>();
  const [run, setRun] = useState<PlaygroundRun>();

  // The engine is rebuilt when settings change: replay the last chat with it.
  useEffect(() => {
    if (ranText !== undefined) setRun(runPlayground(engine, ranText));
  }, [engine]);

  const start = () => {
    setRanText(text);
    setRun(runPlayground(engine, text));
  };

  return (
    <section class="card" data-section="playground" id="playground" aria-labelledby="playground-title">
      <header class="section-head">
        <h2 id="playground-title">Playground</h2>
        <p class="muted">
          Paste a chat as Composure transcript JSON (what the side panel exports) or as lines like <code>Customer: …</code> / <code>Agent: …</code> (optional <code>[10:00:05]</code> time and{' '}
          <code>(Name)</code>). It runs with the rules and settings in force and runs again when they change.
        </p>
      </header>
      <label for="playground-input" class="visually-hidden">
        Chat to analyse
      </label>
      <textarea
        id="playground-input"
        class="playground-input"
        data-action="playground-input"
        rows={7}
        spellcheck={false}
        placeholder={EXAMPLE}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            start();
          }
        }}
      />
      <div class="toolbar">
        <button type="button" class="primary" data-action="playground-run" onClick={start} disabled={text.trim() === ''}>
          Run <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
        </button>
        <button type="button" onClick={() => setText(EXAMPLE)}>
          Use the example
        </button>
        {run?.ok && (
          <span class="muted" role="status">
            {run.results.length} turns, {run.results.reduce((n, r) => n + r.flags.length, 0)} flags
            {run.skipped ? `; ${run.skipped} more transcripts in the paste were not run` : ''}
          </span>
        )}
      </div>
      {run && !run.ok && (
        <p class="notice error" role="alert" data-playground-error>
          {run.error}
        </p>
      )}
      {run?.ok && (
        <ol class="turns">
          {run.results.map((result, index) => (
            <PlaygroundTurn
              key={index}
              index={index}
              result={result}
              text={run.transcript.turns[index]?.text}
              typing={run.transcript.turns[index]?.typing}
              newSuggestions={suggestionKey(result) !== suggestionKey(run.results[index - 1])}
              loaded={loaded}
              engine={engine}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

/** Suggestions often stay the same for several turns: only a change is shown open. */
function suggestionKey(result: TurnResult | undefined): string {
  return (result?.suggestions ?? []).map((s) => `${s.kind}:${s.text}`).join('|');
}

function PlaygroundTurn(props: { index: number; result: TurnResult; text: string | undefined; typing: boolean | undefined; newSuggestions: boolean; loaded: LoadedSettings; engine: ComposureEngine }) {
  const { result, loaded } = props;
  const heat = result.conversation.level >= result.conversation.heatedLevel || result.mood === 'angry' ? 'heated' : result.mood === 'frustrated' ? 'tense' : 'calm';
  return (
    <li class={`turn speaker-${result.speaker}`} data-playground-turn={props.index}>
      <div class="turn-head">
        <span class={`speaker speaker-${result.speaker}`}>{result.speaker}</span>
        <span class="turn-text">{props.typing ? <em>is typing…</em> : props.text}</span>
        <span class={`anger mood-${heat}`} title="This turn's mood, anger (hostility) and frustration scores; the conversation's smoothed level">
          {result.speaker === 'customer' && `${result.mood} · `}anger {result.anger.toFixed(2)} · frustration {result.frustration.toFixed(2)} · level{' '}
          {result.conversation.level.toFixed(2)} {result.conversation.trend}
        </span>
      </div>
      {result.flags.length > 0 && (
        <ul class="turn-flags">
          {result.flags.map((flag) => (
            <li key={flag.rule} class={`flag severity-${flag.severity}`} data-flag-category={flag.category} data-rule={flag.rule}>
              <span class="chip">{flag.category}</span>
              <code>{flag.rule}</code> <span class={`severity-label severity-${flag.severity}`}>{flag.severity}</span>
              <span class="flag-message">{flag.message}</span>
              {flag.evidence && <span class="muted"> “{flag.evidence}”</span>}
              {switchRule(loaded.effective, loaded.user, flag.rule, false).ok && (
                <button
                  type="button"
                  class="link"
                  data-action="playground-disable-rule"
                  aria-label={`Switch off ${flag.rule} and run again`}
                  onClick={() => {
                    const off = switchRule(loaded.effective, loaded.user, flag.rule, false);
                    if (off.ok) void saveUserSetting(loaded, 'disabledRules', off.userDisabled);
                  }}
                >
                  Switch off
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.text && !props.typing && (result.speaker === 'customer' || result.speaker === 'agent') && <PlaygroundWhy engine={props.engine} text={props.text} speaker={result.speaker} />}
      {result.suggestions.length > 0 && (
        <details class="turn-suggestions" open={props.newSuggestions}>
          <summary>
            {result.suggestions.length} suggestion{result.suggestions.length === 1 ? '' : 's'} after this turn{props.newSuggestions ? '' : ' (unchanged)'}
          </summary>
          <ul>
            {result.suggestions.map((s) => (
              <li key={`${s.rule}:${s.text}`} class="suggestion" data-suggestion-kind={s.kind}>
                <span class="suggestion-kind">{s.kind}</span> <span class="suggestion-text">{s.text}</span> <code class="muted">{s.rule}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
