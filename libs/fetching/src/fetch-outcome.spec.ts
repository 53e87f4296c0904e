import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { MisbehavingNewsroom, startMisbehavingNewsroom } from '@newsflow/fixture-site';
import { resolveFetchPolicy } from './fetch-policy';
import { fetchOutcome, withRobots } from './fetch-outcome';

let newsroom: MisbehavingNewsroom;
beforeAll(async () => {
  newsroom = await startMisbehavingNewsroom();
});
afterAll(() => newsroom.close());

describe('fetchOutcome with robots', () => {
  const policy = () =>
    withRobots(resolveFetchPolicy({ allowHosts: [`127.0.0.1:${newsroom.port}`], totalTimeoutMs: 3000 }));

  it('describes a fetched page and fetches robots.txt first', async () => {
    const before = newsroom.hits('/robots.txt');
    const outcome = await fetchOutcome(`${newsroom.url}/`, policy());
    expect(outcome).toMatchObject({
      ok: true,
      status: 200,
      classification: 'article',
      charset: 'utf-8',
      crawlDelayMs: 2000,
    });
    expect(newsroom.hits('/robots.txt')).toBe(before + 1);
  });

  it('describes a robots refusal without fetching the page', async () => {
    const outcome = await fetchOutcome(`${newsroom.url}/private/secret.html`, policy());
    expect(outcome).toMatchObject({ ok: false, refused: true, code: 'robots-disallowed' });
    expect(newsroom.hits('/private/secret.html')).toBe(0);
  });

  it('describes an address refusal', async () => {
    expect(await fetchOutcome(`${newsroom.url}/`, withRobots(resolveFetchPolicy()))).toMatchObject({
      ok: false,
      refused: true,
      code: 'address-refused',
    });
  });

  it('describes HTTP errors as not ok and network errors as failures', async () => {
    expect(await fetchOutcome(`${newsroom.url}/error`, policy())).toMatchObject({
      ok: false,
      status: 500,
      classification: 'error-page',
    });
    expect(
      await fetchOutcome('http://127.0.0.1:1/', resolveFetchPolicy({ allowHosts: ['127.0.0.1:1'] })),
    ).toMatchObject({
      ok: false,
      refused: false,
      code: 'network',
    });
  });

  it('reads a robots.txt served as application/octet-stream', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end('User-agent: *\nDisallow: /x\n');
      } else {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<p>page</p>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const p = withRobots(resolveFetchPolicy({ allowHosts: [origin.slice('http://'.length)] }));
      expect(await fetchOutcome(`${origin}/x`, p)).toMatchObject({
        refused: true,
        code: 'robots-disallowed',
        reason: 'robots.txt: Disallow: /x',
      });
      expect(await fetchOutcome(`${origin}/y`, p)).toMatchObject({ ok: true, status: 200 });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('obeys the first 512 KiB of an oversized robots.txt instead of refusing the site', async () => {
    const robots = 'User-agent: *\nDisallow: /x\n' + '# padding\n'.repeat(100_000);
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': req.url === '/robots.txt' ? 'text/plain' : 'text/html' });
      res.end(req.url === '/robots.txt' ? robots : '<p>page</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(robots.length).toBeGreaterThan(512 * 1024);
      const p = withRobots(resolveFetchPolicy({ allowHosts: [origin.slice('http://'.length)] }));
      expect(await fetchOutcome(`${origin}/x`, p)).toMatchObject({
        code: 'robots-disallowed',
        reason: 'robots.txt: Disallow: /x',
      });
      expect(await fetchOutcome(`${origin}/y`, p)).toMatchObject({ ok: true });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
