/**
 * Secure connections from configuration alone, checked offline: the Kafka client options that the TLS and SASL
 * variables produce (libs/messaging's kafkaConfigFromEnv, what every service, job and the lag monitor use), the
 * PostgreSQL TLS settings a DATABASE_URL produces in the pg driver, and that secrets stay out of error messages.
 * Nothing connects: these are the options handed to the clients.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { databaseUrlFromEnv } from '@newsflow/db';
import { kafkaConfigFromEnv } from '@newsflow/messaging';
import { redactUrls } from '@newsflow/observability';

const CA = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n';
let dir: string;
let caFile: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsflow-tls-'));
  caFile = path.join(dir, 'ca.crt');
  writeFileSync(caFile, CA);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Kafka TLS and SASL from the environment', () => {
  it('is plaintext without credentials by default', () => {
    const config = kafkaConfigFromEnv('parser', {});
    expect(config).toMatchObject({ clientId: 'newsflow-parser', brokers: ['127.0.0.1:9092'] });
    expect(config.ssl).toBeUndefined();
    expect(config.sasl).toBeUndefined();
  });

  it('turns TLS on with the CA from a mounted file, verifying brokers unless told not to', () => {
    const env = { KAFKA_BROKERS: 'b-0.kafka:9094,b-1.kafka:9094', KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: caFile };
    expect(kafkaConfigFromEnv('indexer', env)).toMatchObject({
      brokers: ['b-0.kafka:9094', 'b-1.kafka:9094'],
      ssl: { rejectUnauthorized: true, ca: [CA] },
    });
    expect(kafkaConfigFromEnv('indexer', { ...env, KAFKA_SSL_REJECT_UNAUTHORIZED: 'false' }).ssl).toMatchObject({
      rejectUnauthorized: false,
    });
  });

  it.each(['plain', 'scram-sha-256', 'scram-sha-512'] as const)(
    'passes SASL %s credentials to the client',
    (mechanism) => {
      const config = kafkaConfigFromEnv('fetcher', {
        KAFKA_SSL: 'true',
        KAFKA_SASL_MECHANISM: mechanism,
        KAFKA_SASL_USERNAME: 'newsflow',
        KAFKA_SASL_PASSWORD: 's3cret-pw',
      });
      expect(config.sasl).toEqual({ mechanism, username: 'newsflow', password: 's3cret-pw' });
      expect(config.ssl).toMatchObject({ rejectUnauthorized: true });
    },
  );

  it('refuses a SASL mechanism without credentials, and an unknown mechanism, without echoing secrets', () => {
    expect(() =>
      kafkaConfigFromEnv('parser', { KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'u' }),
    ).toThrow(/needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD/);
    let message = '';
    try {
      kafkaConfigFromEnv('parser', { KAFKA_SASL_MECHANISM: 'gssapi', KAFKA_SASL_PASSWORD: 'hunter2' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('KAFKA_SASL_MECHANISM');
    expect(message).not.toContain('hunter2');
  });
});

describe('PostgreSQL TLS from DATABASE_URL', () => {
  const sslOf = (url: string) =>
    (new Client({ connectionString: url }) as unknown as { connectionParameters: { ssl: unknown } })
      .connectionParameters.ssl;

  it('accepts TLS parameters in the URL and hands the CA to the driver', () => {
    const url = `postgres://newsflow:pw@db.internal:5432/newsflow?sslmode=verify-full&sslrootcert=${encodeURIComponent(caFile)}`;
    expect(databaseUrlFromEnv({ DATABASE_URL: url })).toBe(url);
    expect(sslOf(url)).toEqual({ ca: CA });
  });

  it('connects without TLS only when the URL says so', () => {
    expect(sslOf('postgres://newsflow:pw@db:5432/newsflow?sslmode=disable')).toBe(false);
    expect(sslOf('postgres://newsflow:pw@db:5432/newsflow?sslmode=no-verify')).toEqual({ rejectUnauthorized: false });
  });

  it('never shows the password of a rejected DATABASE_URL, nor of a URL quoted in a health answer', () => {
    let message = '';
    try {
      databaseUrlFromEnv({ DATABASE_URL: 'mysql://newsflow:hunter2@db/newsflow' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('DATABASE_URL');
    expect(message).not.toContain('hunter2');
    expect(redactUrls('connect ECONNREFUSED for postgres://newsflow:hunter2@db:5432/x')).not.toContain('hunter2');
  });
});
