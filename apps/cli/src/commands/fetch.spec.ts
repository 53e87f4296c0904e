import { MisbehavingNewsroom, startMisbehavingNewsroom } from '@newsflow/fixture-site';
import { UsageError } from '../command';
import { command } from './fetch';

let newsroom: MisbehavingNewsroom;
let stdout: string[];
let savedEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  newsroom = await startMisbehavingNewsroom();
});
afterAll(() => newsroom.close());

beforeEach(() => {
  savedEnv = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('FETCH_')) delete process.env[k];
  stdout = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
  jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = savedEnv;
});

const printed = () => JSON.parse(stdout.join('')) as Record<string, unknown>;

describe('newsflow fetch', () => {
  it.each([
    '127.0.0.1',
    '127.1',
    '127.000.000.001',
    '0177.0.0.1',
    '2130706433',
    '0x7f000001',
    '0x7f.0.0.1',
    'localhost',
    'LOCALHOST.',
    'news.localhost',
    '[::1]',
    '[0:0:0:0:0:0:0:1]',
    '[::ffff:127.0.0.1]',
    '[::ffff:7f00:1]',
    '0.0.0.0',
  ])('refuses http://%s:PORT/ by default and exits 3', async (host) => {
    const before = newsroom.hits('/');
    const code = await command.run([`http://${host}:${newsroom.port}/`]);
    expect(code).toBe(3);
    expect(printed()).toMatchObject({ ok: false, refused: true, code: 'address-refused' });
    expect(newsroom.hits('/')).toBe(before);
  });

  it('fetches with --allow-host and prints the outcome', async () => {
    const code = await command.run([`http://127.1:${newsroom.port}/`, '--allow-host', `127.0.0.1:${newsroom.port}`]);
    expect(code).toBe(0);
    expect(printed()).toMatchObject({
      ok: true,
      status: 200,
      url: `http://127.1:${newsroom.port}/`,
      finalUrl: `http://127.0.0.1:${newsroom.port}/`,
      charset: 'utf-8',
      contentType: 'text/html',
      classification: 'article',
      redirects: [],
    });
    expect(typeof printed().bytes).toBe('number');
    expect(typeof printed().elapsedMs).toBe('number');
  });

  it('reads FETCH_ALLOW_HOSTS like the fetcher', async () => {
    process.env.FETCH_ALLOW_HOSTS = `127.0.0.1:${newsroom.port}`;
    expect(await command.run([`${newsroom.url}/articles/harbour-bridge-reopens.html`])).toBe(0);
  });

  it('applies the fetcher policy: redirects to loopback refused, robots obeyed, caps enforced', async () => {
    const allow = ['--allow-host', `127.0.0.1:${newsroom.port}`];
    expect(await command.run([`${newsroom.url}/redirect/to-localhost`, ...allow])).toBe(3);
    expect(printed()).toMatchObject({ code: 'address-refused' });
    stdout.length = 0;
    expect(await command.run([`${newsroom.url}/private/secret.html`, ...allow])).toBe(3);
    expect(printed()).toMatchObject({ code: 'robots-disallowed' });
    stdout.length = 0;
    process.env.FETCH_MAX_BYTES = '100000';
    expect(await command.run([`${newsroom.url}/huge`, ...allow])).toBe(3);
    expect(printed()).toMatchObject({ code: 'too-large' });
  });

  it('exits 1 on an HTTP error', async () => {
    expect(await command.run([`${newsroom.url}/error`, '--allow-host', `127.0.0.1:${newsroom.port}`])).toBe(1);
    expect(printed()).toMatchObject({ ok: false, status: 500 });
  });

  it('rejects bad arguments', async () => {
    await expect(command.run([])).rejects.toThrow(UsageError);
    await expect(command.run(['http://a.example/', 'http://b.example/'])).rejects.toThrow(UsageError);
    await expect(command.run(['http://a.example/', '--allow-host'])).rejects.toThrow(UsageError);
    await expect(command.run(['--bogus'])).rejects.toThrow(UsageError);
  });
});
