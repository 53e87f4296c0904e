import { get, IncomingMessage } from 'node:http';
import { CONDITIONAL_ETAG, NEWSROOM_ROUTES, startMisbehavingNewsroom } from './misbehaving-newsroom';

function fetchRaw(url: string, headers: Record<string, string> = {}): Promise<{ res: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

describe('misbehaving newsroom', () => {
  it('listens on 127.0.0.1 only and serves every quick route', async () => {
    const newsroom = await startMisbehavingNewsroom();
    try {
      expect(newsroom.url).toBe(`http://127.0.0.1:${newsroom.port}`);
      const slow = new Set(['/stall', '/slow', '/huge', '/huge-chunked']);
      for (const { path } of NEWSROOM_ROUTES.filter((r) => !slow.has(r.path) && !r.path.startsWith('/bomb/'))) {
        const { res } = await fetchRaw(`${newsroom.url}${path}`);
        expect([200, 301, 302, 307, 403, 429, 500, 503]).toContain(res.statusCode);
        expect(newsroom.hits(path)).toBe(1);
      }
      expect((await fetchRaw(`${newsroom.url}/nope`)).res.statusCode).toBe(404);
    } finally {
      await newsroom.close();
    }
  });

  it('answers conditional requests with 304', async () => {
    const newsroom = await startMisbehavingNewsroom();
    try {
      const { res } = await fetchRaw(`${newsroom.url}/conditional/article.html`, { 'if-none-match': CONDITIONAL_ETAG });
      expect(res.statusCode).toBe(304);
      expect(newsroom.lastRequest('/conditional/article.html')?.['if-none-match']).toBe(CONDITIONAL_ETAG);
    } finally {
      await newsroom.close();
    }
  });

  it('closes promptly even with a stalled request open', async () => {
    const newsroom = await startMisbehavingNewsroom();
    const pending = fetchRaw(`${newsroom.url}/stall`).catch((err: Error) => err);
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    await newsroom.close();
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(await pending).toMatchObject({ code: 'ECONNRESET' });
  });
});
