import type { EntityType } from '../../types';

/**
 * The tagger's label set: BILOU over the four CoNLL types (Ratinov & Roth 2009: BILOU beats BIO by a clear
 * margin, because a token's label then says whether the name goes on, so "Bank" ending "Deutsche Bank" and "Bank"
 * starting "Bank of England" learn different weights). Index 0 is O; for type t (ENTITY_TYPES order) the labels
 * B, I, L, U are 1 + 4t + 0..3, so (label - 1) >> 2 recovers the type and (label - 1) & 3 the position.
 */
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
export const LABELS: readonly string[] = [
  'O',
  ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`]),
];
export const LABEL_COUNT = LABELS.length;
export const O = 0;
const B = 0;
const I = 1;
const L = 2;
const U = 3;

export function beginOf(type: EntityType): number {
  return 1 + 4 * ENTITY_TYPES.indexOf(type);
}

export function typeOfLabel(label: number): EntityType | null {
  return label === O ? null : ENTITY_TYPES[(label - 1) >> 2];
}

function position(label: number): number {
  return (label - 1) & 3;
}

/** The label closes no open entity: O, L-T or U-T. */
function isClosed(label: number): boolean {
  return label === O || position(label) >= L;
}

/**
 * "BILOU constraint": after O, L or U only O, B or U may follow; after B-T or I-T only I-T or L-T. The decoder
 * never leaves a name half-open in the middle of a sentence.
 */
export function allowedAfter(prev: number, label: number): boolean {
  if (isClosed(prev)) return label === O || position(label) === B || position(label) === U;
  const base = prev - position(prev);
  return label === base + I || label === base + L;
}

/** Label indices of a strict BIO tag sequence ("B-PER", "I-PER", "O"), as BILOU. */
export function fromBio(tags: string[]): Uint8Array {
  const out = new Uint8Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag === 'O' || tag.length < 3) continue;
    const base = beginOf(tag.slice(2) as EntityType);
    if (base < 1) continue;
    const continues = tags[i + 1] === `I-${tag.slice(2)}`;
    out[i] = tag[0] === 'B' ? base + (continues ? B : U) : base + (continues ? I : L);
  }
  return out;
}

/**
 * Token spans [first, last] (inclusive) of the entities in a label sequence. Lenient, so a sequence cut at a
 * sentence end still reads: a span starts at any entity label and runs over I and L labels of its type until L.
 */
export function labelSpans(labels: ArrayLike<number>): { first: number; last: number; type: EntityType }[] {
  const out: { first: number; last: number; type: EntityType }[] = [];
  for (let i = 0; i < labels.length; i++) {
    const type = typeOfLabel(labels[i]);
    if (!type) continue;
    let j = i;
    if (position(labels[i]) < L) {
      const base = beginOf(type);
      while (j + 1 < labels.length && (labels[j + 1] === base + I || labels[j + 1] === base + L)) {
        j++;
        if (labels[j] === base + L) break;
      }
    }
    out.push({ first: i, last: j, type });
    i = j;
  }
  return out;
}
