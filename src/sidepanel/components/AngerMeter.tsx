// The customer's mood in a word an agent takes in at a glance ("Frustrated, rising"), the
// conversation's smoothed level as a meter, and a sparkline of recent customer turns.
import type { AngerLevel, Mood } from '../../engine';

const TREND_LABEL = { rising: '▲ rising', cooling: '▼ cooling', steady: '● steady' } as const;

/** The mood as the agent reads it: frustrated is upset, angry is hostile (insults, threats, shouting). */
export const MOOD_LABEL: Record<Mood, string> = { calm: 'Calm', frustrated: 'Frustrated', angry: 'Angry' };

// The bar's colour: the latest message's mood, or heated once the whole chat has run hot
// (the rules' heatedLevel, rules/anger.yaml) even if the latest message was calmer.
function band(level: AngerLevel): 'calm' | 'tense' | 'heated' {
  if (level.mood === 'angry' || level.level >= level.heatedLevel) return 'heated';
  if (level.mood === 'frustrated' || level.level >= level.heatedLevel / 2) return 'tense';
  return 'calm';
}

export function AngerMeter({ level, history, drivers }: { level: AngerLevel; history: number[]; drivers: string[] }) {
  const percent = Math.round(level.level * 100);
  const mood = level.mood ?? 'calm';
  const points = history.map((v, i) => `${history.length > 1 ? (i / (history.length - 1)) * 100 : 50},${(1 - v) * 24 + 1}`).join(' ');
  return (
    <section class="meter" aria-labelledby="meter-title">
      <div class="meter-head">
        <h2 id="meter-title">Customer mood</h2>
        <span class={`trend trend-${level.trend}`} data-trend={level.trend}>
          {TREND_LABEL[level.trend]}
        </span>
      </div>
      <p class={`meter-mood meter-mood-${mood}`} data-mood={mood}>
        {MOOD_LABEL[mood]}
      </p>
      <div
        class={`meter-track mood-${band(level)}`}
        role="meter"
        aria-label="Customer mood"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${MOOD_LABEL[mood]}, ${percent} of 100, ${level.trend}`}
      >
        <div class="meter-fill" style={{ width: `${percent}%` }} />
      </div>
      <p class="meter-caption">
        {percent}/100 · peak {Math.round(level.peak * 100)}
      </p>
      {drivers.length > 0 && (mood !== 'calm' || level.level >= level.heatedLevel / 2) && (
        <p class="meter-drivers" data-anger-drivers={drivers.join('|')}>
          Why: {drivers.join(' · ')}
        </p>
      )}
      {history.length > 1 && (
        <svg class="sparkline" viewBox="0 0 100 26" preserveAspectRatio="none" aria-hidden="true">
          <polyline points={points} />
        </svg>
      )}
    </section>
  );
}
