import { mix, mix3 } from './hashing';
import { ENTITY_TYPES, O, labelSpans, typeOfLabel } from './labels';
import type { TaggerDoc } from './tagger-doc';
import { sentenceRanges } from './tagger-doc';
import type { TokenInfo } from './token-info';

/**
 * Document-level features, in two kinds.
 *
 * "Document case evidence" (first pass): whether the token's lower-cased form occurs elsewhere in the article in
 * lower case, or capitalised mid-sentence. A capital at a sentence start or in a capitals-only headline says
 * nothing; the same word mid-sentence elsewhere does ("BRUSSELS" in a dateline, "Brussels" in the text).
 *
 * "Document consistency" (second pass, Ratinov & Roth's non-local features): after a first pass over the whole
 * article, each token learns how the same word was typed elsewhere in it (the majority type, the type of its first
 * mention, which types occurred), so "Juventus" typed ORG in "Juventus beat Milan" carries to "at Juventus", and a
 * surname typed PER in the full name carries to the bare surname. The second pass sees these and decides again.
 */
export const DC_LOWER = 1;
export const DC_CAP_MID = 2;
export const DC_ALL_CAPS = 4;

/** Document case evidence bits per token, and the capitals-only-line flag per token. */
export function documentCase(doc: TaggerDoc, info: TokenInfo[]): { docCase: Uint8Array; headline: Uint8Array } {
  const n = doc.tokens.length;
  const seen = new Map<string, number>();
  const sentenceStart = new Uint8Array(n);
  const headline = new Uint8Array(n);
  for (const [s, e] of sentenceRanges(doc)) {
    sentenceStart[s] = 1;
    let letters = 0;
    let caps = 0;
    for (let i = s; i < e; i++) {
      if (!info[i].hasLetter) continue;
      letters++;
      if (info[i].upper) caps++;
    }
    if (letters >= 2 && caps === letters) headline.fill(1, s, e);
  }
  for (let i = 0; i < n; i++) {
    const t = info[i];
    if (!t.hasLetter) continue;
    const w = doc.tokens[i].text;
    const lower = t.lowerText;
    let bits = 0;
    if (w === lower) bits = DC_LOWER;
    else if (w.length > 1 && t.upper) bits = headline[i] ? 0 : DC_ALL_CAPS;
    else if (!sentenceStart[i] && !headline[i]) bits = DC_CAP_MID;
    if (bits) seen.set(lower, (seen.get(lower) ?? 0) | bits);
  }
  const docCase = new Uint8Array(n);
  for (let i = 0; i < n; i++) docCase[i] = seen.get(info[i].lowerText) ?? 0;
  return { docCase, headline };
}

/**
 * Per-article summary of a first pass, for the consistency features: for each word (lower case, letters, not a
 * function word) the entity types its tokens received and the type of its first entity mention.
 */
export interface FirstPassSummary {
  labels: Uint8Array;
  keyOf: (string | null)[];
  counts: Map<string, Int32Array>;
  firstType: Map<string, number>;
}

export function summarizeFirstPass(info: TokenInfo[], labels: Uint8Array): FirstPassSummary {
  const keyOf: (string | null)[] = info.map((t) => (t.hasLetter && !t.functionWord ? t.lowerText : null));
  const counts = new Map<string, Int32Array>();
  const firstType = new Map<string, number>();
  for (const span of labelSpans(labels)) {
    const type = ENTITY_TYPES.indexOf(span.type);
    for (let i = span.first; i <= span.last; i++) {
      const key = keyOf[i];
      if (!key) continue;
      let c = counts.get(key);
      if (!c) counts.set(key, (c = new Int32Array(ENTITY_TYPES.length)));
      c[type]++;
      if (!firstType.has(key)) firstType.set(key, type);
    }
  }
  return { labels, keyOf, counts, firstType };
}

/** Writes token i's consistency features (sentence [s, e)) from pos; returns the new end. */
export function consistencyFeatures(
  sum: FirstPassSummary,
  info: TokenInfo,
  i: number,
  s: number,
  e: number,
  out: Uint32Array,
  pos: number,
): number {
  const own = sum.labels[i];
  out[pos++] = mix(80, own);
  out[pos++] = mix(81, i > s ? sum.labels[i - 1] : 0xff);
  out[pos++] = mix(82, i + 1 < e ? sum.labels[i + 1] : 0xff);
  out[pos++] = mix3(83, own, info.shortShape);
  const key = sum.keyOf[i];
  const c = key ? sum.counts.get(key) : undefined;
  if (!c) {
    out[pos++] = mix(84, 0xff);
    return pos;
  }
  // Others' votes: this token's own first-pass type does not count for itself.
  const ownType = typeOfLabel(own);
  let best = -1;
  let bestCount = 0;
  let total = 0;
  for (let t = 0; t < c.length; t++) {
    const votes = c[t] - (ownType !== null && ENTITY_TYPES[t] === ownType ? 1 : 0);
    total += votes;
    if (votes > 0) out[pos++] = mix(85, t);
    if (votes > bestCount) {
      best = t;
      bestCount = votes;
    }
  }
  out[pos++] = mix(84, best < 0 ? 0xfe : best);
  out[pos++] = mix3(86, best < 0 ? 0xfe : best, own);
  out[pos++] = mix3(87, best < 0 ? 0xfe : best, bestCount === total ? 1 : 0);
  const first = sum.firstType.get(key!);
  out[pos++] = mix3(88, first ?? 0xfe, own === O ? 0 : 1);
  return pos;
}

export const MAX_CONSISTENCY_FEATURES = 12;
