/**
 * The stage's "paused for a dependency" state across handlers that run at once (one per partition with
 * STAGE_PARTITION_CONCURRENCY > 1). Each handler waiting for the database counts; the stage is paused from the first
 * one to wait until the last one is done waiting. Before, the first handler to get through reported the stage
 * resumed (readiness green) while the others were still waiting, and the next one reported it paused again.
 */
export class DependencyPauses {
  private waiting = 0;

  constructor(private readonly hooks: { onPause?: (reason: string) => void; onResume?: () => void }) {}

  /** A handler starts waiting for a dependency. */
  enter(reason: string): void {
    if (this.waiting++ === 0) this.hooks.onPause?.(reason);
  }

  /** A handler stops waiting (the dependency answered, or the message ended some other way). */
  leave(): void {
    if (this.waiting === 0) return;
    if (--this.waiting === 0) this.hooks.onResume?.();
  }
}
