/**
 * Per-page body scores in the common article-extraction benchmark metric, the one score.mjs prints as its
 * headline (and that the published benchmark's evaluate.py computes): tokens are runs of letters, digits
 * and '_', case kept; a page's 4-token shingles (one shingle of all tokens when there are fewer than four)
 * are compared as multisets. score.mjs gives only the set means; this gives each page's precision and
 * recall, so that the worst pages of the tuning half can be read and sorted by what they cost.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  if (tokens.length < 4) return out.set(tokens.join(' '), 1);
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = `${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]} ${tokens[i + 3]}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  id: string;
  /** Null when the prediction has no shingle (the page then counts only in recall, as in the metric). */
  precision: number | null;
  recall: number | null;
  f1: number;
}

export function scorePage(id: string, predicted: string, truth: string): PageScore {
  const pred = shingles(predicted);
  const gold = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of gold) {
    const p = pred.get(key) ?? 0;
    tp += Math.min(count, p);
    fn += Math.max(0, count - p);
  }
  for (const [key, count] of pred) fp += Math.max(0, count - (gold.get(key) ?? 0));
  const exact = fp === 0 && fn === 0 && tp > 0;
  const precision = tp + fp > 0 ? (exact ? 1 : tp / (tp + fp)) : null;
  const recall = tp + fn > 0 ? (exact ? 1 : tp / (tp + fn)) : null;
  const p = precision ?? 0;
  const r = recall ?? 0;
  return { id, precision, recall, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/**
 * The pages that cost the half's mean precision and recall most, worst first: each page's loss is
 * (1 - P) + (1 - R), what it takes from the two means the headline F1 is made of.
 */
export function worstPages(scores: PageScore[], count: number): PageScore[] {
  const loss = (s: PageScore): number => 2 - (s.precision ?? 0) - (s.recall ?? 0);
  return [...scores].sort((a, b) => loss(b) - loss(a) || a.id.localeCompare(b.id)).slice(0, count);
}
