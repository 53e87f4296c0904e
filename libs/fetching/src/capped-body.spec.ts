import { Readable } from 'node:stream';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { readCappedBody } from './capped-body';

const text = Buffer.from('<p>' + 'news '.repeat(2000) + '</p>');
const limits = { maxResponseBytes: 1 << 20, maxDecompressedBytes: 1 << 20 };
const chunked = (buf: Buffer, size = 1024) =>
  Readable.from(Array.from({ length: Math.ceil(buf.length / size) }, (_, i) => buf.subarray(i * size, (i + 1) * size)));

describe('readCappedBody', () => {
  it.each([
    ['identity', undefined, text],
    ['gzip', 'gzip', gzipSync(text)],
    ['x-gzip', 'x-gzip', gzipSync(text)],
    ['zlib deflate', 'deflate', deflateSync(text)],
    ['raw deflate', 'deflate', deflateRawSync(text)],
    ['brotli', 'br', brotliCompressSync(text)],
    ['stacked gzip, br', 'gzip, br', brotliCompressSync(gzipSync(text))],
  ])('decodes %s', async (_name, encoding, wire) => {
    const result = await readCappedBody(chunked(wire), encoding, limits, 'http://x/');
    expect(result.body.equals(text)).toBe(true);
    expect(result.wireBytes).toBe(wire.length);
  });

  it('stops at the wire cap', async () => {
    await expect(
      readCappedBody(chunked(Buffer.alloc(10_000)), undefined, { ...limits, maxResponseBytes: 5000 }, 'http://x/'),
    ).rejects.toMatchObject({ code: 'too-large' });
  });

  it.each([
    ['gzip', gzipSync(Buffer.alloc(8 << 20))],
    ['deflate', deflateSync(Buffer.alloc(8 << 20))],
    ['br', brotliCompressSync(Buffer.alloc(8 << 20))],
  ])('stops a %s bomb at the decoded cap', async (encoding, bomb) => {
    expect(bomb.length).toBeLessThan(limits.maxResponseBytes);
    await expect(readCappedBody(chunked(bomb), encoding, limits, 'http://x/')).rejects.toMatchObject({
      code: 'decompression-bomb',
    });
  });

  it('refuses unknown encodings', async () => {
    await expect(readCappedBody(chunked(text), 'compress', limits, 'http://x/')).rejects.toMatchObject({
      code: 'unsupported-encoding',
    });
  });

  it('reports a corrupt compressed body as a failure', async () => {
    await expect(
      readCappedBody(chunked(Buffer.from('not gzip at all')), 'gzip', limits, 'http://x/'),
    ).rejects.toMatchObject({
      name: 'FetchFailure',
    });
  });

  describe('truncation mode', () => {
    const cut = { maxResponseBytes: 5000, maxDecompressedBytes: 1 << 20, truncateOversizedBodies: true };
    const big = Buffer.from('x'.repeat(20_000));

    it('returns the first maxResponseBytes of an oversized plain body', async () => {
      const r = await readCappedBody(chunked(big, 1000), undefined, cut, 'http://x/');
      expect(r.truncated).toBe(true);
      expect(r.body.length).toBe(5000);
    });

    it('cuts a compressed body at the cap too', async () => {
      const r = await readCappedBody(chunked(gzipSync(big), 100), 'gzip', cut, 'http://x/');
      expect(r.truncated).toBe(true);
      expect(r.body.equals(big.subarray(0, 5000))).toBe(true);
    });

    it('leaves small bodies alone', async () => {
      const r = await readCappedBody(chunked(text), undefined, { ...cut, maxResponseBytes: 1 << 20 }, 'http://x/');
      expect(r).toMatchObject({ truncated: false });
      expect(r.body.equals(text)).toBe(true);
    });
  });
});
