/**
 * Feature keys are 32-bit hashes ("hashed features"): a feature is never built as a string at run time, so the
 * tagger allocates nothing per feature. Each token's strings (word, lower case, shape, affixes) are hashed once
 * with FNV-1a and combined with a template id by an integer mixer (murmur3's finaliser). At about a million kept
 * features a 32-bit key collides for a few hundred pairs, which costs nothing measurable.
 */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two 32-bit values into one well-spread 32-bit key (order matters). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
