// One open flag: what happened, why (the words that triggered it), the playbook step, and the
// agent's ways to quiet it. Chat text is rendered as text nodes only.
import type { PanelFlag } from '../../platform/protocol';
import { PLAYBOOK_STEPS } from '../playbookSteps';

export interface FlagActions {
  dismiss(flag: PanelFlag): void;
  snooze(flag: PanelFlag): void;
  turnOff(flag: PanelFlag): void;
  reportFalsePositive(flag: PanelFlag): void;
}

export function FlagCard({ flag, actions, canTurnOff }: { flag: PanelFlag; actions: FlagActions; canTurnOff: boolean }) {
  const titleId = `flag-${flag.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const step = flag.playbook ? PLAYBOOK_STEPS[flag.playbook] : undefined;
  return (
    <li class={`flag severity-${flag.severity}`} data-flag-category={flag.category} data-rule={flag.rule} aria-labelledby={titleId}>
      <p class="flag-message" id={titleId}>
        <span class="visually-hidden">{flag.severity}: </span>
        {flag.draft && <span class="chip">in your draft</span>}
        <span class="flag-text">{flag.message}</span>
      </p>
      {flag.evidence && <p class="flag-why">Because of “{flag.evidence}”</p>}
      {step && (
        <p class="flag-step">
          Playbook {flag.playbook}: {step}
        </p>
      )}
      <div class="flag-actions">
        <button type="button" onClick={() => actions.dismiss(flag)}>
          Dismiss
        </button>
        <button type="button" onClick={() => actions.snooze(flag)} aria-label={`Snooze 15 min: ${flag.rule}`}>
          Snooze 15 min
        </button>
        {canTurnOff && (
          <button type="button" onClick={() => actions.turnOff(flag)} aria-label={`Turn off rule ${flag.rule}`}>
            Turn off rule
          </button>
        )}
        <button type="button" onClick={() => actions.reportFalsePositive(flag)} aria-label="Not right? Report a false positive (copies a rule example)">
          Not right?
        </button>
      </div>
    </li>
  );
}
