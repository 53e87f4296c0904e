/**
 * CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of a Kafka record batch, computed eight bytes at
 * a time ("slicing-by-8", Intel's table-driven method): eight 256-entry tables let each step fold a 64-bit word with
 * eight independent lookups instead of eight dependent byte steps. kafkajs computes it one byte per step (its
 * crc32C.js): ~220 MB/s on this box, against ~1.8 GB/s here (words read through a DataView, the eight tables in one
 * flat array). It showed at 0.2-0.4 ms per article in each producing stage's profile.
 */
const POLYNOMIAL = 0x82f63b78;

/** TABLE[k * 256 + b]: the CRC of byte b followed by k zero bytes. */
const TABLE: Int32Array = (() => {
  const table = new Int32Array(8 * 256);
  for (let b = 0; b < 256; b++) {
    let crc = b;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ POLYNOMIAL : crc >>> 1;
    table[b] = crc;
  }
  for (let b = 0; b < 256; b++) {
    let crc = table[b];
    for (let k = 1; k < 8; k++) {
      crc = table[crc & 0xff] ^ (crc >>> 8);
      table[k * 256 + b] = crc;
    }
  }
  return table;
})();

/** The CRC-32C of `bytes` as an unsigned 32-bit integer (what kafkajs's crc32C returns). */
export function crc32c(bytes: Uint8Array): number {
  const t = TABLE;
  const words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  const end8 = n - (n & 7);
  let crc = -1;
  let i = 0;
  for (; i < end8; i += 8) {
    const lo = crc ^ words.getInt32(i, true);
    const hi = words.getInt32(i + 4, true);
    crc =
      t[1792 + (lo & 0xff)] ^
      t[1536 + ((lo >>> 8) & 0xff)] ^
      t[1280 + ((lo >>> 16) & 0xff)] ^
      t[1024 + (lo >>> 24)] ^
      t[768 + (hi & 0xff)] ^
      t[512 + ((hi >>> 8) & 0xff)] ^
      t[256 + ((hi >>> 16) & 0xff)] ^
      t[hi >>> 24];
  }
  for (; i < n; i++) crc = t[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
