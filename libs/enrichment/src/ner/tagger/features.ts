import { hashString, mix, mix3 } from './hashing';
import {
  F_ALL_CAPS,
  F_ALL_DIGITS,
  F_INIT_CAP,
  F_PUNCT,
  F_SENTENCE_START,
  FLAG_BITS,
  LEXICON_BITS,
  TokenInfo,
} from './token-info';

/**
 * Feature templates of the tagger (Ratinov & Roth 2009's local features, plus the project's own knowledge):
 * word, lower case, shape and affixes of the token; words, shapes and clusters in a window of two; word
 * clusters at four granularities; orthographic flags; lexicon and gazetteer membership; the rule recogniser's
 * label of the token and its neighbours; document-level case evidence; and (history) the labels already given to
 * the two previous tokens. Every feature is a 32-bit key: mix(template id, value).
 */
export interface FeatureContext {
  info: TokenInfo[];
  /** Rule recogniser's BIO label per token (rule-tags.ts). */
  rules: Uint8Array;
  /** Gazetteer code per token (gazetteer-tags.ts). */
  gazetteer: Uint8Array;
  /** Document case evidence per token (document-features.ts). */
  docCase: Uint8Array;
  /** 1 when the token's sentence is a capitals-only line (a headline or a dateline). */
  headline: Uint8Array;
  /** "Capitalised run": for a token inside a run of capitalised tokens, the run's first and last token index. */
  runFirst: Int32Array;
  runLast: Int32Array;
  /** Training name list code per token (name-list.ts). */
  names: Uint8Array;
}

/**
 * Capitalised runs of each sentence (maximal sequences of tokens with a capital first letter): the phrase-level
 * context a name's head word gives ("Manchester United", "Bank of Tokyo" is two runs; "of" is learnt from the
 * window). -1 outside runs.
 */
export function capitalisedRuns(
  info: TokenInfo[],
  sentences: [number, number][],
): { runFirst: Int32Array; runLast: Int32Array } {
  const runFirst = new Int32Array(info.length).fill(-1);
  const runLast = new Int32Array(info.length).fill(-1);
  for (const [s, e] of sentences) {
    let i = s;
    while (i < e) {
      if (!(info[i].flags & F_INIT_CAP)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < e && info[j + 1].flags & F_INIT_CAP) j++;
      for (let k = i; k <= j; k++) {
        runFirst[k] = i;
        runLast[k] = j;
      }
      i = j + 1;
    }
  }
  return { runFirst, runLast };
}

/** Upper bound on static features per token (sizes the buffers). */
export const MAX_STATIC_FEATURES = 160;
export const MAX_HISTORY_FEATURES = 5;

const BOS = hashString('<s>');
const EOS = hashString('</s>');
const NO_CLUSTER = 0xffff;
const CASE_MASK = F_INIT_CAP | F_ALL_CAPS | F_PUNCT | F_ALL_DIGITS;

/**
 * "Token-only features": the static features that depend on the token's TokenInfo alone (its word, shape,
 * affixes, clusters, flags and lexicons: 25 to 30 of its about 61), so their summed weights can be computed once
 * per distinct word and reused (token-scores.ts) instead of looked up again at every occurrence.
 */
export function tokenFeatures(t: TokenInfo, out: Uint32Array, pos: number): number {
  out[pos++] = mix(1, 0);
  out[pos++] = mix(2, t.word);
  out[pos++] = mix(3, t.lower);
  out[pos++] = mix(4, t.shape);
  out[pos++] = mix(5, t.shortShape);
  for (let k = 0; k < 4; k++) {
    if (t.prefixes[k]) out[pos++] = mix(6 + k, t.prefixes[k]);
    if (t.suffixes[k]) out[pos++] = mix(10 + k, t.suffixes[k]);
  }
  for (let l = 0; l < 4; l++) out[pos++] = mix3(26, l, t.clusters[l] < 0 ? NO_CLUSTER : t.clusters[l]);
  out[pos++] = mix3(29, t.clusters[1], t.shortShape);
  out[pos++] = mix3(30, t.clusters[0], t.flags & (F_SENTENCE_START | F_INIT_CAP | F_ALL_CAPS));
  for (let b = 0; b < FLAG_BITS; b++) if (t.flags & (1 << b)) out[pos++] = mix(31, b);
  out[pos++] = mix(32, t.flags);
  for (let b = 0; b < LEXICON_BITS; b++) {
    const bit = 1 << b;
    if (t.lexicon & bit) {
      out[pos++] = mix(35, b);
      out[pos++] = mix3(36, b, t.flags & (F_INIT_CAP | F_ALL_CAPS));
    }
  }
  return pos;
}

/**
 * Writes token i's static features (sentence [s, e)) into out from pos; returns the new end. withToken false
 * leaves out the token-only features (tokenFeatures), for a caller that adds their weights from a memo.
 */
export function staticFeatures(
  ctx: FeatureContext,
  i: number,
  s: number,
  e: number,
  out: Uint32Array,
  pos: number,
  withToken = true,
): number {
  const info = ctx.info;
  const t = info[i];
  const p = i > s ? info[i - 1] : null;
  const pp = i - 1 > s ? info[i - 2] : null;
  const n = i + 1 < e ? info[i + 1] : null;
  const nn = i + 2 < e ? info[i + 2] : null;
  const pLower = p ? p.lower : BOS;
  const nLower = n ? n.lower : EOS;
  const pShape = p ? p.shortShape : BOS;
  const nShape = n ? n.shortShape : EOS;

  if (withToken) pos = tokenFeatures(t, out, pos);
  out[pos++] = mix(14, pLower);
  out[pos++] = mix(15, nLower);
  out[pos++] = mix(16, pp ? pp.lower : BOS);
  out[pos++] = mix(17, nn ? nn.lower : EOS);
  out[pos++] = mix(18, p ? p.word : BOS);
  out[pos++] = mix(19, n ? n.word : EOS);
  out[pos++] = mix(20, pShape);
  out[pos++] = mix(21, nShape);
  out[pos++] = mix3(22, pLower, t.lower);
  out[pos++] = mix3(23, t.lower, nLower);
  out[pos++] = mix3(24, mix(pShape, t.shortShape), nShape);
  out[pos++] = mix3(25, pLower, nLower);
  for (let l = 0; l < 3; l++) {
    out[pos++] = mix3(27, l, p ? (p.clusters[l] < 0 ? NO_CLUSTER : p.clusters[l]) : BOS);
    out[pos++] = mix3(28, l, n ? (n.clusters[l] < 0 ? NO_CLUSTER : n.clusters[l]) : EOS);
  }
  out[pos++] = mix(33, p ? p.flags & CASE_MASK : 0xffff);
  out[pos++] = mix(34, n ? n.flags & CASE_MASK : 0xffff);
  for (let b = 0; b < LEXICON_BITS; b++) {
    const bit = 1 << b;
    if (p && p.lexicon & bit) out[pos++] = mix(37, b);
    if (n && n.lexicon & bit) out[pos++] = mix(38, b);
  }
  const gz = ctx.gazetteer;
  out[pos++] = mix(39, gz[i]);
  out[pos++] = mix(40, i > s ? gz[i - 1] : 0xff);
  out[pos++] = mix(41, i + 1 < e ? gz[i + 1] : 0xff);
  const r = ctx.rules;
  out[pos++] = mix(42, r[i]);
  out[pos++] = mix(43, i > s ? r[i - 1] : 0xff);
  out[pos++] = mix(44, i + 1 < e ? r[i + 1] : 0xff);
  out[pos++] = mix3(45, r[i], t.shortShape);
  out[pos++] = mix3(46, r[i], gz[i]);
  out[pos++] = mix3(47, r[i], t.clusters[1]);
  out[pos++] = mix(48, ctx.docCase[i]);
  out[pos++] = mix3(49, ctx.docCase[i], t.flags & (F_INIT_CAP | F_ALL_CAPS | F_SENTENCE_START));
  out[pos++] = mix(50, i === s ? 0 : i === s + 1 ? 1 : 2);
  out[pos++] = mix3(51, ctx.headline[i], t.shortShape);
  out[pos++] = mix3(52, ctx.headline[i], r[i]);
  const nm = ctx.names;
  out[pos++] = mix(66, nm[i]);
  out[pos++] = mix3(67, nm[i], t.shortShape);
  out[pos++] = mix(68, i > s ? nm[i - 1] : 0xff);
  out[pos++] = mix(69, i + 1 < e ? nm[i + 1] : 0xff);
  out[pos++] = mix3(70, nm[i], r[i]);
  const rf = ctx.runFirst[i];
  if (rf >= 0 && !ctx.headline[i]) {
    const rl = ctx.runLast[i];
    const len = rl - rf + 1;
    const first = info[rf];
    const last = info[rl];
    out[pos++] = mix3(53, Math.min(len, 5), Math.min(i - rf, 4));
    out[pos++] = mix3(54, last.lower, i === rl ? 1 : 0);
    out[pos++] = mix3(55, first.lower, i === rf ? 1 : 0);
    out[pos++] = mix3(56, last.clusters[0], i === rl ? 1 : 0);
    out[pos++] = mix(57, rf > s ? info[rf - 1].lower : BOS);
    out[pos++] = mix(58, rl + 1 < e ? info[rl + 1].lower : EOS);
  }
  return pos;
}

/** History features: the labels already decided for the two previous tokens, alone and with this token. */
export function historyFeatures(t: TokenInfo, p1: number, p2: number, out: Uint32Array, pos: number): number {
  out[pos++] = mix(60, p1);
  out[pos++] = mix3(61, p1, p2);
  out[pos++] = mix3(62, p1, t.lower);
  out[pos++] = mix3(63, p1, t.shortShape);
  out[pos++] = mix3(64, p1, t.clusters[1]);
  return pos;
}
