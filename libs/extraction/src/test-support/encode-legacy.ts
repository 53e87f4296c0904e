import { decodeWindows1252 } from '../decode/windows-1252';

/**
 * Test helper: encodes text into a legacy encoding by inverting Node's TextDecoder (Node has no legacy
 * TextEncoder). Single bytes and two-byte sequences are enumerated once per encoding and cached.
 */
const tables = new Map<string, Map<string, number[]>>();

function tableFor(encoding: string): Map<string, number[]> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const table = new Map<string, number[]>();
  const decoder = encoding === 'windows-1252' ? null : new TextDecoder(encoding, { fatal: true });
  for (let a = 0x80; a <= 0xff; a++) {
    try {
      const ch = decoder ? decoder.decode(Uint8Array.of(a)) : decodeWindows1252(Uint8Array.of(a));
      if (!table.has(ch)) table.set(ch, [a]);
    } catch {
      // not a single-byte character in this encoding
    }
  }
  for (let a = 0x81; decoder && a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      try {
        const ch = decoder.decode(Uint8Array.of(a, b));
        if ([...ch].length === 1 && !table.has(ch)) table.set(ch, [a, b]);
      } catch {
        // invalid pair
      }
    }
  }
  tables.set(encoding, table);
  return table;
}

export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const table = tableFor(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`cannot encode ${ch} in ${encoding}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}
