/**
 * Fits a conditional logit (softmax over each mention's candidates) by full-batch gradient descent with L2:
 * the loss of a mention is -log of the probability mass on its right candidates (those within 161 km of the gold
 * place). Deterministic: the start is all zeros and every step uses every mention (no sampling, so no seed).
 */
export interface TrainingGroup {
  /** One row per candidate. */
  features: number[][];
  /** Indices of the right candidates (at least one). */
  right: number[];
}

export interface FitOptions {
  iterations?: number;
  learningRate?: number;
  l2?: number;
}

export function fitPlaceModel(groups: TrainingGroup[], dims: number, opts: FitOptions = {}): number[] {
  const iterations = opts.iterations ?? 600;
  const lr = opts.learningRate ?? 0.5;
  const l2 = opts.l2 ?? 1e-3;
  const w = new Array<number>(dims).fill(0);
  // Adam moments: converges in a few hundred steps whatever the features' scales.
  const m = new Array<number>(dims).fill(0);
  const v = new Array<number>(dims).fill(0);
  const usable = groups.filter((g) => g.features.length > 1 && g.right.length && g.right.length < g.features.length);
  if (!usable.length) return w;
  for (let it = 1; it <= iterations; it++) {
    const grad = w.map((x) => l2 * x);
    for (const g of usable) {
      const s = g.features.map((x) => x.reduce((a, xi, i) => a + xi * w[i], 0));
      const max = Math.max(...s);
      const e = s.map((x) => Math.exp(x - max));
      const z = e.reduce((a, b) => a + b, 0);
      const zRight = g.right.reduce((a, i) => a + e[i], 0);
      // d(-log zRight/z)/dw = E_all[x] - E_right[x]
      for (let c = 0; c < g.features.length; c++) {
        const coef = (e[c] / z - (g.right.includes(c) ? e[c] / zRight : 0)) / usable.length;
        if (coef === 0) continue;
        const x = g.features[c];
        for (let i = 0; i < dims; i++) grad[i] += coef * x[i];
      }
    }
    for (let i = 0; i < dims; i++) {
      m[i] = 0.9 * m[i] + 0.1 * grad[i];
      v[i] = 0.999 * v[i] + 0.001 * grad[i] * grad[i];
      const mh = m[i] / (1 - 0.9 ** it);
      const vh = v[i] / (1 - 0.999 ** it);
      w[i] -= (lr * 0.1 * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return w.map((x) => Math.round(x * 1e4) / 1e4);
}

/** Share of groups whose top-scored candidate is a right one (ties go to the first). */
export function groupAccuracy(groups: TrainingGroup[], w: number[]): number {
  let ok = 0;
  for (const g of groups) {
    let best = 0;
    let bestScore = -Infinity;
    g.features.forEach((x, c) => {
      const s = x.reduce((a, xi, i) => a + xi * w[i], 0);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    });
    if (g.right.includes(best)) ok++;
  }
  return ok / Math.max(1, groups.length);
}
