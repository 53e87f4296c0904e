import { Admin } from 'kafkajs';
import { NewsflowMetrics } from './metrics';

/** Lag of one consumer group on one partition. */
export interface PartitionLag {
  topic: string;
  partition: number;
  /** Offset of the next message to be written (log end offset). */
  highWatermark: bigint;
  /** Earliest offset still retained. */
  lowWatermark: bigint;
  /** The group's committed offset (next message to read), or null if the group never committed here. */
  committed: bigint | null;
  /** Messages written but not yet committed by the group. */
  lag: bigint;
}

/** The subset of kafkajs's Admin that lag computation needs (so tests and `newsflow status` can share it). */
export type LagAdmin = Pick<Admin, 'fetchTopicOffsets' | 'fetchOffsets'>;

/**
 * Computes a group's lag on each partition of `topics`: high watermark minus committed offset. A partition the
 * group never committed on counts everything still retained (high - low) as lag, because pipeline consumers
 * start from the earliest offset; a committed offset below the low watermark (retention deleted messages the
 * group had not read) counts from the low watermark, since the deleted messages can no longer be consumed.
 */
export async function computeConsumerLag(admin: LagAdmin, groupId: string, topics: string[]): Promise<PartitionLag[]> {
  const committedByTopic = new Map<string, Map<number, bigint | null>>();
  for (const entry of await admin.fetchOffsets({ groupId, topics })) {
    const partitions = new Map<number, bigint | null>();
    for (const p of entry.partitions) partitions.set(p.partition, parseOffset(p.offset));
    committedByTopic.set(entry.topic, partitions);
  }
  const rows: PartitionLag[] = [];
  for (const topic of topics) {
    const offsets = await admin.fetchTopicOffsets(topic);
    for (const o of offsets) {
      const highWatermark = BigInt(o.high);
      const lowWatermark = BigInt(o.low);
      const committed = committedByTopic.get(topic)?.get(o.partition) ?? null;
      const from = committed === null || committed < lowWatermark ? lowWatermark : committed;
      const lag = highWatermark > from ? highWatermark - from : 0n;
      rows.push({ topic, partition: o.partition, highWatermark, lowWatermark, committed, lag });
    }
  }
  return rows.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}

function parseOffset(offset: string): bigint | null {
  const value = BigInt(offset);
  return value < 0n ? null : value;
}

export interface ConsumerLagMonitorOptions {
  admin: LagAdmin;
  metrics: NewsflowMetrics;
  stage: string;
  groupId: string;
  topics: string[];
  /** How often to refresh the gauge (default 15 s, the usual Prometheus scrape interval). */
  intervalMs?: number;
  /** Told about failed refreshes (the gauge keeps its last values). */
  onError?: (err: unknown) => void;
}

/**
 * Refreshes `newsflow_consumer_lag{stage,topic,partition}` on a timer. The timer is unref'd so it never keeps a
 * process alive; stop() clears it and waits for a refresh in flight. A failed refresh leaves the last values in
 * place (the broker being briefly unreachable is reported by the readiness check, not by a lag of zero).
 */
export class ConsumerLagMonitor {
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;
  private last: PartitionLag[] = [];

  constructor(private readonly options: ConsumerLagMonitorOptions) {}

  start(): void {
    if (this.timer) return;
    // update() reports its own failures through onError, so a refresh never rejects; the catch only says so.
    const refresh = (): void => {
      this.refresh().catch(() => undefined);
    };
    refresh();
    this.timer = setInterval(refresh, this.options.intervalMs ?? 15_000);
    this.timer.unref();
  }

  /** Computes lag once and updates the gauge; concurrent calls share one computation. */
  refresh(): Promise<void> {
    this.inFlight ??= this.update().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** The rows of the last successful refresh. */
  get latest(): readonly PartitionLag[] {
    return this.last;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  private async update(): Promise<void> {
    const { admin, metrics, stage, groupId, topics } = this.options;
    try {
      const rows = await computeConsumerLag(admin, groupId, topics);
      for (const row of rows) {
        metrics.consumerLag.set({ stage, topic: row.topic, partition: String(row.partition) }, Number(row.lag));
      }
      this.last = rows;
    } catch (err) {
      this.options.onError?.(err);
    }
  }
}
