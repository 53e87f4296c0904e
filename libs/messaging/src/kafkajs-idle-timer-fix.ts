/**
 * kafkajs 2.2.4 (its last release) keeps a 1 ms timer running on every broker connection, forever: after each check of
 * its request queue it schedules the next one `throttledUntil - now` ms ahead, a negative delay when nothing is
 * throttled, even when no request waits (tulios/kafkajs#1556, the fix in tulios/kafkajs#1667 was never released).
 * Each of a stage's connections (its consumer, producer, retry forwarder, lag reader) so burns CPU while idle: about
 * 45 ms of CPU per second per service on the local stack, which at 25 articles/s is ~2 ms per article per stage.
 *
 * The fix, applied to kafkajs's RequestQueue once when this module is loaded: a check is scheduled only while a
 * request is pending (after the throttle, or 10 ms when only in-flight limits hold it, as kafkajs does). Nothing else
 * needs it: a new request checks on push, and a response or a timeout checks before resolving.
 */
interface RequestQueueInternals {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
}

/** kafkajs's own interval for pending requests held by in-flight limits (CHECK_PENDING_REQUESTS_INTERVAL). */
const CHECK_PENDING_REQUESTS_INTERVAL_MS = 10;

/** Marks the patched method, so loading this module twice (two copies in a bundle) patches once. */
const PATCHED = Symbol.for('newsflow.kafkajs.requestQueue.idleTimerFix');

export function scheduleCheckPendingRequestsWhenPending(this: RequestQueueInternals): void {
  if (this.throttleCheckTimeoutId || this.pending.length === 0) return;
  const throttledFor = this.throttledUntil - Date.now();
  this.throttleCheckTimeoutId = setTimeout(
    () => {
      this.throttleCheckTimeoutId = null;
      this.checkPendingRequests();
    },
    throttledFor > 0 ? throttledFor : CHECK_PENDING_REQUESTS_INTERVAL_MS,
  );
}

/** kafkajs's RequestQueue class (internal module, the same file kafkajs itself loads). */
export function kafkajsRequestQueue(): { prototype: RequestQueueInternals } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('kafkajs/src/network/requestQueue') as { prototype: RequestQueueInternals };
}

/** Applies the fix (idempotent); returns false when kafkajs's internals are not where 2.2.x has them. */
export function applyKafkajsIdleTimerFix(): boolean {
  let RequestQueue: { prototype: RequestQueueInternals };
  try {
    RequestQueue = kafkajsRequestQueue();
  } catch {
    return false;
  }
  const proto = RequestQueue.prototype as RequestQueueInternals & { [PATCHED]?: true };
  if (typeof proto.scheduleCheckPendingRequests !== 'function') return false;
  if (proto[PATCHED]) return true;
  proto.scheduleCheckPendingRequests = scheduleCheckPendingRequestsWhenPending;
  proto[PATCHED] = true;
  return true;
}

applyKafkajsIdleTimerFix();
