import { TopNLabel } from './bounded-labels';
import { errorClassLabel } from './error-class';
import { NewsflowMetrics } from './metrics';

/**
 * The outcomes StageRunner reports through its `onOutcome` hook: done (processed, dead-lettered), failed and
 * parked on a retry tier (retried), or parked without a failure, e.g. for a politeness delay (deferred).
 */
export type StageOutcome = 'processed' | 'dead-lettered' | 'retried' | 'deferred';

/**
 * Turns a stage's delivery events into the per-stage message metrics. `onOutcome` has the shape of StageRunner's
 * hook, so it can be passed straight through `bootstrapStage(..., { onOutcome: recorder.onOutcome })`.
 *
 * Counting rules: a message is *consumed* once, when the stage is done with it (processed or dead-lettered);
 * every failed handler attempt is *failed* (so a message retried twice then dead-lettered counts 3 failures and
 * 1 dead letter), which makes `failed - dead_letters` the number of transient errors the retries absorbed;
 * a *deferred* message is counted apart: it comes back later and will be consumed then. Outcomes this version
 * does not know are ignored rather than miscounted.
 */
export class StageMetricsRecorder {
  private readonly errorClasses: TopNLabel;

  constructor(
    private readonly metrics: NewsflowMetrics,
    readonly stage: string,
    errorClasses: TopNLabel = errorClassLabel(),
  ) {
    this.errorClasses = errorClasses;
  }

  readonly onOutcome = (outcome: StageOutcome, detail: { errorClass?: string } = {}): void => {
    const stage = this.stage;
    switch (outcome) {
      case 'processed':
        this.metrics.messagesConsumed.inc({ stage });
        return;
      case 'retried':
        this.metrics.messagesFailed.inc({ stage, error_class: this.errorClasses.value(detail.errorClass) });
        return;
      case 'deferred':
        this.metrics.messagesDeferred.inc({ stage });
        return;
      case 'dead-lettered': {
        const errorClass = this.errorClasses.value(detail.errorClass);
        this.metrics.messagesConsumed.inc({ stage });
        this.metrics.messagesFailed.inc({ stage, error_class: errorClass });
        this.metrics.deadLetters.inc({ stage, error_class: errorClass });
        return;
      }
    }
  };

  /** Messages produced to `topic` (count them once the broker acknowledged them). */
  produced(topic: string, count = 1): void {
    if (count > 0) this.metrics.messagesProduced.inc({ stage: this.stage, topic }, count);
  }

  /** Wall time spent on one input message, retries included. */
  observeProcessing(seconds: number): void {
    this.metrics.messageProcessing.observe({ stage: this.stage }, seconds);
  }

  /** Runs `work` and records its duration as one message's processing time, whether it succeeds or throws. */
  async timeMessage<T>(work: () => Promise<T>): Promise<T> {
    const end = this.metrics.messageProcessing.startTimer({ stage: this.stage });
    try {
      return await work();
    } finally {
      end();
    }
  }
}
