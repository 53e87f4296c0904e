import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Kafka } from 'kafkajs';
import { lastValueFrom, Observable } from 'rxjs';
import { contractForTopic, retryTiers, StageName } from '@newsflow/contracts';
import { Logger } from '@newsflow/telemetry';
import { OutgoingMessage } from '../outgoing-message';
import { RetryForwarder } from '../retry-forwarder';
import { StageMessageContext, StageRunner, StageRunnerOptions } from '../stage-runner';

/**
 * A NestJS transport for pipeline stages. Controllers declare `@EventPattern(<input topic>)` handlers that take the
 * validated input (`@Payload()`) and its StageMessageContext (`@Ctx()`) and return the messages to produce; this
 * transport runs a StageRunner per pattern, which owns validation, retries, dead letters, commits and tracing.
 * NestJS's own Kafka transport retries a throwing handler forever and has no dead-letter topic (nestjs/nest#14664).
 */
export interface KafkaStageTransportOptions {
  stage: StageName;
  kafka: Kafka;
  logger: Logger;
  runner?: Partial<
    Pick<
      StageRunnerOptions<unknown>,
      | 'maxAttempts'
      | 'maxDeliveries'
      | 'flushEvery'
      | 'flushMaxDelayMs'
      | 'partitionConcurrency'
      | 'retryBaseDelayMs'
      | 'groupId'
      | 'onOutcome'
      | 'metrics'
      | 'onConsumer'
      | 'onPause'
      | 'onResume'
    >
  >;
}

export class KafkaStageTransport extends Server implements CustomTransportStrategy {
  private runners: StageRunner<unknown>[] = [];
  private forwarder?: RetryForwarder;

  constructor(private readonly options: KafkaStageTransportOptions) {
    super();
  }

  async listen(callback: (...optionalParams: unknown[]) => void): Promise<void> {
    try {
      for (const [pattern, handler] of this.getHandlers()) {
        const { topic, batch, alsoReads } = this.patternOf(pattern);
        // A handler's result may be a value, a promise or an observable: Nest's transformToObservable covers all.
        const call = async (data: unknown, ctx?: StageMessageContext): Promise<unknown> => {
          const result = await handler(data, ctx);
          return lastValueFrom(this.transformToObservable(result) as Observable<unknown>, { defaultValue: [] });
        };
        const runner = new StageRunner<unknown>({
          ...this.options.runner,
          stage: this.options.stage,
          kafka: this.options.kafka,
          logger: this.options.logger,
          inputContract: contractForTopic(topic),
          alsoReads: alsoReads.map((t) => contractForTopic(t)),
          ...(batch
            ? { batchHandler: async (items) => ((await call(items)) as OutgoingMessage[][]) ?? [] }
            : {
                handler: async (input: unknown, ctx: StageMessageContext) =>
                  ((await call(input, ctx)) as OutgoingMessage[]) ?? [],
              }),
        });
        await runner.start();
        this.runners.push(runner);
      }
      // Parked messages (transient failures, politeness delays) come back through the stage's retry tiers.
      this.forwarder = new RetryForwarder({
        stage: this.options.stage,
        kafka: this.options.kafka,
        logger: this.options.logger,
        tiers: retryTiers(this.options.stage),
      });
      await this.forwarder.start();
      callback();
    } catch (err) {
      callback(err);
    }
  }

  async close(): Promise<void> {
    const runners = this.runners;
    this.runners = [];
    await Promise.all([...runners.map((r) => r.stop()), this.forwarder?.stop()]);
    this.forwarder = undefined;
  }

  on(): void {
    // Status events are not used: readiness is reported by the health endpoints.
  }

  unwrap<T>(): T {
    return this.runners as unknown as T;
  }

  /**
   * A pattern is a topic name, or `{ topic, batch: true }` for a handler that takes a chunk of messages at once
   * (`StageBatchHandler`), with `alsoReads: [topic...]` for earlier versions of the input the same handler reads
   * (one consumer for all of them); Nest hands patterns over JSON-encoded.
   */
  private patternOf(pattern: string): { topic: string; batch: boolean; alsoReads: string[] } {
    try {
      const parsed: unknown = JSON.parse(pattern);
      if (typeof parsed === 'string') return { topic: parsed, batch: false, alsoReads: [] };
      if (parsed && typeof parsed === 'object' && typeof (parsed as { topic?: unknown }).topic === 'string') {
        const p = parsed as { topic: string; batch?: boolean; alsoReads?: unknown };
        // Nest turns a pattern's array into an object keyed "0", "1"... on its way here: its values are the topics.
        const alsoReads =
          p.alsoReads && typeof p.alsoReads === 'object'
            ? Object.values(p.alsoReads).filter((t): t is string => typeof t === 'string')
            : [];
        return { topic: p.topic, batch: p.batch === true, alsoReads };
      }
    } catch {
      // a plain string pattern
    }
    return { topic: pattern, batch: false, alsoReads: [] };
  }
}
