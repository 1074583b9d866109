// The adapter-health line: which parts of the desk's page Composure found on its last read
// (transcript, sides, customer name, typing, reply box). The side panel shows it for its tab, the
// options page for every open desk tab, worded the same (readingHealth.ts describeHealth).
import { READING_PARTS, describeHealth, type PartState, type ReadingHealth, type ReadingPart } from '../adapters/readingHealth';

const MARK: Record<PartState, string> = { found: '✓', missing: '✗', waiting: '…' };
const STATE_WORDS: Record<PartState, string> = { found: 'found', missing: 'not found', waiting: 'not seen yet' };
const LABEL: Record<ReadingPart, string> = {
  transcript: 'transcript',
  sides: 'sides',
  name: 'name',
  typing: 'typing',
  composer: 'reply box',
};

export function ReadingHealthLine({ health, siteName }: { health: ReadingHealth; siteName?: string }) {
  const wording = describeHealth(health);
  const broken = wording.missing.length > 0;
  return (
    <div class={broken ? 'reading-health broken' : 'reading-health'} data-reading-health data-markup={health.markup ?? 0}>
      <ul class="reading-parts" aria-label={`What Composure found on ${siteName ?? 'this page'}`}>
        {READING_PARTS.map((part) => {
          const state = health.parts[part];
          return (
            <li key={part} class={`reading-part part-${state}`} data-part={part} data-state={state} title={`${LABEL[part]}: ${STATE_WORDS[state]}`}>
              <span aria-hidden="true">{MARK[state]}</span> {LABEL[part]}
            </li>
          );
        })}
      </ul>
      <p class="reading-line" data-reading-line>
        {wording.line}
      </p>
    </div>
  );
}
