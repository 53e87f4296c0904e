import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { safeFetch } from './safe-http-client';
import { installLoopbackOnlyGuard, LoopbackGuard } from './test-support/loopback-only-guard';
import { normalizeUrl } from './url-normalization';

/**
 * normalizeUrl keeps route fragments (`#!/story/1`) for the article id; HTTP never sends a fragment, so the
 * request for such a URL must still be for its path alone (RFC 9110 section 7.1: the target has no fragment).
 */
let server: Server;
let guard: LoopbackGuard;
let origin: string;
const requestedTargets: string[] = [];

beforeAll(async () => {
  guard = installLoopbackOnlyGuard();
  server = createServer((req, res) => {
    requestedTargets.push(req.url ?? '');
    if (req.url === '/moved') {
      res.writeHead(301, { location: '/app' });
      return res.end();
    }
    if (req.url === '/moved-to-route') {
      res.writeHead(302, { location: '/app#!/story/9' });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<html><body>app shell</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  guard.restore();
});

describe('fetching a URL with a route fragment', () => {
  it('requests the path and query without the fragment', async () => {
    const url = normalizeUrl(`${origin}/app?page=1#!/story/1`);
    expect(url).toBe(`${origin}/app?page=1#!/story/1`);
    const result = await safeFetch(url, { allowHosts: [new URL(origin).host], totalTimeoutMs: 3000 });
    expect(result.status).toBe(200);
    expect(requestedTargets).toEqual(['/app?page=1']);
  });

  it('reports the route on finalUrl, so the page keeps its own article id; plain anchors are not kept', async () => {
    const policy = { allowHosts: [new URL(origin).host], totalTimeoutMs: 3000 };
    expect((await safeFetch(`${origin}/app#!/story/1`, policy)).finalUrl).toBe(`${origin}/app#!/story/1`);
    expect((await safeFetch(`${origin}/app#/story/2`, policy)).finalUrl).toBe(`${origin}/app#/story/2`);
    expect((await safeFetch(`${origin}/app#comments`, policy)).finalUrl).toBe(`${origin}/app`);
  });

  it('carries the route across a redirect without a fragment (RFC 9110 section 10.2.2), and takes the fragment a redirect gives', async () => {
    const policy = { allowHosts: [new URL(origin).host], totalTimeoutMs: 3000 };
    expect((await safeFetch(`${origin}/moved#!/story/3`, policy)).finalUrl).toBe(`${origin}/app#!/story/3`);
    expect((await safeFetch(`${origin}/moved-to-route#!/story/3`, policy)).finalUrl).toBe(`${origin}/app#!/story/9`);
  });
});
