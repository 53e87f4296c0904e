import { readFileSync } from 'node:fs';
import { KafkaConfig, logLevel, SASLOptions } from 'kafkajs';
import { bool, hostPorts, loadConfig, oneOf, str } from '@newsflow/config';
// kafkajs's idle 1 ms timer per connection, fixed before any client is created (see the module).
import './kafkajs-idle-timer-fix';
// kafkajs's byte-at-a-time CRC-32C of produced batches, replaced by a slicing-by-8 one (see the module).
import './kafkajs-crc32c-fix';

/**
 * Kafka client settings from the environment. TLS and SASL are off unless configured; secrets come from the
 * environment (or files mounted from a Kubernetes Secret) and are never logged.
 */
export const kafkaEnvSpec = {
  KAFKA_BROKERS: {
    parse: hostPorts,
    default: ['127.0.0.1:9092'],
    description: 'bootstrap servers, host:port[,host:port]',
  },
  KAFKA_CLIENT_ID: { parse: str, default: '', description: 'client id; defaults to newsflow-<service>' },
  KAFKA_SSL: { parse: bool, default: false, description: 'connect with TLS' },
  KAFKA_SSL_CA_FILE: {
    parse: str,
    default: '',
    description: 'PEM file with the CA that signed the brokers’ certificates',
  },
  KAFKA_SSL_REJECT_UNAUTHORIZED: { parse: bool, default: true, description: 'verify broker certificates' },
  KAFKA_SASL_MECHANISM: {
    parse: oneOf('none', 'plain', 'scram-sha-256', 'scram-sha-512'),
    default: 'none' as const,
    description: 'SASL mechanism',
  },
  KAFKA_SASL_USERNAME: { parse: str, default: '', description: 'SASL user name' },
  KAFKA_SASL_PASSWORD: { parse: str, default: '', description: 'SASL password', secret: true },
};

export function kafkaConfigFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): KafkaConfig {
  const c = loadConfig(kafkaEnvSpec, env);
  let sasl: SASLOptions | undefined;
  if (c.KAFKA_SASL_MECHANISM !== 'none') {
    if (!c.KAFKA_SASL_USERNAME || !c.KAFKA_SASL_PASSWORD) {
      throw new Error(
        `KAFKA_SASL_MECHANISM=${c.KAFKA_SASL_MECHANISM} needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD`,
      );
    }
    sasl = {
      mechanism: c.KAFKA_SASL_MECHANISM,
      username: c.KAFKA_SASL_USERNAME,
      password: c.KAFKA_SASL_PASSWORD,
    } as SASLOptions;
  }
  const ssl = c.KAFKA_SSL
    ? {
        rejectUnauthorized: c.KAFKA_SSL_REJECT_UNAUTHORIZED,
        ...(c.KAFKA_SSL_CA_FILE ? { ca: [readFileSync(c.KAFKA_SSL_CA_FILE, 'utf8')] } : {}),
      }
    : undefined;
  return {
    clientId: c.KAFKA_CLIENT_ID || `newsflow-${service}`,
    brokers: c.KAFKA_BROKERS,
    ssl,
    sasl,
    logLevel: logLevel.WARN,
    connectionTimeout: 5000,
    retry: { initialRetryTime: 300, retries: 8 },
  };
}
