import { closeSync, existsSync, mkdirSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { newKraftClusterId } from './kraft-cluster-id';
import { repoRoot, stackDir } from './paths';
import { commandExists, isPortOpen, isProcessAlive, readPid, runOrThrow, sleep, waitFor } from './process-utils';

/**
 * A single-node Apache Kafka 4.x (KRaft: broker and controller in one JVM) on loopback, run from the Maven Central
 * jars resolved by deploy/local/kafka/pom.xml. For development, tests and the demo only: operators point
 * KAFKA_BROKERS at their own cluster and this never starts.
 */
export interface LocalKafkaStatus {
  brokers: string[];
  reachable: boolean;
  /** True when the broker answering is the one this stack started. */
  managed: boolean;
  pid: number | null;
  logFile: string;
}

const BROKER_HOST = '127.0.0.1';

function dirs() {
  return {
    home: stackDir('kafka'),
    libs: stackDir('kafka', 'libs'),
    data: stackDir('kafka', 'data'),
    logs: stackDir('kafka', 'logs'),
    config: stackDir('kafka', 'server.properties'),
    log4j: stackDir('kafka', 'log4j2.properties'),
    pidFile: stackDir('kafka', 'kafka.pid'),
    logFile: stackDir('kafka', 'logs', 'server.out'),
  };
}

function parseBroker(broker: string): { host: string; port: number } {
  const i = broker.lastIndexOf(':');
  return { host: broker.slice(0, i).replace(/^\[|\]$/g, ''), port: Number(broker.slice(i + 1)) };
}

export async function kafkaReachable(brokers: string[]): Promise<boolean> {
  for (const b of brokers) {
    const { host, port } = parseBroker(b);
    if (await isPortOpen(host, port, 500)) return true;
  }
  return false;
}

export async function kafkaStatus(brokers: string[]): Promise<LocalKafkaStatus> {
  const d = dirs();
  const pid = readPid(d.pidFile);
  return { brokers, reachable: await kafkaReachable(brokers), managed: pid !== null, pid, logFile: d.logFile };
}

async function ensureJars(log: (line: string) => void): Promise<void> {
  const d = dirs();
  if (existsSync(d.libs) && readdirSync(d.libs).some((f) => /^kafka_2\.13-.*\.jar$/.test(f))) return;
  if (!(await commandExists('mvn'))) {
    throw new Error('Maven (mvn) is needed to resolve the Kafka jars from Maven Central: apt-get install maven');
  }
  log('kafka: resolving broker jars from Maven Central (first run only) ...');
  mkdirSync(d.libs, { recursive: true });
  await runOrThrow('mvn', [
    '-q',
    '-B',
    '-f',
    path.join(repoRoot(), 'deploy', 'local', 'kafka', 'pom.xml'),
    'dependency:copy-dependencies',
    `-DoutputDirectory=${d.libs}`,
    '-DincludeScope=runtime',
  ]);
}

function writeConfig(port: number, controllerPort: number): void {
  const d = dirs();
  mkdirSync(d.logs, { recursive: true });
  const props = {
    'process.roles': 'broker,controller',
    'node.id': '1',
    'controller.quorum.voters': `1@${BROKER_HOST}:${controllerPort}`,
    listeners: `PLAINTEXT://${BROKER_HOST}:${port},CONTROLLER://${BROKER_HOST}:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://${BROKER_HOST}:${port}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'log.dirs': d.data,
    // One node: every internal topic must have replication factor 1 or it never becomes available.
    'offsets.topic.replication.factor': '1',
    'offsets.topic.num.partitions': '6',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
    'share.coordinator.state.topic.replication.factor': '1',
    'share.coordinator.state.topic.min.isr': '1',
    'default.replication.factor': '1',
    'min.insync.replicas': '1',
    // Topics are declared in libs/contracts and created explicitly; a typo must not create a topic silently.
    'auto.create.topics.enable': 'false',
    'group.initial.rebalance.delay.ms': '0',
    'num.partitions': '3',
    'message.max.bytes': String(16 * 1024 * 1024 + 1024),
    'replica.fetch.max.bytes': String(16 * 1024 * 1024 + 1024),
    'log.retention.check.interval.ms': '60000',
    'log.segment.bytes': String(128 * 1024 * 1024),
  };
  writeFileSync(
    d.config,
    Object.entries(props)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n',
  );
  writeFileSync(
    d.log4j,
    [
      'status = warn',
      'appender.console.type = Console',
      'appender.console.name = STDOUT',
      'appender.console.layout.type = PatternLayout',
      'appender.console.layout.pattern = [%d] %p %m (%c)%n',
      'rootLogger.level = INFO',
      'rootLogger.appenderRef.console.ref = STDOUT',
      'logger.kafka.name = kafka',
      'logger.kafka.level = INFO',
      'logger.state.name = state.change.logger',
      'logger.state.level = WARN',
      '',
    ].join('\n'),
  );
}

function javaArgs(mainClass: string, extra: string[]): string[] {
  const d = dirs();
  return [
    `-Xms256m`,
    `-Xmx${process.env.NEWSFLOW_KAFKA_HEAP ?? '768m'}`,
    '-XX:+UseG1GC',
    '-Djava.awt.headless=true',
    `-Dlog4j2.configurationFile=${d.log4j}`,
    '-cp',
    path.join(d.libs, '*'),
    mainClass,
    ...extra,
  ];
}

async function formatStorage(log: (line: string) => void): Promise<void> {
  const d = dirs();
  if (existsSync(path.join(d.data, 'meta.properties'))) return;
  const clusterId = newKraftClusterId();
  log(`kafka: formatting storage (cluster ${clusterId}) ...`);
  mkdirSync(d.data, { recursive: true });
  await runOrThrow(
    'java',
    javaArgs('kafka.tools.StorageTool', ['format', '-t', clusterId, '-c', d.config, '--ignore-formatted']),
  );
}

export interface StartKafkaOptions {
  brokers: string[];
  log?: (line: string) => void;
  readyTimeoutMs?: number;
}

/** Starts the local broker unless KAFKA_BROKERS already answers; resolves once it accepts client requests. */
export async function startLocalKafka(
  opts: StartKafkaOptions,
): Promise<LocalKafkaStatus & { startedMs: number | null }> {
  const log = opts.log ?? (() => undefined);
  if (await kafkaReachable(opts.brokers)) {
    return { ...(await kafkaStatus(opts.brokers)), startedMs: null };
  }
  const { host, port } = parseBroker(opts.brokers[0]);
  if (host !== BROKER_HOST && host !== 'localhost') {
    throw new Error(
      `KAFKA_BROKERS=${opts.brokers.join(',')} is not reachable, and the local stack only starts a broker on ${BROKER_HOST}`,
    );
  }
  if (!(await commandExists('java')))
    throw new Error('Java 17+ is needed to run the local Kafka broker: apt-get install openjdk-17-jre-headless');
  const started = Date.now();
  await ensureJars(log);
  writeConfig(port, port + 1);
  await formatStorage(log);
  const d = dirs();
  log(`kafka: starting broker on ${BROKER_HOST}:${port} (log: ${d.logFile}) ...`);
  const out = openSync(d.logFile, 'a');
  const child = spawn('java', javaArgs('kafka.Kafka', [d.config]), { detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  child.unref();
  writeFileSync(d.pidFile, String(child.pid));
  await waitFor(
    `the Kafka broker on ${BROKER_HOST}:${port} (see ${d.logFile})`,
    async () => {
      if (!isProcessAlive(child.pid!)) throw new Error(`the Kafka broker exited during start-up; see ${d.logFile}`);
      return brokerAnswers(opts.brokers);
    },
    opts.readyTimeoutMs ?? 90_000,
    300,
  );
  const startedMs = Date.now() - started;
  log(`kafka: ready in ${(startedMs / 1000).toFixed(1)} s`);
  return { ...(await kafkaStatus(opts.brokers)), startedMs };
}

/** The broker is ready when it accepts a metadata request, not merely a TCP connection. */
async function brokerAnswers(brokers: string[]): Promise<boolean> {
  if (!(await kafkaReachable(brokers))) return false;
  const { Kafka, logLevel } = await import('kafkajs');
  const admin = new Kafka({
    clientId: 'newsflow-stack',
    brokers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0 && cluster.controller !== null;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** Stops the broker this stack started (SIGTERM, then SIGKILL after the timeout). Other brokers are left alone. */
export async function stopLocalKafka(
  log: (line: string) => void = () => undefined,
  timeoutMs = 30_000,
): Promise<boolean> {
  const pid = readPid(dirs().pidFile);
  if (pid === null) return false;
  log(`kafka: stopping broker (pid ${pid}) ...`);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}
