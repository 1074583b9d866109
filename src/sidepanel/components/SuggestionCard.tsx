// A phrasing the agent can insert at the caret in the reply box, or copy; a reframe (the agent's
// own draft, fixed) can also replace the whole draft, which the desk's Ctrl+Z takes back.
import type { Suggestion } from '../../engine';

const KIND_LABEL: Record<Suggestion['kind'], string> = {
  restate: 'Restate',
  clarify: 'Ask',
  apologize: 'Empathise',
  solution: 'Offer a solution',
  escalate: 'Escalate',
  'follow-up': 'Follow up',
  reframe: 'Reframe',
  breather: 'Breather',
};

export function SuggestionCard(props: { suggestion: Suggestion; index: number; onInsert(): void; onReplace?(): void; onCopy(): void }) {
  const { suggestion, index } = props;
  const textId = `suggestion-${index}`;
  const replaces = suggestion.kind === 'reframe' && props.onReplace !== undefined;
  return (
    <li class="suggestion" data-suggestion-kind={suggestion.kind} aria-labelledby={textId}>
      <p class="suggestion-kind">{KIND_LABEL[suggestion.kind]}</p>
      <p class="suggestion-text" id={textId}>
        {suggestion.text}
      </p>
      <div class="suggestion-actions">
        {replaces && (
          <button type="button" class="primary" data-action="replace" onClick={props.onReplace} aria-describedby={textId} title="Replace your draft with this">
            Replace
          </button>
        )}
        <button type="button" class={replaces ? undefined : 'primary'} data-action="insert" onClick={props.onInsert} aria-describedby={textId}>
          Insert
        </button>
        <button type="button" data-action="copy" onClick={props.onCopy} aria-describedby={textId}>
          Copy
        </button>
      </div>
    </li>
  );
}
