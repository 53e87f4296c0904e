import { LABEL_COUNT, O, typeOfLabel } from '../labels';
import { bestAllowed } from '../decode';
import { MAX_HISTORY_FEATURES, historyFeatures } from '../features';
import type { TokenInfo } from '../token-info';
import { seededRandom, shuffled } from './seeded-random';

/**
 * Averaged perceptron (Collins 2002) for the greedy tagger. Training decodes each sentence with the current
 * weights exactly as decode.ts does at run time (own previous labels as history, BIO constraint) and, on each
 * wrong label, adds the token's features to the gold label's row and subtracts them from the predicted one.
 * The returned weights are the average over all steps ("averaging": w - u / c, with u accumulating c * update),
 * which generalises far better than the last weights.
 *
 * Static features seen fewer than minCount times in the training data get no row ("count cut-off"): they are
 * mostly one-off word pairs that only memorise. History features always get a row.
 *
 * "Partial annotation": a corpus that does not annotate MISC (UNER, BTC) never penalises a MISC prediction on a
 * token it labels O, since its O only means "not PER, ORG or LOC" there.
 */
export interface TrainingDoc {
  info: TokenInfo[];
  sentences: [number, number][];
  keys: Uint32Array;
  offsets: Int32Array;
  gold: Uint8Array;
  annotatesMisc: boolean;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  minCount: number;
  /** Called after each epoch with the averaged weights so far (for progress on a dev set). */
  onEpoch?: (epoch: number, weights: { keys: Uint32Array; weights: Float32Array }, errors: number) => void;
}

class Weights {
  rows = new Map<number, number>();
  w = new Float32Array(1 << 20);
  u = new Float64Array(1 << 20);
  count = 0;

  rowOf(key: number, create: boolean): number {
    const r = this.rows.get(key);
    if (r !== undefined) return r;
    if (!create) return -1;
    const row = this.count++;
    this.rows.set(key, row);
    if (this.count * LABEL_COUNT > this.w.length) {
      const w = new Float32Array(this.w.length * 2);
      w.set(this.w);
      this.w = w;
      const u = new Float64Array(this.u.length * 2);
      u.set(this.u);
      this.u = u;
    }
    return row;
  }

  averaged(steps: number): { keys: Uint32Array; weights: Float32Array } {
    const keys = new Uint32Array(this.count);
    const weights = new Float32Array(this.count * LABEL_COUNT);
    for (const [key, row] of this.rows) keys[row] = key;
    for (let k = 0; k < this.count * LABEL_COUNT; k++) weights[k] = this.w[k] - this.u[k] / steps;
    return { keys, weights };
  }
}

export function trainPerceptron(
  docs: TrainingDoc[],
  options: TrainOptions,
): { keys: Uint32Array; weights: Float32Array } {
  const model = new Weights();
  const counts = new Map<number, number>();
  for (const d of docs) for (const k of d.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const [k, c] of counts) if (c >= options.minCount) model.rowOf(k, true);
  counts.clear();
  // Static keys resolved to rows once; -1 for cut-off features.
  const staticRows = docs.map((d) => Int32Array.from(d.keys, (k) => model.rowOf(k, false)));

  const random = seededRandom(options.seed);
  const scores = new Float64Array(LABEL_COUNT);
  const hist = new Uint32Array(MAX_HISTORY_FEATURES);
  const histRows = new Int32Array(MAX_HISTORY_FEATURES);
  let steps = 1;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let errors = 0;
    for (const di of shuffled(
      docs.map((_, i) => i),
      random,
    )) {
      const d = docs[di];
      const rows = staticRows[di];
      for (const [s, e] of d.sentences) {
        let p1 = O;
        let p2 = O;
        for (let i = s; i < e; i++) {
          const from = d.offsets[i];
          const to = d.offsets[i + 1];
          scores.fill(0);
          const w = model.w;
          for (let k = from; k < to; k++) {
            const r = rows[k];
            if (r < 0) continue;
            const base = r * LABEL_COUNT;
            for (let l = 0; l < LABEL_COUNT; l++) scores[l] += w[base + l];
          }
          const h = historyFeatures(d.info[i], p1, p2, hist, 0);
          for (let k = 0; k < h; k++) {
            const r = model.rowOf(hist[k], false);
            histRows[k] = r;
            if (r < 0) continue;
            const base = r * LABEL_COUNT;
            for (let l = 0; l < LABEL_COUNT; l++) scores[l] += w[base + l];
          }
          const guess = bestAllowed(scores, p1);
          const gold = d.gold[i];
          const excused = !d.annotatesMisc && gold === O && typeOfLabel(guess) === 'MISC';
          if (guess !== gold && !excused) {
            errors++;
            for (let k = 0; k < h; k++) if (histRows[k] < 0) histRows[k] = model.rowOf(hist[k], true);
            const ww = model.w;
            const u = model.u;
            const update = (r: number): void => {
              const g = r * LABEL_COUNT + gold;
              const b = r * LABEL_COUNT + guess;
              ww[g] += 1;
              u[g] += steps;
              ww[b] -= 1;
              u[b] -= steps;
            };
            for (let k = from; k < to; k++) if (rows[k] >= 0) update(rows[k]);
            for (let k = 0; k < h; k++) update(histRows[k]);
          }
          steps++;
          p2 = p1;
          p1 = guess;
        }
      }
    }
    options.onEpoch?.(epoch, model.averaged(steps), errors);
  }
  return model.averaged(steps);
}

/**
 * Drops rows whose every weight is below minAbs in magnitude, then zeroes single weights below minWeight (both
 * barely move a decision; fewer rows and weights mean a smaller file and fewer cache misses at run time).
 */
export function pruneRows(
  m: { keys: Uint32Array; weights: Float32Array },
  minAbs: number,
  minWeight = 0,
): { keys: Uint32Array; weights: Float32Array } {
  const keep: number[] = [];
  for (let r = 0; r < m.keys.length; r++) {
    let max = 0;
    for (let l = 0; l < LABEL_COUNT; l++) max = Math.max(max, Math.abs(m.weights[r * LABEL_COUNT + l]));
    if (max >= minAbs) keep.push(r);
  }
  const keys = new Uint32Array(keep.length);
  const weights = new Float32Array(keep.length * LABEL_COUNT);
  keep.forEach((r, i) => {
    keys[i] = m.keys[r];
    weights.set(m.weights.subarray(r * LABEL_COUNT, (r + 1) * LABEL_COUNT), i * LABEL_COUNT);
  });
  if (minWeight > 0) for (let k = 0; k < weights.length; k++) if (Math.abs(weights[k]) < minWeight) weights[k] = 0;
  return { keys, weights };
}
