import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Admin, Kafka } from 'kafkajs';
import { withTimeout } from './with-timeout';

/**
 * One lazily connected kafkajs admin client shared by the Kafka health check and the lag monitor. A failed call
 * drops the connection so the next use reconnects (kafkajs does not always recover a broken admin by itself).
 */
export class KafkaAdminHandle {
  private admin?: Admin;
  private connecting?: Promise<Admin>;

  constructor(private readonly kafka: Kafka) {}

  async get(): Promise<Admin> {
    if (this.admin) return this.admin;
    this.connecting ??= (async () => {
      const admin = this.kafka.admin();
      try {
        await admin.connect();
      } catch (err) {
        await admin.disconnect().catch(() => undefined);
        throw err;
      }
      this.admin = admin;
      return admin;
    })().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  /** Forgets a connection that failed, so the next get() starts afresh. */
  async reset(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.disconnect().catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.connecting?.catch(() => undefined);
    await this.reset();
  }
}

/** Readiness: the broker answers a cluster description within the timeout, and has a controller. */
export class KafkaHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly admin: KafkaAdminHandle,
    private readonly timeoutMs = 3_000,
  ) {}

  async check(key = 'kafka'): Promise<HealthIndicatorResult> {
    const session = this.health.check(key);
    try {
      const cluster = await withTimeout(
        this.admin.get().then((admin) => admin.describeCluster()),
        this.timeoutMs,
        'Kafka describeCluster',
      );
      if (cluster.brokers.length === 0) return session.down({ message: 'cluster reports no brokers' });
      return session.up({ brokers: cluster.brokers.length, controller: cluster.controller });
    } catch (err) {
      await this.admin.reset();
      return session.down({ message: (err as Error).message });
    }
  }
}
