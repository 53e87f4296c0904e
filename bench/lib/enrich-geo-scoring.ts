/**
 * Geo scoring with the rules of ../shared/devsets/score-geo.mjs (a gold toponym is right when an overlapping
 * predicted place lies within 161 km), plus the split of misses and median errors. A gold toponym with no
 * overlapping located place is a recognition miss (its error counts as 20,038 km, half the circumference, in
 * the all-toponym median); one found farther than 161 km is a resolution miss.
 */
import type { GeoDoc } from './enrich-devsets';
import { km } from '../../libs/enrichment/src/geo/geo-distance';

export interface PredictedPlace {
  lat: number | null;
  lon: number | null;
  mentions: { start: number; end: number }[];
}

export interface GeoScore {
  total: number;
  accuracy: number;
  detected: number;
  recognitionMisses: number;
  resolutionMisses: number;
  /** Median error over all gold toponyms (a miss counts as the antipode). */
  medianKm: number;
  /** Median error over the toponyms with a located place. */
  medianDetectedKm: number;
  /** Mean error over the toponyms with a located place (as score-geo.mjs prints it). */
  meanDetectedKm: number;
}

const ANTIPODE_KM = 20_038;

export function scoreGeoDetailed(gold: GeoDoc[], pred: Map<string, PredictedPlace[]>): GeoScore {
  const all: number[] = [];
  const detected: number[] = [];
  let right = 0;
  for (const g of gold) {
    const places = pred.get(g.id) ?? [];
    for (const t of g.toponyms) {
      const hit = places.find((p) => p.mentions.some((m) => m.start < t.end && t.start < m.end));
      if (!hit || hit.lat === null || hit.lon === null || !Number.isFinite(hit.lat)) {
        all.push(ANTIPODE_KM);
        continue;
      }
      const e = km(hit.lat, hit.lon, t.lat, t.lon);
      all.push(e);
      detected.push(e);
      if (e <= 161) right++;
    }
  }
  const total = all.length;
  return {
    total,
    accuracy: right / Math.max(1, total),
    detected: detected.length / Math.max(1, total),
    recognitionMisses: total - detected.length,
    resolutionMisses: detected.length - right,
    medianKm: median(all),
    medianDetectedKm: median(detected),
    meanDetectedKm: detected.reduce((a, b) => a + b, 0) / Math.max(1, detected.length),
  };
}

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
