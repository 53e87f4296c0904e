import { MisbehavingNewsroom, startMisbehavingNewsroom } from '@newsflow/fixture-site';
import { resolveFetchPolicy } from './fetch-policy';
import { requestHop } from './hop-request';

let newsroom: MisbehavingNewsroom;
beforeAll(async () => {
  newsroom = await startMisbehavingNewsroom();
});
afterAll(() => newsroom.close());

describe('requestHop', () => {
  const policy = resolveFetchPolicy({ headers: { 'User-Agent': 'sneaky', 'Accept-Language': 'en' } });
  const destination = () => ({ hostname: 'pinned.test', address: '127.0.0.1', family: 4 as const, allowListed: true });

  it('connects to the pinned address, sends the Host of the URL, safety headers and validators', async () => {
    const url = new URL(`http://pinned.test:${newsroom.port}/conditional/article.html`);
    const hop = await requestHop(
      url,
      destination(),
      policy,
      { etag: '"x"', lastModified: 'Mon, 02 Mar 2026 08:30:00 GMT' },
      Date.now() + 2000,
    );
    hop.finish();
    expect(hop.response.statusCode).toBe(200);
    expect(newsroom.lastRequest('/conditional/article.html')).toMatchObject({
      host: `pinned.test:${newsroom.port}`,
      'user-agent': policy.userAgent, // the policy's agent wins over a header override
      'accept-language': 'en',
      'accept-encoding': 'gzip, deflate, br',
      'if-none-match': '"x"',
      'if-modified-since': 'Mon, 02 Mar 2026 08:30:00 GMT',
    });
  });

  it('omits null validators', async () => {
    const url = new URL(`http://pinned.test:${newsroom.port}/`);
    const hop = await requestHop(url, destination(), policy, { etag: null, lastModified: null }, Date.now() + 2000);
    hop.finish();
    expect(newsroom.lastRequest('/')?.['if-none-match']).toBeUndefined();
    expect(newsroom.lastRequest('/')?.['if-modified-since']).toBeUndefined();
  });

  it('times out waiting for headers with a timeout refusal', async () => {
    const url = new URL(`http://pinned.test:${newsroom.port}/stall`);
    await expect(
      requestHop(url, destination(), { ...policy, readTimeoutMs: 100 }, undefined, Date.now() + 2000),
    ).rejects.toMatchObject({
      code: 'timeout',
      reason: 'no data for 100 ms',
    });
  });

  it('reports a refused connection as a network failure', async () => {
    const url = new URL('http://pinned.test:1/');
    await expect(requestHop(url, destination(), policy, undefined, Date.now() + 2000)).rejects.toMatchObject({
      name: 'FetchFailure',
      code: 'network',
    });
  });
});
