import { computeConsumerLag, ConsumerLagMonitor, LagAdmin } from './consumer-lag';
import { createMetricsRegistry, createNewsflowMetrics } from './metrics';

type Offsets = Record<string, Array<{ partition: number; low: string; high: string }>>;

function fakeAdmin(topicOffsets: Offsets, committed: Record<string, Record<number, string>>): LagAdmin {
  return {
    fetchTopicOffsets: async (topic: string) => (topicOffsets[topic] ?? []).map((o) => ({ ...o, offset: o.high })),
    fetchOffsets: async ({ topics }: { groupId: string; topics?: string[] }) =>
      (topics ?? []).map((topic) => ({
        topic,
        partitions: (topicOffsets[topic] ?? []).map((o) => ({
          partition: o.partition,
          offset: committed[topic]?.[o.partition] ?? '-1',
          metadata: null,
        })),
      })),
  } as unknown as LagAdmin;
}

describe('computeConsumerLag', () => {
  it('is the high watermark minus the committed offset, per partition', async () => {
    const admin = fakeAdmin(
      {
        t: [
          { partition: 1, low: '0', high: '100' },
          { partition: 0, low: '0', high: '10' },
        ],
      },
      { t: { 0: '10', 1: '40' } },
    );
    const rows = await computeConsumerLag(admin, 'g', ['t']);
    expect(rows.map((r) => [r.partition, r.lag])).toEqual([
      [0, 0n],
      [1, 60n],
    ]);
    expect(rows[1].committed).toBe(40n);
  });

  it('counts every retained message when the group never committed, and skips deleted ones', async () => {
    const admin = fakeAdmin(
      {
        t: [
          { partition: 0, low: '20', high: '50' },
          { partition: 1, low: '30', high: '50' },
        ],
      },
      { t: { 1: '5' } },
    );
    const rows = await computeConsumerLag(admin, 'g', ['t']);
    expect(rows[0]).toMatchObject({ committed: null, lag: 30n });
    expect(rows[1]).toMatchObject({ committed: 5n, lag: 20n });
  });
});

describe('ConsumerLagMonitor', () => {
  it('publishes the lag gauge, keeps the last values when a refresh fails, and stops', async () => {
    const registry = createMetricsRegistry({ service: 'indexer', defaultMetrics: false });
    const metrics = createNewsflowMetrics(registry);
    let high = '7';
    let fail = false;
    const errors: unknown[] = [];
    const admin = {
      fetchTopicOffsets: async () => {
        if (fail) throw new Error('broker gone');
        return [{ partition: 2, low: '0', high, offset: high }];
      },
      fetchOffsets: async () => [{ topic: 't', partitions: [{ partition: 2, offset: '3', metadata: null }] }],
    } as unknown as LagAdmin;
    const monitor = new ConsumerLagMonitor({
      admin,
      metrics,
      stage: 'indexer',
      groupId: 'newsflow-indexer',
      topics: ['t'],
      intervalMs: 60_000,
      onError: (err) => errors.push(err),
    });
    monitor.start();
    await monitor.refresh();
    expect(await registry.metrics()).toContain(
      'newsflow_consumer_lag{stage="indexer",topic="t",partition="2",service="indexer"} 4',
    );

    high = '9';
    await monitor.refresh();
    expect(monitor.latest[0].lag).toBe(6n);

    fail = true;
    await monitor.refresh();
    expect(errors).toHaveLength(1);
    expect(await registry.metrics()).toContain('partition="2",service="indexer"} 6');
    await monitor.stop();
  });
});
