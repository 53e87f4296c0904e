import { Contract } from '@newsflow/contracts';

/** A message a stage wants produced: validated against its contract before it leaves the process. */
export interface OutgoingMessage<T = unknown> {
  contract: Contract<T>;
  key: string;
  value: T;
  headers?: Record<string, string>;
}

/**
 * An error that retrying cannot fix (the input itself is wrong: not an article, unsupported content...).
 * The stage sends the message straight to its dead-letter topic.
 */
export class PermanentError extends Error {
  override readonly name: string = 'PermanentError';
  constructor(
    message: string,
    readonly code: string = 'PERMANENT',
  ) {
    super(message);
  }
}

/**
 * "Not now": the input is fine but must wait (a host's politeness slot, a Retry-After). The stage parks the message
 * in its retry tier for at least `delayMs` instead of sleeping in the handler, and commits.
 */
export class RetryLaterError extends Error {
  override readonly name: string = 'RetryLaterError';
  constructor(
    message: string,
    readonly delayMs: number,
  ) {
    super(message);
  }
}

/**
 * A dependency the handler needs (the database, a downstream service) is down. This is not the message's fault:
 * the stage pauses — it keeps retrying this same message with growing pauses, heartbeating, consuming nothing else
 * — and resumes when the dependency is back. Nothing is dropped or parked, and memory stays bounded.
 */
export class DependencyUnavailableError extends Error {
  override readonly name: string = 'DependencyUnavailableError';
  constructor(
    message: string,
    readonly dependency: string,
  ) {
    super(message);
  }
}
