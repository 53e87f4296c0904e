import { LABEL_COUNT } from './labels';
import { tokenFeatures } from './features';
import type { TaggerModel } from './model';
import type { TokenInfo } from './token-info';

/**
 * "Token score memo": the summed weights (all passes) of a token's token-only features (features.ts
 * tokenFeatures), computed once per distinct TokenInfo and model. Words repeat within and across articles, so this
 * replaces about 28 of a scored token's 61 weight look-ups with one memo hit. TokenInfos are themselves memoised
 * and bounded (token-info.ts); a WeakMap lets a score die with its TokenInfo.
 */
const memos = new WeakMap<TaggerModel, WeakMap<TokenInfo, Float32Array>>();
const KEYS = new Uint32Array(64);

export function tokenScores(model: TaggerModel, t: TokenInfo): Float32Array {
  let memo = memos.get(model);
  if (!memo) memos.set(model, (memo = new WeakMap()));
  let scores = memo.get(t);
  if (scores) return scores;
  scores = new Float32Array(model.passes.length * LABEL_COUNT);
  const n = tokenFeatures(t, KEYS, 0);
  const { index, entries } = model.combined;
  for (let k = 0; k < n; k++) {
    const code = index.get(KEYS[k]);
    if (code < 0) continue;
    const start = 2 * (code >>> 6);
    const end = start + 2 * (code & 63);
    for (let j = start; j < end; j += 2) scores[entries[j]] += entries[j + 1];
  }
  memo.set(t, scores);
  return scores;
}
