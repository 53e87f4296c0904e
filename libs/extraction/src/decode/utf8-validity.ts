/** How well a byte string reads as UTF-8. */
export interface Utf8Validity {
  /** Well-formed multi-byte sequences. */
  multibyteSequences: number;
  /** Bytes or truncated sequences that are not valid UTF-8. */
  invalidSequences: number;
}

/**
 * Counts valid multi-byte sequences and invalid ones (overlongs, surrogates, stray continuation bytes and
 * truncated sequences all count as invalid), following the UTF-8 decoder of the Encoding standard.
 */
export function measureUtf8(bytes: Uint8Array, limit = bytes.length): Utf8Validity {
  let multibyteSequences = 0;
  let invalidSequences = 0;
  const end = Math.min(limit, bytes.length);
  let i = 0;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) needed = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      needed = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      needed = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      invalidSequences++;
      i++;
      continue;
    }
    let j = 1;
    let ok = true;
    for (; j <= needed; j++) {
      if (i + j >= bytes.length) {
        ok = i + j >= end && end < bytes.length; // a sequence cut by our own limit is not an error
        break;
      }
      const c = bytes[i + j];
      const lo = j === 1 ? lower : 0x80;
      const hi = j === 1 ? upper : 0xbf;
      if (c < lo || c > hi) {
        ok = false;
        break;
      }
    }
    if (ok) {
      multibyteSequences++;
      i += needed + 1;
    } else {
      invalidSequences++;
      i += Math.max(1, j);
    }
  }
  return { multibyteSequences, invalidSequences };
}

/**
 * "Mostly UTF-8" heuristic: a page whose non-ASCII bytes are almost all well-formed UTF-8 is UTF-8 with a few
 * damaged bytes (truncation, a pasted Latin-1 fragment); legacy-encoded text produces invalid sequences on
 * nearly every non-ASCII character, so the ratio separates the two cases cleanly.
 */
export function looksLikeUtf8(validity: Utf8Validity, declared = false): boolean {
  if (validity.invalidSequences === 0) return true;
  // A page that declares UTF-8 and has only a handful of bad bytes is damaged UTF-8 (browsers show U+FFFD),
  // not a mislabelled legacy page, which would fail on nearly every non-ASCII character.
  if (declared && validity.invalidSequences < 4) return true;
  return validity.invalidSequences * 4 < validity.multibyteSequences;
}
