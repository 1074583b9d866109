// The playground's "Why?" under a turn: `composure explain` for that message, read on its own —
// which rules and patterns matched which words, what `unless` excepted, what held a match back,
// what drove the anger score, and the patterns that came closest. Worked out only when opened.
import { useState } from 'preact/hooks';
import { type ComposureEngine, explainMessage, type MessageExplanation, type PatternHit } from '../engine';

export function PlaygroundWhy({ engine, text, speaker }: { engine: ComposureEngine; text: string; speaker: 'customer' | 'agent' }) {
  const [explanation, setExplanation] = useState<MessageExplanation>();
  return (
    <details
      class="turn-why"
      data-playground-why
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open && !explanation) setExplanation(explainMessage(engine, text, speaker));
      }}
    >
      <summary>Why? (this message on its own)</summary>
      {explanation && <WhyBody e={explanation} />}
    </details>
  );
}

function WhyBody({ e }: { e: MessageExplanation }) {
  const byStatus = (status: string) => e.rules.filter((r) => r.status === status);
  const groups = [
    ['Fired', byStatus('fired')],
    ['Matched, but excepted by unless', byStatus('excepted')],
    ['Matched, but held back', byStatus('held back')],
  ] as const;
  return (
    <div class="why">
      <p class="muted">
        Read as: <code>{e.tokens.join(' ')}</code>
      </p>
      {e.speaker === 'customer' && e.contributions.length > 0 && (
        <p class="muted" data-why-drivers>
          Anger {e.anger.toFixed(2)} driven by {e.contributions.map((c) => `${c.feature} ${c.weight >= 0 ? '+' : ''}${c.weight.toFixed(2)}`).join(', ')}
        </p>
      )}
      {groups.map(([title, rules]) =>
        rules.length === 0 ? null : (
          <div key={title}>
            <h4>{title}</h4>
            <ul>
              {rules.map((r) => (
                <li key={r.rule.id} data-why-rule={r.rule.id} data-why-status={r.status}>
                  <code>{r.rule.id}</code> {r.hits.length === 0 && r.rule.check ? <span class="muted">check {r.rule.check}</span> : null}
                  <ul>
                    {r.hits.map((h) => (
                      <li key={`m${h.field}${h.index}`}>{hitLine('match', h)}</li>
                    ))}
                    {r.exceptions.map((h) => (
                      <li key={`u${h.field}${h.index}`}>{hitLine('unless', h)}</li>
                    ))}
                    {r.reason && <li class="muted">{r.reason}</li>}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
      {e.nearMisses.length > 0 && (
        <div>
          <h4>Nearest patterns that did not match</h4>
          <ul>
            {e.nearMisses.map((m) => (
              <li key={`${m.rule}:${m.index}`} data-why-near={m.rule}>
                <code>{m.rule}</code> <code>{m.source}</code>: {m.got} of {m.of} words, on “{m.words}”
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function hitLine(block: 'match' | 'unless', h: PatternHit) {
  return (
    <>
      {block}.{h.field}[{h.index}] <code>{h.source}</code> on “{h.evidence}”
    </>
  );
}
