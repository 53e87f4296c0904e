import { ConfigError, hostPorts, int, list, loadConfig, str, url } from './env';

describe('loadConfig', () => {
  const spec = {
    KAFKA_BROKERS: { parse: hostPorts, default: ['127.0.0.1:9092'], description: 'Kafka bootstrap servers' },
    BATCH: { parse: int(1, 1000), default: 10, description: 'batch size' },
    DATABASE_URL: { parse: url('postgres', 'postgresql'), description: 'Postgres URL', secret: true },
    TAGS: { parse: list, default: [] as string[], description: 'tags' },
    NAME: { parse: str, default: 'x', description: 'name' },
  };

  it('applies defaults and parses values', () => {
    const cfg = loadConfig(spec, { DATABASE_URL: 'postgres://u:p@h/db', TAGS: 'a, b,,c', BATCH: '42' });
    expect(cfg).toEqual({
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      BATCH: 42,
      DATABASE_URL: 'postgres://u:p@h/db',
      TAGS: ['a', 'b', 'c'],
      NAME: 'x',
    });
  });

  it('reports every problem at once and never echoes a secret', () => {
    let err: ConfigError | undefined;
    try {
      loadConfig(spec, { KAFKA_BROKERS: 'nohost', BATCH: '0', DATABASE_URL: 'mysql://root:hunter2@h/db' });
    } catch (e) {
      err = e as ConfigError;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect(err!.problems).toHaveLength(3);
    expect(err!.message).toContain('KAFKA_BROKERS="nohost"');
    expect(err!.message).toContain('BATCH="0": expected an integer from 1 to 1000');
    expect(err!.message).toContain('DATABASE_URL=<redacted>');
    expect(err!.message).not.toContain('hunter2');
  });

  it('requires variables without a default', () => {
    expect(() => loadConfig(spec, {})).toThrow(/DATABASE_URL is required/);
  });
});
