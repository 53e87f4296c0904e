/** A byte-order mark found at the start of the bytes: the encoding it names and how many bytes to skip. */
export interface BomMatch {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

/** BOM sniffing comes first in the WHATWG decode algorithm and overrides every declared charset. */
export function sniffBom(bytes: Uint8Array): BomMatch | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}
