/**
 * Scorers with the same rules as ../shared/devsets/score-ner.mjs (exact span and type, micro-averaged) and
 * score-geo.mjs (a gold toponym is right when an overlapping predicted place lies within 161 km).
 */
import type { GeoDoc, NerSentence } from './enrich-devsets';

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export interface Prf {
  p: number;
  r: number;
  f1: number;
  gold: number;
  predicted: number;
}

export type Span = { start: number; end: number; type: string };

export function scoreNer(
  gold: NerSentence[],
  pred: Map<string, Span[]>,
  types: readonly string[] = NER_TYPES,
): Record<string, Prf> {
  const c: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of [...types, 'ALL']) c[t] = { tp: 0, fp: 0, fn: 0 };
  const key = (e: Span): string => `${e.start}:${e.end}:${e.type}`;
  for (const g of gold) {
    const gs = new Set(g.entities.filter((e) => types.includes(e.type)).map(key));
    const ps = new Set((pred.get(g.id) ?? []).filter((e) => types.includes(e.type)).map(key));
    for (const k of ps) {
      const t = k.split(':')[2];
      const hit = gs.has(k) ? 'tp' : 'fp';
      c[t][hit]++;
      c.ALL[hit]++;
    }
    for (const k of gs)
      if (!ps.has(k)) {
        c[k.split(':')[2]].fn++;
        c.ALL.fn++;
      }
  }
  const out: Record<string, Prf> = {};
  for (const [t, { tp, fp, fn }] of Object.entries(c)) {
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, tp + fn);
    out[t] = { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, gold: tp + fn, predicted: tp + fp };
  }
  return out;
}

export interface PredictedPlace {
  lat: number | null;
  lon: number | null;
  mentions: { start: number; end: number }[];
}

export function scoreGeo(
  gold: GeoDoc[],
  pred: Map<string, PredictedPlace[]>,
): { total: number; detected: number; accuracy: number; meanErrorKm: number } {
  let total = 0;
  let found = 0;
  let right = 0;
  let errSum = 0;
  for (const g of gold) {
    const places = pred.get(g.id) ?? [];
    for (const t of g.toponyms) {
      total++;
      const hit = places.find((p) => p.mentions.some((m) => m.start < t.end && t.start < m.end));
      if (!hit || hit.lat === null || hit.lon === null || !Number.isFinite(hit.lat)) continue;
      found++;
      const e = km(hit.lat, hit.lon, t.lat, t.lon);
      errSum += e;
      if (e <= 161) right++;
    }
  }
  return {
    total,
    detected: found / Math.max(1, total),
    accuracy: right / Math.max(1, total),
    meanErrorKm: errSum / Math.max(1, found),
  };
}

function km(a: number, b: number, c: number, d: number): number {
  const r = Math.PI / 180;
  const x = Math.sin(((c - a) * r) / 2) ** 2 + Math.cos(a * r) * Math.cos(c * r) * Math.sin(((d - b) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(x));
}
