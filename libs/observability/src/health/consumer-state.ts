/** Where a stage's consumer is in its life. Only `running` is ready. */
export type ConsumerState = 'starting' | 'running' | 'paused' | 'crashed' | 'stopping';

export interface ConsumerStatus {
  state: ConsumerState;
  /** Why the consumer is not running (pause reason, crash message), absent while running. */
  reason?: string;
  /** When the state last changed. */
  since: Date;
}

/**
 * The consumer's state as the stage runner reports it, for the readiness check and the
 * `newsflow_consumer_paused` gauge. Readiness must fail while a consumer is paused (for backpressure, a broken
 * dependency) or crashed: a pod that takes no work should not count as serving, and Kubernetes should show why.
 * Pure state, no Nest and no Kafka: the runner calls paused()/resumed()/crashed(), the health indicator reads it.
 */
export class ConsumerStateTracker {
  private status: ConsumerStatus;
  private readonly listeners: Array<(status: ConsumerStatus) => void> = [];

  constructor(private readonly now: () => Date = () => new Date()) {
    this.status = { state: 'starting', reason: 'consumer not started yet', since: now() };
  }

  /** The consumer joined its group and is consuming. */
  started(): void {
    this.set('running');
  }

  paused(reason: string): void {
    this.set('paused', reason);
  }

  resumed(): void {
    this.set('running');
  }

  crashed(error?: unknown): void {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : error ? String(error) : 'crashed';
    this.set('crashed', reason);
  }

  /** Shutting down: readiness fails so traffic and scrapes drain while the batch in hand finishes. */
  stopping(): void {
    this.set('stopping', 'shutting down');
  }

  get current(): ConsumerStatus {
    return { ...this.status };
  }

  get isReady(): boolean {
    return this.status.state === 'running';
  }

  /** Called on every change (used to keep the paused gauge in step). */
  onChange(listener: (status: ConsumerStatus) => void): void {
    this.listeners.push(listener);
    listener(this.current);
  }

  private set(state: ConsumerState, reason?: string): void {
    if (this.status.state === state && this.status.reason === reason) return;
    this.status = { state, ...(reason === undefined ? {} : { reason }), since: this.now() };
    for (const listener of this.listeners) listener(this.current);
  }
}
