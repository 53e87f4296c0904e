import http from 'node:http';
import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { FetchPolicy } from './fetch-policy';
import { closeKeepAliveConnections } from './keep-alive-agents';
import { safeFetch } from './safe-http-client';

const PAGE = `<!doctype html><html><head><title>Harbour bridge reopens</title></head><body><article>${'<p>The harbour bridge reopened on Monday after two years of repairs, the council said.</p>'.repeat(30)}</article></body></html>`;

const listen = async <S extends Server | http.Server>(server: S): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};
const close = (server: Server | http.Server) => new Promise((resolve) => server.close(resolve));

const policyFor = (port: number, extra: Partial<FetchPolicy> = {}): Partial<FetchPolicy> => ({
  allowHosts: [`127.0.0.1:${port}`],
  connectTimeoutMs: 2000,
  readTimeoutMs: 1000,
  totalTimeoutMs: 3000,
  ...extra,
});

afterEach(() => closeKeepAliveConnections());

describe('keep-alive connections of safeFetch', () => {
  let server: http.Server;
  let port: number;
  let connections: number;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/moved') {
        res.writeHead(301, { location: '/page', 'content-length': '0' });
        return res.end();
      }
      if (req.url === '/unchanged') {
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    });
    server.on('connection', () => connections++);
    port = await listen(server);
  });
  beforeEach(() => (connections = 0));
  afterAll(() => close(server));

  it('fetches one destination page after page over the same connections (redirects and 304s included)', async () => {
    const policy = policyFor(port);
    for (let i = 0; i < 5; i++) {
      const r = await safeFetch(`http://127.0.0.1:${port}/page?n=${i}`, policy);
      expect(r).toMatchObject({ status: 200, classification: 'article' });
      expect(r.text).toBe(PAGE);
    }
    expect(connections).toBe(1);
    // The redirect's next hop is sent before the first connection is back in the pool: it opens a second one...
    expect((await safeFetch(`http://127.0.0.1:${port}/moved`, policy)).finalUrl).toBe(`http://127.0.0.1:${port}/page`);
    expect(connections).toBe(2);
    // ...and both are reused from then on (a body-less 301 and a 304 leave theirs to the pool).
    expect((await safeFetch(`http://127.0.0.1:${port}/unchanged`, policy)).notModified).toBe(true);
    expect((await safeFetch(`http://127.0.0.1:${port}/page`, policy)).status).toBe(200);
    expect((await safeFetch(`http://127.0.0.1:${port}/moved`, policy)).status).toBe(200);
    expect(connections).toBe(2);
  });

  it('opens a connection per request with keepAliveMs 0 (Connection: close)', async () => {
    const policy = policyFor(port, { keepAliveMs: 0 });
    for (let i = 0; i < 3; i++) expect((await safeFetch(`http://127.0.0.1:${port}/page`, policy)).status).toBe(200);
    expect(connections).toBe(3);
  });

  it('closes an idle connection after keepAliveMs', async () => {
    const policy = policyFor(port, { keepAliveMs: 100 });
    await safeFetch(`http://127.0.0.1:${port}/page`, policy);
    await new Promise((r) => setTimeout(r, 300));
    await safeFetch(`http://127.0.0.1:${port}/page`, policy);
    expect(connections).toBe(2);
  });

  it('keeps no connection whose response was not read to its end (a refused content type)', async () => {
    const big = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(Buffer.alloc(512 * 1024, 1));
    });
    let opened = 0;
    big.on('connection', () => opened++);
    const bigPort = await listen(big);
    try {
      for (let i = 0; i < 2; i++) {
        await expect(safeFetch(`http://127.0.0.1:${bigPort}/doc.pdf`, policyFor(bigPort))).rejects.toMatchObject({
          code: 'content-type',
        });
      }
      expect(opened).toBe(2);
    } finally {
      closeKeepAliveConnections();
      await close(big);
    }
  });
});

describe('a pooled connection the server closed', () => {
  it('is replaced once by a new connection, and the fetch succeeds', async () => {
    // Answers the first request of each connection, then resets the connection on the next one without a word:
    // what a server does when its idle timeout fires as the client reuses the connection.
    let opened = 0;
    const server = createServer((socket: Socket) => {
      opened++;
      let answered = false;
      socket.on('data', () => {
        if (answered) return socket.resetAndDestroy();
        answered = true;
        const body = Buffer.from(PAGE);
        socket.write(
          `HTTP/1.1 200 OK\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: ${body.length}\r\nconnection: keep-alive\r\n\r\n`,
        );
        socket.write(body);
      });
      socket.on('error', () => undefined);
    });
    const port = await listen(server);
    try {
      const policy = policyFor(port);
      expect((await safeFetch(`http://127.0.0.1:${port}/a`, policy)).status).toBe(200);
      expect((await safeFetch(`http://127.0.0.1:${port}/b`, policy)).status).toBe(200);
      expect(opened).toBe(2);
    } finally {
      closeKeepAliveConnections();
      await close(server);
    }
  });
});
