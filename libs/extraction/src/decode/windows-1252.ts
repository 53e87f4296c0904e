/**
 * windows-1252 decoder. Node 20's built-in TextDecoder('windows-1252') takes a Latin-1 fast path that silently
 * drops bytes 0x80-0x9F (curly quotes, dashes, the euro sign), so we decode this encoding ourselves: the
 * WHATWG index for 0x80-0x9F, Latin-1 for every other byte.
 */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  const codes = new Uint16Array(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? HIGH_CONTROL_RANGE[b - 0x80] : b;
    }
    chunks.push(String.fromCharCode(...codes.subarray(0, end - start)));
  }
  return chunks.join('');
}

/** Decodes with a WHATWG encoding name, routing windows-1252 to our own decoder; never throws. */
export function decodeBytes(encoding: string, bytes: Uint8Array): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  }
}
