import { HashIndex } from './hash-index';
import { LABEL_COUNT } from './labels';
import type { WordClusters } from './word-clusters';
import type { NameList } from './name-list';

/**
 * A trained tagger: one weight table per pass (first pass: local features; second pass: local plus document
 * consistency features), and the word clusters its features read. Weights are dense rows of LABEL_COUNT floats,
 * one row per kept feature key.
 */
export interface PassWeights {
  keys: Uint32Array;
  /** keys.length * LABEL_COUNT weights, row-major. */
  weights: Float32Array;
  index: HashIndex;
  /**
   * "Sparse rows": the non-zero weights of row r are labels[rowStart[r]..rowStart[r+1]) with values[...]. An
   * averaged perceptron's row has about 4 non-zero labels of 17, so scoring adds a quarter of the numbers.
   */
  rowStart: Int32Array;
  labels: Uint8Array;
  values: Float32Array;
}

export interface TaggerModel {
  passes: PassWeights[];
  /**
   * "One look-up for both passes": every static feature key of any pass, with its rows of all passes in one sparse
   * row whose label indices are pass * LABEL_COUNT + label. The static features are the same in both passes, so
   * the second pass reuses the first's look-ups and only looks up its consistency and history features.
   */
  combined: CombinedWeights;
  clusters: WordClusters;
  /** The training name list (name-list.ts), null for a model trained without it. */
  names: NameList | null;
  /** Free-form provenance: training data, epochs, seed, dev scores. */
  meta: Record<string, unknown>;
}

/**
 * The combined table, packed for locality: index maps a key to (entry offset << 6) | entry count, and entry k is
 * entries[2k] = pass * LABEL_COUNT + label, entries[2k + 1] = weight. A hit then touches one slot and one run of
 * entries instead of four arrays (measured: most of the tagger's time was cache misses on those arrays).
 */
export interface CombinedWeights {
  index: HashIndex;
  entries: Float32Array;
}

export function taggerModel(
  passes: PassWeights[],
  clusters: WordClusters,
  names: NameList | null,
  meta: Record<string, unknown>,
): TaggerModel {
  const rowsOf = new Map<number, number[]>();
  passes.forEach((p, k) => {
    for (let r = 0; r < p.keys.length; r++) {
      const rows = rowsOf.get(p.keys[r]) ?? new Array<number>(passes.length).fill(-1);
      rows[k] = r;
      rowsOf.set(p.keys[r], rows);
    }
  });
  const keys = new Uint32Array(rowsOf.size);
  const codes = new Int32Array(rowsOf.size);
  let size = 0;
  for (const rows of rowsOf.values())
    rows.forEach((r, k) => (size += r < 0 ? 0 : passes[k].rowStart[r + 1] - passes[k].rowStart[r]));
  const entries = new Float32Array(2 * size);
  let n = 0;
  let row = 0;
  for (const [key, rows] of rowsOf) {
    const start = n;
    rows.forEach((r, k) => {
      if (r < 0) return;
      const p = passes[k];
      for (let j = p.rowStart[r]; j < p.rowStart[r + 1]; j++) {
        entries[2 * n] = k * LABEL_COUNT + p.labels[j];
        entries[2 * n++ + 1] = p.values[j];
      }
    });
    keys[row] = key;
    codes[row++] = (start << 6) | (n - start);
  }
  if (n >= 1 << 25 || passes.length * LABEL_COUNT >= 64) throw new Error('tagger: model too large to pack');
  return { passes, combined: { index: new HashIndex(keys, codes), entries }, clusters, names, meta };
}

export function passWeights(keys: Uint32Array, weights: Float32Array): PassWeights {
  if (weights.length !== keys.length * LABEL_COUNT) throw new Error('tagger: weights do not match keys');
  let nonZero = 0;
  for (let k = 0; k < weights.length; k++) if (weights[k] !== 0) nonZero++;
  const rowStart = new Int32Array(keys.length + 1);
  const labels = new Uint8Array(nonZero);
  const values = new Float32Array(nonZero);
  let n = 0;
  for (let r = 0; r < keys.length; r++) {
    rowStart[r] = n;
    for (let l = 0; l < LABEL_COUNT; l++) {
      const w = weights[r * LABEL_COUNT + l];
      if (w === 0) continue;
      labels[n] = l;
      values[n++] = w;
    }
  }
  rowStart[keys.length] = n;
  return { keys, weights, index: new HashIndex(keys), rowStart, labels, values };
}
