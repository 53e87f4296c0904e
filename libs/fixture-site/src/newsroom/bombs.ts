import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';

/**
 * Compression bombs: tiny bodies that inflate to `BOMB_INFLATED_BYTES` of zeros. Built once, lazily, so
 * importing the fixture costs nothing.
 */
export const BOMB_INFLATED_BYTES = 32 * 1024 * 1024;

let cache: { gzip: Buffer; deflate: Buffer; br: Buffer } | undefined;

export function compressionBombs(): { gzip: Buffer; deflate: Buffer; br: Buffer } {
  if (!cache) {
    const zeros = Buffer.alloc(BOMB_INFLATED_BYTES);
    cache = {
      gzip: gzipSync(zeros, { level: 9 }),
      deflate: deflateSync(zeros, { level: 9 }),
      br: brotliCompressSync(zeros, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
    };
  }
  return cache;
}
