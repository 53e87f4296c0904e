import { ExtractionError } from './errors';

/**
 * A per-page wall-clock budget. Long loops call `check()`; reading the clock is cheap but not free, so only
 * every 256th call looks at it.
 */
export class TimeBudget {
  private readonly deadline: number;
  private calls = 0;

  constructor(
    private readonly budgetMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.deadline = now() + budgetMs;
  }

  check(): void {
    if ((++this.calls & 255) !== 0) return;
    this.checkNow();
  }

  checkNow(): void {
    if (this.now() > this.deadline) {
      throw new ExtractionError('TIME_BUDGET_EXCEEDED', `extraction exceeded its time budget of ${this.budgetMs} ms`);
    }
  }
}
