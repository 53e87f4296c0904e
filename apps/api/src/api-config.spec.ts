import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@newsflow/config';
import { DEFAULT_API_DATABASE_URL, loadApiConfig, parseKeysFile } from './api-config';

const KEY = 'a-key-of-enough-length';

describe('loadApiConfig', () => {
  it('applies the defaults: port 3000, the reader role, 600 requests a minute, a 5 s statement timeout', () => {
    expect(loadApiConfig({ API_KEYS: KEY })).toMatchObject({
      port: 3000,
      databaseUrl: DEFAULT_API_DATABASE_URL,
      databaseSchema: null,
      rateLimitPerMinute: 600,
      statementTimeoutMs: 5000,
      requireKey: true,
      keys: [KEY],
    });
  });

  it('merges keys from API_KEYS and a mounted file, without duplicates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'api-keys-'));
    const file = join(dir, 'keys');
    writeFileSync(file, `# rotated 2024-04\n${KEY}\nsecond-key-of-enough-length, third-key-of-enough-length\n\n`);
    try {
      expect(loadApiConfig({ API_KEYS: KEY, API_KEYS_FILE: file }).keys).toEqual([
        KEY,
        'second-key-of-enough-length',
        'third-key-of-enough-length',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails fast without any key unless keys are switched off', () => {
    expect(() => loadApiConfig({})).toThrow(/API_KEYS or API_KEYS_FILE must give at least one key/);
    expect(loadApiConfig({ API_REQUIRE_KEY: 'false' }).requireKey).toBe(false);
  });

  it('reports every problem and never echoes a secret', () => {
    let err: ConfigError | undefined;
    try {
      loadApiConfig({
        API_DATABASE_URL: 'mysql://root:hunter2@db/x',
        API_KEYS: 'short-secret',
        API_RATE_LIMIT_PER_MINUTE: '0',
        API_STATEMENT_TIMEOUT_MS: 'soon',
      });
    } catch (e) {
      err = e as ConfigError;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect(err!.problems).toHaveLength(4);
    expect(err!.message).toContain('API_DATABASE_URL=<redacted>');
    expect(err!.message).toMatch(/1 key\(s\) shorter than 16/);
    expect(err!.message).not.toContain('hunter2');
    expect(err!.message).not.toContain('short-secret');
  });

  it('reports an unreadable keys file by its path, not its content', () => {
    expect(() => loadApiConfig({ API_KEYS_FILE: '/nonexistent/keys' })).toThrow(
      /API_KEYS_FILE=.*cannot read \(ENOENT\)/,
    );
  });

  it('accepts a plain schema name only', () => {
    expect(loadApiConfig({ API_KEYS: KEY, API_DATABASE_SCHEMA: 'news' }).databaseSchema).toBe('news');
    expect(() => loadApiConfig({ API_KEYS: KEY, API_DATABASE_SCHEMA: 'x; drop' })).toThrow(/API_DATABASE_SCHEMA/);
  });
});

describe('parseKeysFile', () => {
  it('reads keys separated by newlines or commas and ignores comments', () => {
    expect(parseKeysFile('a\r\nb, c # comment\n# d\n')).toEqual(['a', 'b', 'c']);
  });
});
