import { ENTITY_TYPES, labelSpans } from '../labels';

/** Exact span + type, micro-averaged (conlleval's rules), per type and overall. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  gold: number;
  predicted: number;
}

export function scoreLabels(pairs: { gold: Uint8Array; predicted: Uint8Array }[]): Record<string, Prf> {
  const c: Record<string, { tp: number; gold: number; predicted: number }> = {};
  for (const t of [...ENTITY_TYPES, 'ALL']) c[t] = { tp: 0, gold: 0, predicted: 0 };
  for (const { gold, predicted } of pairs) {
    const g = new Set(labelSpans(gold).map((s) => `${s.first}:${s.last}:${s.type}`));
    for (const s of labelSpans(gold)) {
      c[s.type].gold++;
      c.ALL.gold++;
    }
    for (const s of labelSpans(predicted)) {
      c[s.type].predicted++;
      c.ALL.predicted++;
      if (g.has(`${s.first}:${s.last}:${s.type}`)) {
        c[s.type].tp++;
        c.ALL.tp++;
      }
    }
  }
  const out: Record<string, Prf> = {};
  for (const [t, { tp, gold, predicted }] of Object.entries(c)) {
    const p = tp / Math.max(1, predicted);
    const r = tp / Math.max(1, gold);
    out[t] = { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, gold, predicted };
  }
  return out;
}

export function formatScores(title: string, s: Record<string, Prf>): string {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  const lines = [`${title}\n  type    gold    P      R      F1\n`];
  for (const [t, x] of Object.entries(s))
    lines.push(`  ${t.padEnd(5)} ${String(x.gold).padStart(5)} ${pct(x.p)} ${pct(x.r)} ${pct(x.f1)}\n`);
  return lines.join('');
}
