// The conversation's smoothed anger as a meter, its trend, and a sparkline of recent customer turns.
import type { AngerLevel } from '../../engine/types';

const TREND_LABEL = { rising: '▲ rising', cooling: '▼ cooling', steady: '● steady' } as const;

// "Heated" is the rules' heatedLevel (rules/anger.yaml); "tense" is half of it.
function band(level: number, heated: number): 'calm' | 'tense' | 'heated' {
  if (level >= heated) return 'heated';
  if (level >= heated / 2) return 'tense';
  return 'calm';
}

export function AngerMeter({ level, history, drivers }: { level: AngerLevel; history: number[]; drivers: string[] }) {
  const percent = Math.round(level.level * 100);
  const mood = band(level.level, level.heatedLevel);
  const points = history.map((v, i) => `${history.length > 1 ? (i / (history.length - 1)) * 100 : 50},${(1 - v) * 24 + 1}`).join(' ');
  return (
    <section class="meter" aria-labelledby="meter-title">
      <div class="meter-head">
        <h2 id="meter-title">Customer mood</h2>
        <span class={`trend trend-${level.trend}`} data-trend={level.trend}>
          {TREND_LABEL[level.trend]}
        </span>
      </div>
      <div
        class={`meter-track mood-${mood}`}
        role="meter"
        aria-label="Customer anger"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${mood}, ${percent} of 100, ${level.trend}`}
      >
        <div class="meter-fill" style={{ width: `${percent}%` }} />
      </div>
      <p class="meter-caption">
        {mood === 'heated' ? 'Heated' : mood === 'tense' ? 'Tense' : 'Calm'} · {percent}/100 · peak {Math.round(level.peak * 100)}
      </p>
      {drivers.length > 0 && level.level >= level.heatedLevel / 2 && (
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
