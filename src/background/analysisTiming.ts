// How long the engine took to start and to analyse the last turns, for the panel's details.
import type { PanelState } from '../platform/protocol';

type Timing = NonNullable<PanelState['timing']>;

export class AnalysisTiming {
  private figures: Timing = {};

  /** Runs `analyse` and keeps how long it took (not when it throws). */
  measure<T>(analyse: () => T): T {
    const started = performance.now();
    const result = analyse();
    this.figures.lastAnalysisMs = Math.round((performance.now() - started) * 10) / 10;
    return result;
  }

  engineBuilt(buildMs: number | undefined): void {
    this.figures.engineStartMs = buildMs;
  }

  /** A copy: views keep the figures of their moment. */
  get current(): Timing {
    return { ...this.figures };
  }
}
