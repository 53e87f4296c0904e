import { Context, context as otelContext, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage, Message, Partitioners, Producer } from 'kafkajs';
import { Contract, Headers, recordCodecOf, RetryTier, retryTiers, StageName } from '@newsflow/contracts';
import { contextFromHeaders, headerString, Logger } from '@newsflow/telemetry';
// kafkajs's idle 1 ms timer per connection, fixed before any client is created (see the module).
import './kafkajs-idle-timer-fix';
// kafkajs's byte-at-a-time CRC-32C of produced batches, replaced by a slicing-by-8 one (see the module).
import './kafkajs-crc32c-fix';
import { DependencyPauses } from './dependency-pauses';
import { decideOnFailure, RetryPolicy } from './failure-decision';
import { deadLetterRecord } from './dead-letter';
import { encodeRecord } from './encode-record';
import { DependencyUnavailableError, OutgoingMessage, PermanentError } from './outgoing-message';
import { deliveryHistory, retryRecord } from './retry-routing';

/**
 * The delivery semantics every stage shares:
 * - a message is decoded and validated against the stage's input contract; a message that is not JSON or breaks
 *   the contract goes to the stage's dead-letter topic at once (retrying cannot fix it);
 * - the handler runs up to `maxAttempts` times with short pauses; when those fail too, the message is parked in the
 *   stage's retry tiers (10 s, 1 min, 10 min: transient failures such as a database restart heal meanwhile) and
 *   after `maxDeliveries` deliveries it goes to the dead-letter topic; a PermanentError goes there at once. One bad
 *   message never blocks its partition;
 * - a RetryLaterError (politeness, Retry-After) parks the message for the delay it asks, without sleeping here;
 * - a DependencyUnavailableError (database down) pauses the stage on that message until the dependency is back;
 * - the input offset is committed only after everything the handled messages produced (outputs and dead letters)
 *   is acknowledged by the broker (acks=all): a crash at any point replays, never loses;
 * - the consumer's session is kept alive while a handler runs long (heartbeats on a timer);
 * - stop() lets the batch in hand finish, flushes, commits, then disconnects.
 * Each message is handled in a span whose parent is the trace context from its headers, and every output carries
 * that span's context, so one article is one trace across the services.
 */
export interface StageMessageContext {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  attempt: number;
  span: Span;
  /** Keeps the consumer's group membership alive during long work. */
  heartbeat(): Promise<void>;
}

export type StageHandler<In> = (input: In, ctx: StageMessageContext) => Promise<OutgoingMessage[]>;

/**
 * A handler for several messages at once (the indexer writes a batch in one transaction). It returns the outputs
 * of each input, in order. When it throws, the runner handles that chunk again one message at a time, so one bad
 * message costs its neighbours nothing but a retry.
 */
export type StageBatchHandler<In> = (items: { input: In; ctx: StageMessageContext }[]) => Promise<OutgoingMessage[][]>;

export interface StageRunnerOptions<In> {
  stage: StageName;
  kafka: Kafka;
  inputContract: Contract<In>;
  /**
   * Earlier versions of the input the stage still reads, on their own topics, with the same handler (the parser reads
   * fetched-page/1 beside /2 while producers move on). One consumer reads every topic, so the group's partitions of
   * all of them are shared out by one assignment; each message is decoded by its own topic's contract.
   */
  alsoReads?: Contract<In>[];
  /** One message at a time; or `batchHandler` (one of the two is required). */
  handler?: StageHandler<In>;
  batchHandler?: StageBatchHandler<In>;
  logger: Logger;
  groupId?: string;
  /** Handler attempts per delivery, with short in-process pauses between them. */
  maxAttempts?: number;
  /** Deliveries (the first plus one per retry tier passed) before a failing message is dead-lettered. 1 = no tiers. */
  maxDeliveries?: number;
  /** The retry tiers (default: the stage's declared ones; tests pass short private tiers). */
  retryTiers?: RetryTier[];
  /** RetryLaterError deferrals allowed before the message is dead-lettered (guards against endless parking). */
  maxDeferrals?: number;
  retryBaseDelayMs?: number;
  /** Outputs are sent (and offsets committed) at least every this many messages. */
  flushEvery?: number;
  /**
   * ...and at the latest this long after the first unsent output ("latency bound" heuristic): under load a batch of
   * 50 takes the enricher half a second, and the first article of it must not wait for the fiftieth. Default 50 ms.
   */
  flushMaxDelayMs?: number;
  /**
   * Partitions handled at once (kafkajs `partitionsConsumedConcurrently`). Order within a partition is kept; more
   * than 1 overlaps one partition's waits (HTTP, database, broker acks of a flush) with another's work. Default 1
   * here; services take STAGE_PARTITION_CONCURRENCY (4).
   */
  partitionConcurrency?: number;
  /** Heartbeat period while a handler runs. */
  heartbeatMs?: number;
  /** Consumer session timeout: a consumer that neither polls nor heartbeats this long is evicted. */
  sessionTimeoutMs?: number;
  /** Metrics hooks: per-message handling time, and messages produced once the broker acknowledged them. */
  metrics?: { observeProcessing(seconds: number): void; produced(topic: string, count: number): void };
  /** Backpressure: called when the stage pauses for an unavailable dependency, and when it resumes. */
  onPause?: (reason: string) => void;
  onResume?: () => void;
  /** Called with the consumer once created (health tracking subscribes to its events). */
  onConsumer?: (consumer: Consumer) => void;
  /** Called with counts for metrics. */
  onOutcome?: (
    outcome: 'processed' | 'dead-lettered' | 'retried' | 'deferred',
    detail: { errorClass?: string },
  ) => void;
}

interface PendingSend {
  topic: string;
  messages: Message[];
}

const tracer = trace.getTracer('newsflow-messaging');

/**
 * Defaults of the options a service also takes from its environment (bootstrap-stage's env spec reads them from here,
 * so the two cannot drift apart). Partition concurrency is not among them on purpose: 1 here (tests, tools), 4 in
 * services.
 */
export const STAGE_RUNNER_DEFAULTS = { maxAttempts: 3, flushEvery: 50, flushMaxDelayMs: 50 } as const;

export class StageRunner<In> {
  private consumer?: Consumer;
  private producer?: Producer;
  /**
   * Sends one at a time even when partitions are handled concurrently: kafkajs's idempotent producer can lose
   * messages when several sends are in flight at once (tulios/kafkajs#1005), so every send waits for the previous.
   */
  private sendQueue: Promise<unknown> = Promise.resolve();
  private stopping = false;
  private readonly retryPolicy: RetryPolicy;
  private readonly flushEvery: number;
  private readonly flushMaxDelayMs: number;
  private readonly dependencyPauses: DependencyPauses;

  private readonly handler: StageHandler<In>;
  /** The contract of each input topic. */
  private readonly contracts: Map<string, Contract<In>>;

  constructor(private readonly opts: StageRunnerOptions<In>) {
    this.contracts = new Map([opts.inputContract, ...(opts.alsoReads ?? [])].map((c) => [c.topic, c]));
    const batch = opts.batchHandler;
    if (opts.handler) this.handler = opts.handler;
    else if (batch) this.handler = async (input, ctx) => (await batch([{ input, ctx }]))[0] ?? [];
    else throw new Error('StageRunner needs a handler or a batchHandler');
    const tiers = opts.retryTiers ?? retryTiers(opts.stage);
    this.retryPolicy = {
      maxAttempts: opts.maxAttempts ?? STAGE_RUNNER_DEFAULTS.maxAttempts,
      maxDeliveries: opts.maxDeliveries ?? tiers.length + 1,
      maxDeferrals: opts.maxDeferrals ?? 50,
      tiers,
      retryBaseDelayMs: opts.retryBaseDelayMs ?? 200,
    };
    this.flushEvery = opts.flushEvery ?? STAGE_RUNNER_DEFAULTS.flushEvery;
    this.flushMaxDelayMs = opts.flushMaxDelayMs ?? STAGE_RUNNER_DEFAULTS.flushMaxDelayMs;
    this.dependencyPauses = new DependencyPauses({ onPause: opts.onPause, onResume: opts.onResume });
  }

  get inputTopic(): string {
    return this.opts.inputContract.topic;
  }

  /** Every topic the stage reads: its input first, then the earlier versions it still reads. */
  get inputTopics(): string[] {
    return [...this.contracts.keys()];
  }

  async start(): Promise<void> {
    const { kafka, stage } = this.opts;
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.consumer = kafka.consumer({
      groupId: this.opts.groupId ?? `newsflow-${stage}`,
      // 10 s, not kafkajs's 30 s: a replica killed with -9 is noticed and its partitions reassigned three times sooner.
      sessionTimeout: this.opts.sessionTimeoutMs ?? 10_000,
      heartbeatInterval: 3_000,
      maxBytesPerPartition: 16 * 1024 * 1024,
      allowAutoTopicCreation: false,
    });
    this.opts.onConsumer?.(this.consumer);
    await this.producer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.inputTopics, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.opts.partitionConcurrency ?? 1,
      eachBatch: (payload) => this.handleBatch(payload),
    });
    this.opts.logger.info({ topics: this.inputTopics, stage }, 'stage consumer started');
  }

  /** Finishes the batch in hand, commits, disconnects. Safe to call twice. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    await this.consumer?.disconnect().catch((err) => this.opts.logger.warn({ err }, 'consumer disconnect failed'));
    await this.producer?.disconnect().catch((err) => this.opts.logger.warn({ err }, 'producer disconnect failed'));
    this.opts.logger.info({ stage: this.opts.stage }, 'stage consumer stopped');
  }

  private async handleBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    let pending: PendingSend[] = [];
    let lastOffset: string | null = null;
    let sinceFlush = 0;
    let firstUnflushedAt = 0;
    const due = () => sinceFlush >= this.flushEvery || Date.now() - firstUnflushedAt >= this.flushMaxDelayMs;

    const flush = async () => {
      if (lastOffset === null) return;
      if (pending.length) {
        const topicMessages = pending;
        const sent = this.sendQueue.then(() => this.producer!.sendBatch({ topicMessages, acks: -1 }));
        this.sendQueue = sent.catch(() => undefined);
        await sent;
        if (this.opts.metrics) for (const p of pending) this.opts.metrics.produced(p.topic, p.messages.length);
        pending = [];
      }
      // Commit only now that every output of the messages up to lastOffset is acknowledged.
      resolveOffset(lastOffset);
      await this.consumer!.commitOffsets([
        { topic: batch.topic, partition: batch.partition, offset: (BigInt(lastOffset) + 1n).toString() },
      ]);
      lastOffset = null;
      sinceFlush = 0;
    };

    if (this.opts.batchHandler) {
      await this.handleInChunks(
        batch.topic,
        batch.partition,
        batch.messages,
        heartbeat,
        isRunning,
        isStale,
        (sends, offset) => {
          pending.push(...sends);
          lastOffset = offset;
        },
        flush,
      );
      return;
    }
    for (const message of batch.messages) {
      if (!isRunning() || isStale()) break;
      const started = process.hrtime.bigint();
      const sends = await this.processMessage(batch.topic, batch.partition, message, heartbeat);
      this.opts.metrics?.observeProcessing(Number(process.hrtime.bigint() - started) / 1e9);
      if (lastOffset === null) firstUnflushedAt = Date.now();
      pending.push(...sends);
      lastOffset = message.offset;
      sinceFlush++;
      if (due()) await flush();
      await heartbeat();
    }
    await flush();
  }

  /**
   * Batch mode: valid messages are gathered into chunks of `flushEvery` and handed to the batch handler together;
   * a message that cannot be decoded goes through the one-message path (and so to its dead letter) on its own.
   */
  private async handleInChunks(
    topic: string,
    partition: number,
    messages: KafkaMessage[],
    heartbeat: () => Promise<void>,
    isRunning: () => boolean,
    isStale: () => boolean,
    add: (sends: PendingSend[], offset: string) => void,
    flush: () => Promise<void>,
  ): Promise<void> {
    type Item = { message: KafkaMessage; input: In; span: Span; spanCtx: Context; ctx: StageMessageContext };
    let chunk: Item[] = [];
    let chunkStartedAt = 0;
    const runChunk = async () => {
      if (!chunk.length) return;
      const items = chunk;
      chunk = [];
      const started = process.hrtime.bigint();
      let outputs: OutgoingMessage[][] | null = null;
      try {
        outputs = await this.opts.batchHandler!(items.map(({ input, ctx }) => ({ input, ctx })));
      } catch (err) {
        this.opts.logger.info(
          { size: items.length, err: (err as Error).message },
          'batch failed: handling it one message at a time',
        );
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      for (let k = 0; k < items.length; k++) {
        const it = items[k];
        if (outputs) {
          let sends: PendingSend[];
          try {
            sends = otelContext.with(it.spanCtx, () => this.encodeOutputs(outputs![k] ?? []));
            this.opts.onOutcome?.('processed', {});
          } catch (err) {
            // An output that breaks its contract is the message's dead letter, as in one-message mode: it must
            // not escape the batch (kafkajs would redeliver the whole batch, forever).
            const history = deliveryHistory(it.message);
            const where = { topic, partition, message: it.message, span: it.span, spanCtx: it.spanCtx };
            sends = this.deadLetter(where, err, history.attempts + 1, history.firstFailureAt ?? new Date());
          }
          add(sends, it.message.offset);
          this.opts.metrics?.observeProcessing(seconds / items.length);
          it.span.end();
        } else {
          it.span.end();
          add(await this.processMessage(topic, partition, it.message, heartbeat), it.message.offset);
        }
      }
      await heartbeat();
    };
    for (const message of messages) {
      if (!isRunning() || isStale()) break;
      let input: In;
      try {
        input = this.decode(topic, message);
      } catch {
        await runChunk();
        add(await this.processMessage(topic, partition, message, heartbeat), message.offset);
        continue;
      }
      const { span, spanCtx } = this.startSpan(topic, partition, message);
      const ctx: StageMessageContext = {
        topic,
        partition,
        offset: message.offset,
        key: message.key?.toString() ?? null,
        attempt: deliveryHistory(message).attempts + 1,
        span,
        heartbeat,
      };
      if (!chunk.length) chunkStartedAt = Date.now();
      chunk.push({ message, input, span, spanCtx, ctx });
      if (chunk.length >= this.flushEvery || Date.now() - chunkStartedAt >= this.flushMaxDelayMs) {
        await runChunk();
        await flush();
      }
    }
    await runChunk();
    await flush();
  }

  private startSpan(topic: string, partition: number, message: KafkaMessage): { span: Span; spanCtx: Context } {
    const parentCtx = contextFromHeaders(message.headers);
    const span = tracer.startSpan(
      `${this.opts.stage} process`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.system': 'kafka',
          'messaging.operation.type': 'process',
          'messaging.destination.name': topic,
          'messaging.kafka.destination.partition': partition,
          'messaging.kafka.message.offset': Number(message.offset),
          'messaging.kafka.message.key': message.key?.toString() ?? '',
          'newsflow.stage': this.opts.stage,
        },
      },
      parentCtx,
    );
    return { span, spanCtx: trace.setSpan(parentCtx, span) };
  }

  /** Handles one message; returns what must be produced for it (outputs, or one dead-letter record). */
  private async processMessage(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
  ): Promise<PendingSend[]> {
    const { logger } = this.opts;
    const { span, spanCtx } = this.startSpan(topic, partition, message);
    const history = deliveryHistory(message);
    const firstFailureAt = history.firstFailureAt ?? new Date();
    const deadLetter = (err: unknown, attempts: number): PendingSend[] =>
      this.deadLetter({ topic, partition, message, span, spanCtx }, err, attempts, firstFailureAt);
    const park = (err: Error, tier: RetryTier, delayMs: number, attempts: number, deferred: boolean): PendingSend[] => {
      span.setAttribute('newsflow.retry_tier', tier.name);
      this.opts.onOutcome?.(deferred ? 'deferred' : 'retried', { errorClass: errorClassOf(err) });
      otelContext.with(spanCtx, () =>
        logger.info(
          { topic, offset: message.offset, tier: tier.name, delayMs, err: err.message },
          'message parked for retry',
        ),
      );
      const record = retryRecord(tier, message, {
        returnTo: topic,
        notBefore: Date.now() + delayMs,
        attempts,
        deliveries: history.deliveries + (deferred ? 0 : 1),
        deferrals: history.deferrals + (deferred ? 1 : 0),
        firstFailureAt,
        error: err,
      });
      return [{ topic: record.topic, messages: [record.message] }];
    };

    try {
      let input: In;
      try {
        input = this.decode(topic, message);
      } catch (err) {
        return deadLetter(err, history.attempts + 1);
      }
      let pausedFor = 0;
      let dependencyWaits = 0;
      const stopWaiting = () => {
        if (pausedFor) this.dependencyPauses.leave();
        pausedFor = 0;
      };
      for (let attempt = 1; ; attempt++) {
        const attempts = history.attempts + attempt;
        const beat = setInterval(() => void heartbeat().catch(() => undefined), this.opts.heartbeatMs ?? 3_000);
        try {
          const outputs = await otelContext.with(spanCtx, () =>
            this.handler(input, {
              topic,
              partition,
              offset: message.offset,
              key: message.key?.toString() ?? null,
              attempt: attempts,
              span,
              heartbeat,
            }),
          );
          const sends = otelContext.with(spanCtx, () => this.encodeOutputs(outputs));
          if (pausedFor) logger.info({ pausedMs: pausedFor }, 'dependency back: stage resumed');
          stopWaiting();
          this.opts.onOutcome?.('processed', {});
          return sends;
        } catch (err) {
          const decision = decideOnFailure(
            err,
            { history, attempt, dependencyWaits, stopping: this.stopping },
            this.retryPolicy,
          );
          if (decision.action === 'wait') {
            if (!pausedFor) {
              const e = err as DependencyUnavailableError;
              logger.warn({ dependency: e.dependency, err: e.message }, 'dependency unavailable: stage paused');
              this.dependencyPauses.enter(`${e.dependency} unavailable: ${e.message}`);
            }
            dependencyWaits++;
            await pause(decision.delayMs, heartbeat);
            pausedFor += decision.delayMs;
            attempt--; // waiting for a dependency is not an attempt at this message
            continue;
          }
          // The dependency answered (or the stage is stopping): this handler no longer waits for it.
          stopWaiting();
          const error = err instanceof Error ? err : new Error(String(err));
          switch (decision.action) {
            case 'abort':
              throw new Error(decision.reason);
            case 'retry':
              logger.info({ attempt: attempts, err: error.message }, 'handler failed, retrying');
              await pause(decision.delayMs, heartbeat);
              continue;
            case 'park':
              return park(error, decision.tier, decision.delayMs, decision.attempts, decision.deferred);
            case 'dead-letter':
              return deadLetter(err, attempts);
          }
        } finally {
          clearInterval(beat);
        }
      }
    } finally {
      span.end();
    }
  }

  /** The dead-letter record for a message (its span marked, the outcome counted and logged). */
  private deadLetter(
    where: { topic: string; partition: number; message: KafkaMessage; span: Span; spanCtx: Context },
    err: unknown,
    attempts: number,
    firstFailureAt: Date,
  ): PendingSend[] {
    const { topic, partition, message, span, spanCtx } = where;
    const errorClass = errorClassOf(err);
    const errorMessage = err instanceof Error ? err.message : String(err);
    span.recordException(err instanceof Error ? err : new Error(errorMessage));
    span.setStatus({ code: SpanStatusCode.ERROR, message: errorMessage.slice(0, 300) });
    span.setAttribute('newsflow.dead_lettered', true);
    otelContext.with(spanCtx, () =>
      this.opts.logger.warn(
        { topic, partition, offset: message.offset, errorClass, errorMessage, attempts },
        'message dead-lettered',
      ),
    );
    this.opts.onOutcome?.('dead-lettered', { errorClass });
    const record = deadLetterRecord(
      this.opts.stage,
      { topic, partition, message },
      { errorClass, errorMessage, attempts, firstFailureAt },
    );
    return [{ topic: record.topic, messages: [record.message] }];
  }

  /**
   * The message of a record: decoded once (JSON, or the contract's codec) and validated once, by its topic's contract.
   */
  private decode(topic: string, message: KafkaMessage): In {
    const contract = this.contracts.get(topic) ?? this.opts.inputContract;
    if (!message.value?.length) throw new InvalidMessageError('empty message value');
    const declared = headerString(message.headers, Headers.schema);
    if (declared !== undefined && declared !== contract.id) {
      throw new InvalidMessageError(`schema header says ${declared}, ${topic} carries ${contract.id}`);
    }
    const codec = recordCodecOf(contract);
    if (codec) return contract.validate(codec.decode(message.value, message.headers ?? {}));
    let value: unknown;
    try {
      value = JSON.parse(message.value.toString('utf8'));
    } catch (err) {
      throw new InvalidMessageError(`value is not JSON: ${(err as Error).message}`);
    }
    return contract.validate(value);
  }

  private encodeOutputs(outputs: OutgoingMessage[]): PendingSend[] {
    return outputs.map((out) => ({ topic: out.contract.topic, messages: [encodeRecord(out)] }));
  }
}

/** A message that cannot be read at all (empty, not JSON, wrong schema): dead-lettered without retries. */
export class InvalidMessageError extends PermanentError {
  override readonly name = 'InvalidMessageError';
  constructor(message: string) {
    super(message, 'INVALID_MESSAGE');
  }
}

function errorClassOf(err: unknown): string {
  if (err instanceof Error) return err.name && err.name !== 'Error' ? err.name : err.constructor.name;
  return typeof err;
}

async function pause(ms: number, heartbeat: () => Promise<void>): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, Math.min(1000, end - Date.now())));
    await heartbeat().catch(() => undefined);
  }
}
