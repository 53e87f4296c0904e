import { LABEL_COUNT, O, allowedAfter } from './labels';
import { MAX_HISTORY_FEATURES, historyFeatures } from './features';
import type { PassWeights, TaggerModel } from './model';
import type { TokenInfo } from './token-info';
import { tokenScores } from './token-scores';

/**
 * Greedy left-to-right decoding with history features (Ratinov & Roth found it as accurate as Viterbi for NER
 * and several times faster): each token's label is the best-scoring one allowed after the previous label (BIO
 * constraint), given its static features, the labels of the two previous tokens and, in the second pass, the
 * document consistency features.
 */

/** Adds the weight rows of keys[from..to) to scores. */
export function addScores(pass: PassWeights, keys: Uint32Array, from: number, to: number, scores: Float64Array): void {
  const { index, rowStart, labels, values } = pass;
  for (let k = from; k < to; k++) {
    const row = index.get(keys[k]);
    if (row < 0) continue;
    const end = rowStart[row + 1];
    for (let j = rowStart[row]; j < end; j++) scores[labels[j]] += values[j];
  }
}

/** The best label allowed after prev (ties: the lower index, so O wins a tie). */
export function bestAllowed(scores: Float64Array, prev: number): number {
  let best = O;
  let bestScore = -Infinity;
  for (let l = 0; l < LABEL_COUNT; l++) {
    if (scores[l] > bestScore && allowedAfter(prev, l)) {
      best = l;
      bestScore = scores[l];
    }
  }
  return best;
}

/**
 * "Reused score buffer": a long article's static scores are half a megabyte; allocated fresh per article they
 * cost more (zeroing, page faults, garbage collection) than the look-ups that fill them. Grown, never shrunk: the
 * largest article seen so far bounds it.
 */
let SCRATCH = new Float64Array(1 << 16);

function scratch(size: number): Float64Array {
  if (SCRATCH.length < size) SCRATCH = new Float64Array(Math.max(size, 2 * SCRATCH.length));
  return SCRATCH.length === size ? SCRATCH : SCRATCH.subarray(0, size);
}

// Scratch buffers of fixed size, reused by every call (never grown, so a failed call cannot corrupt later ones).
const SCORES = new Float64Array(LABEL_COUNT);
const HISTORY = new Uint32Array(MAX_HISTORY_FEATURES);

/**
 * Decodes the sentence [s, e) with one pass's weights. Token i starts from its static scores,
 * base[i * stride + baseOffset .. + LABEL_COUNT) (computed once for all passes, see staticScores), adds the
 * weights of its extra feature keys extraKeys[extraOffsets[i]..extraOffsets[i+1]) (the second pass's consistency
 * features; none in the first pass) and of its history features. Writes labels[s..e). Tokens that are not
 * candidates (when given) are labelled O without scoring.
 * Greedy, exactly as in training: a beam of 4 over the summed scores was tried and fell from 91.0 to 17.6 F1 on
 * CoNLL dev, because a greedily trained model's scores after histories it never chose are not comparable.
 */
export function decodeSentence(
  pass: PassWeights,
  info: TokenInfo[],
  base: Float64Array,
  stride: number,
  baseOffset: number,
  extra: { keys: Uint32Array; offsets: Int32Array } | null,
  s: number,
  e: number,
  labels: Uint8Array,
  candidates: Uint8Array | null = null,
): void {
  const scores = SCORES;
  const hist = HISTORY;
  let p1 = O;
  let p2 = O;
  for (let i = s; i < e; i++) {
    if (candidates && !candidates[i]) {
      // Not scored (candidates.ts): O, closing a name left open before it (B → U, I → L).
      if (p1 !== O && ((p1 - 1) & 3) < 2) labels[i - 1] = p1 + (((p1 - 1) & 3) === 0 ? 3 : 1);
      labels[i] = O;
      p2 = i > s ? labels[i - 1] : O;
      p1 = O;
      continue;
    }
    const b = i * stride + baseOffset;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l] = base[b + l];
    if (extra) addScores(pass, extra.keys, extra.offsets[i], extra.offsets[i + 1], scores);
    const h = historyFeatures(info[i], p1, p2, hist, 0);
    addScores(pass, hist, 0, h, scores);
    const label = bestAllowed(scores, p1);
    labels[i] = label;
    p2 = p1;
    p1 = label;
  }
}

/**
 * Static scores of every token for every pass, n * passes * LABEL_COUNT, with one look-up per feature key in the
 * model's combined table. With memoised, only candidate tokens are scored and their keys lack the token-only
 * features, whose weights come from the token score memo; the result is then a shared scratch buffer, valid until
 * the next call, whose rows of other tokens hold stale numbers (the decoder never reads them).
 */
export function staticScores(
  model: TaggerModel,
  keys: Uint32Array,
  offsets: Int32Array,
  n: number,
  memoised: { info: TokenInfo[]; candidates: Uint8Array } | null = null,
): Float64Array {
  const stride = model.passes.length * LABEL_COUNT;
  const out = memoised ? scratch(n * stride) : new Float64Array(n * stride);
  const { index, entries } = model.combined;
  for (let i = 0; i < n; i++) {
    const b = i * stride;
    if (memoised) {
      // keys hold only the context features; the token-only ones come summed from the memo (token-scores.ts).
      if (!memoised.candidates[i]) continue;
      const own = tokenScores(model, memoised.info[i]);
      for (let l = 0; l < stride; l++) out[b + l] = own[l];
    }
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const code = index.get(keys[k]);
      if (code < 0) continue;
      const start = 2 * (code >>> 6);
      const end = start + 2 * (code & 63);
      for (let j = start; j < end; j += 2) out[b + entries[j]] += entries[j + 1];
    }
  }
  return out;
}
