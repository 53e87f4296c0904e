import { Kafka, logLevel } from 'kafkajs';
import { allTopics } from '@newsflow/contracts';
import { databaseUrlFromEnv, runMigrations } from '@newsflow/db';
import { ensureTopics, kafkaConfigFromEnv } from '@newsflow/messaging';
import { kafkaStatus, startLocalKafka, stopLocalKafka } from './kafka-broker';
import { postgresStatus, redactUrl, startLocalPostgres, stopLocalPostgres } from './postgres-server';
import { LocalApiStatus, localApiStatus, startLocalApi, stopLocalApi } from './query-api';

/**
 * `newsflow stack up|down|status`: the whole local stack (Kafka, PostgreSQL, topics, migrations) for development,
 * tests and the demo. Each part is started only when the configured address does not already answer.
 */
export interface StackUpResult {
  kafka: { brokers: string[]; managed: boolean; startedMs: number | null };
  postgres: { url: string; managed: boolean; startedMs: number | null };
  topicsCreated: string[];
  migrationsApplied: string[];
  /** With `api`: the query API on 127.0.0.1:3000 and the file holding its key. */
  api?: { url: string; managed: boolean; keyFile: string; startedMs: number | null };
}

export async function stackUp(
  log: (line: string) => void = () => undefined,
  env = process.env,
  options: { api?: boolean } = {},
): Promise<StackUpResult> {
  const kafkaConfig = kafkaConfigFromEnv('stack', env);
  const brokers = kafkaConfig.brokers as string[];
  const databaseUrl = databaseUrlFromEnv(env);
  // Both servers start in parallel: the broker's JVM start dominates and Postgres needs no CPU meanwhile.
  const [kafka, postgres] = await Promise.all([
    startLocalKafka({ brokers, log }),
    startLocalPostgres(databaseUrl, log),
  ]);
  const topicsCreated = await ensureTopics(new Kafka({ ...kafkaConfig, logLevel: logLevel.NOTHING }), allTopics());
  if (topicsCreated.length) log(`topics: created ${topicsCreated.join(', ')}`);
  const migrationsApplied = await runMigrations(databaseUrl);
  if (migrationsApplied.length) log(`postgres: applied migrations ${migrationsApplied.join(', ')}`);
  // After the migrations: the API's readiness needs the reader's grants.
  const api = options.api ? await startLocalApi(databaseUrl, log) : undefined;
  return {
    kafka: { brokers, managed: kafka.managed, startedMs: kafka.startedMs },
    postgres: { url: redactUrl(databaseUrl), managed: postgres.managed, startedMs: postgres.startedMs },
    topicsCreated,
    migrationsApplied,
    ...(api ? { api: { url: api.url, managed: api.managed, keyFile: api.keyFile, startedMs: api.startedMs } } : {}),
  };
}

export async function stackDown(
  log: (line: string) => void = () => undefined,
): Promise<{ api: boolean; kafka: boolean; postgres: boolean }> {
  // The API first: it holds connections to the database.
  const api = await stopLocalApi(log);
  const kafka = await stopLocalKafka(log);
  const postgres = await stopLocalPostgres(log);
  return { api, kafka, postgres };
}

export async function stackStatus(env = process.env): Promise<{
  kafka: Awaited<ReturnType<typeof kafkaStatus>>;
  postgres: Awaited<ReturnType<typeof postgresStatus>>;
  api: LocalApiStatus;
}> {
  const brokers = kafkaConfigFromEnv('stack', env).brokers as string[];
  return {
    kafka: await kafkaStatus(brokers),
    postgres: await postgresStatus(databaseUrlFromEnv(env)),
    api: await localApiStatus(),
  };
}
