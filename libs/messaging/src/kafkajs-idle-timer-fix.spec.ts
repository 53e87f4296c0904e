import { kafkajsRequestQueue } from './kafkajs-idle-timer-fix';

type Queue = {
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  pending: unknown[];
  inflight: Map<number, unknown>;
  push(req: unknown): void;
  fulfillRequest(res: { correlationId: number; payload: unknown; size: number }): void;
  checkPendingRequests(): void;
  maybeThrottle(ms: number): void;
  destroy(): void;
};

const logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

function queue(maxInFlightRequests: number | null = null): Queue {
  const RequestQueue = kafkajsRequestQueue() as unknown as new (opts: Record<string, unknown>) => Queue;
  return new RequestQueue({
    maxInFlightRequests,
    requestTimeout: 30_000,
    enforceRequestTimeout: false,
    clientId: 'test',
    broker: '127.0.0.1:9092',
    logger,
  });
}

function request(correlationId: number, sent: number[]) {
  return {
    entry: {
      correlationId,
      apiKey: 1,
      apiName: 'Fetch',
      apiVersion: 11,
      resolve: () => undefined,
      reject: () => undefined,
    },
    expectResponse: true,
    sendRequest: () => sent.push(correlationId),
  };
}

describe('kafkajs idle timer fix', () => {
  it('schedules no timer when no request waits (kafkajs 2.2.4 schedules one every millisecond)', () => {
    const q = queue();
    q.checkPendingRequests(); // what every response and timeout runs
    expect(q.pending).toHaveLength(0);
    expect(q.throttleCheckTimeoutId).toBeNull();
    q.destroy();
  });

  it('still sends a request held back by the in-flight limit once the one before is answered', async () => {
    const sent: number[] = [];
    const q = queue(1);
    q.push(request(1, sent));
    q.push(request(2, sent));
    expect(sent).toEqual([1]);
    expect(q.pending).toHaveLength(1);
    q.fulfillRequest({ correlationId: 1, payload: null, size: 0 });
    expect(sent).toEqual([1, 2]);
    await new Promise((r) => setTimeout(r, 40)); // the check scheduled while it waited runs once, then none is left
    expect(q.throttleCheckTimeoutId).toBeNull();
    q.destroy();
  });

  it('sends a request held back by client-side throttling when the throttle ends', async () => {
    const sent: number[] = [];
    const q = queue();
    q.maybeThrottle(30);
    q.push(request(1, sent));
    expect(sent).toEqual([]);
    expect(q.throttleCheckTimeoutId).not.toBeNull();
    await new Promise((r) => setTimeout(r, 80));
    expect(sent).toEqual([1]);
    q.destroy();
  });
});
