import { Consumer, EachBatchPayload, Kafka, KafkaMessage, Partitioners, Producer } from 'kafkajs';
import { Headers, RetryTier, StageInputs, StageName } from '@newsflow/contracts';
import { headerString, Logger } from '@newsflow/telemetry';

/**
 * Returns parked messages to their stage when they are due. It reads the stage's retry tiers; a message whose
 * `newsflow-not-before` is still ahead pauses its partition and the consumer comes back to that very offset when it
 * is due (a tier holds messages of one delay, so the head of a partition is the next one due). A due message is
 * produced back to the topic it came from (acks=all) before its offset is committed: nothing is lost, and a crash
 * in between at worst returns it twice, which the stages' idempotent writes absorb.
 */
export interface RetryForwarderOptions {
  stage: StageName;
  kafka: Kafka;
  logger: Logger;
  tiers: RetryTier[];
  groupId?: string;
  /** Longest single pause before re-checking (keeps the group membership fresh). */
  maxPauseMs?: number;
}

export class RetryForwarder {
  private consumer?: Consumer;
  private producer?: Producer;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly opts: RetryForwarderOptions) {}

  async start(): Promise<void> {
    const { kafka, stage, tiers } = this.opts;
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.consumer = kafka.consumer({
      groupId: this.opts.groupId ?? `newsflow-${stage}-retry`,
      allowAutoTopicCreation: false,
      // Short fetch waits: a resumed partition is read again promptly instead of after a 5 s long poll.
      maxWaitTimeInMs: 500,
    });
    await this.producer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: tiers.map((t) => t.name), fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.forward(payload),
    });
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await this.consumer?.disconnect().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
  }

  private async forward({
    batch,
    pause,
    heartbeat,
    resolveOffset,
    isRunning,
    isStale,
  }: EachBatchPayload): Promise<void> {
    for (const message of batch.messages) {
      if (!isRunning() || isStale()) return;
      const wait = Number(headerString(message.headers, Headers.notBefore) ?? 0) - Date.now();
      if (wait > 0) {
        const resume = pause();
        this.consumer!.seek({ topic: batch.topic, partition: batch.partition, offset: message.offset });
        const timer = setTimeout(
          () => {
            this.timers.delete(timer);
            resume();
          },
          Math.min(wait, this.opts.maxPauseMs ?? 30_000),
        );
        this.timers.add(timer);
        return;
      }
      await this.producer!.send({ topic: this.returnTopic(message), acks: -1, messages: [this.returned(message)] });
      // Resolve as well as commit: kafkajs fetches again from the last resolved offset, not the committed one.
      resolveOffset(message.offset);
      await this.consumer!.commitOffsets([
        { topic: batch.topic, partition: batch.partition, offset: (BigInt(message.offset) + 1n).toString() },
      ]);
      await heartbeat();
    }
  }

  private returnTopic(message: KafkaMessage): string {
    return headerString(message.headers, Headers.originalTopic) ?? StageInputs[this.opts.stage].name;
  }

  private returned(message: KafkaMessage) {
    const headers = { ...(message.headers ?? {}) };
    delete headers[Headers.notBefore];
    return { key: message.key, value: message.value, headers };
  }
}
