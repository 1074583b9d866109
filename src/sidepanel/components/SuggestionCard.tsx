// A phrasing the agent can insert at the caret in the reply box, or copy.
import type { Suggestion } from '../../engine/types';

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

export function SuggestionCard(props: { suggestion: Suggestion; index: number; onInsert(): void; onCopy(): void }) {
  const { suggestion, index } = props;
  const textId = `suggestion-${index}`;
  return (
    <li class="suggestion" data-suggestion-kind={suggestion.kind} aria-labelledby={textId}>
      <p class="suggestion-kind">{KIND_LABEL[suggestion.kind]}</p>
      <p class="suggestion-text" id={textId}>
        {suggestion.text}
      </p>
      <div class="suggestion-actions">
        <button type="button" class="primary" data-action="insert" onClick={props.onInsert} aria-describedby={textId}>
          Insert
        </button>
        <button type="button" data-action="copy" onClick={props.onCopy} aria-describedby={textId}>
          Copy
        </button>
      </div>
    </li>
  );
}
