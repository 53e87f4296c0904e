/** Scores for same-story similarities: ROC-AUC against a yes/no label and Pearson r against a graded score. */

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties count half). */
export function rocAuc(scores: number[], positive: boolean[]): number {
  const order = scores.map((s, i) => i).sort((a, b) => scores[a] - scores[b]);
  // Mann-Whitney U with mid-ranks for ties.
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++;
    const mid = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = mid;
    i = j + 1;
  }
  let positives = 0;
  let rankSum = 0;
  positive.forEach((p, i) => {
    if (p) {
      positives++;
      rankSum += ranks[i];
    }
  });
  const negatives = scores.length - positives;
  if (!positives || !negatives) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  if (n < 2) return NaN;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : NaN;
}
