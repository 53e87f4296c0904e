import { GazetteerEntry, nameKey } from './gazetteer';
import { Cities500Row } from './geonames-cities500';
import { AdminSeat } from './admin-seats';

/**
 * Gazetteer entries of administrative divisions (admin-seats.ts) located from GeoNames cities500: the named town
 * says which division (its first-level code, and for level 2 its second-level code too), and the division's
 * point is the centre of the box around all cities500 places that share those codes. A box centre, not a mean:
 * a mean leans to where towns crowd (Alberta's south), while GeoNames' reference points sit near the middle of the
 * area. A seat that cities500 does not hold, or names twice in the country with no seat among them, is skipped.
 */
export interface AdminRegion {
  names: string[];
  entry: GazetteerEntry;
}

const SEAT_RANK: Record<string, number> = { PPLC: 4, PPLA: 3, PPLA2: 2, PPLA3: 1 };

export function adminRegions(seats: AdminSeat[], rows: Cities500Row[]): AdminRegion[] {
  const wanted = new Set(seats.map((s) => `${s.countryCode}|${nameKey(s.town)}`));
  // A cheap first test on the lower-cased name or ASCII name: only candidates get the full look-up key.
  const lower = new Set(seats.flatMap((s) => [s.town.toLowerCase(), nameKey(s.town)]));
  const towns = new Map<string, Cities500Row>();
  const better = (a: Cities500Row, b: Cities500Row): boolean =>
    (SEAT_RANK[a.featureCode] ?? 0) - (SEAT_RANK[b.featureCode] ?? 0) > 0 ||
    ((SEAT_RANK[a.featureCode] ?? 0) === (SEAT_RANK[b.featureCode] ?? 0) && a.population > b.population);
  for (const r of rows) {
    if (!lower.has(r.name.toLowerCase()) && !lower.has(r.asciiName.toLowerCase())) continue;
    for (const n of new Set([r.name, r.asciiName])) {
      const k = `${r.countryCode}|${nameKey(n)}`;
      if (!wanted.has(k)) continue;
      const prev = towns.get(k);
      if (!prev || better(r, prev)) towns.set(k, r);
    }
  }
  const boxes = new Map<string, { s: number; n: number; w: number; e: number }>();
  const boxKey = (cc: string, a1: string, a2: string | null): string => `${cc}|${a1}|${a2 ?? '*'}`;
  const wantedBoxes = new Set<string>();
  for (const s of seats) {
    const t = towns.get(`${s.countryCode}|${nameKey(s.town)}`);
    if (t) wantedBoxes.add(boxKey(t.countryCode, t.admin1, s.level === 2 ? t.admin2 : null));
  }
  for (const r of rows) {
    for (const k of [boxKey(r.countryCode, r.admin1, r.admin2), boxKey(r.countryCode, r.admin1, null)]) {
      if (!wantedBoxes.has(k)) continue;
      const b = boxes.get(k);
      if (!b) boxes.set(k, { s: r.lat, n: r.lat, w: r.lon, e: r.lon });
      else {
        b.s = Math.min(b.s, r.lat);
        b.n = Math.max(b.n, r.lat);
        b.w = Math.min(b.w, r.lon);
        b.e = Math.max(b.e, r.lon);
      }
    }
  }
  const out: AdminRegion[] = [];
  for (const s of seats) {
    const t = towns.get(`${s.countryCode}|${nameKey(s.town)}`);
    if (!t || !t.admin1 || (s.level === 2 && !t.admin2)) continue;
    const k = boxKey(t.countryCode, t.admin1, s.level === 2 ? t.admin2 : null);
    const b = boxes.get(k)!;
    out.push({
      names: s.names,
      entry: {
        id: s.level === 2 ? `admin2:${t.countryCode}.${t.admin1}.${t.admin2}` : `admin1:${t.countryCode}.${t.admin1}`,
        name: s.names[0],
        countryCode: t.countryCode,
        lat: Math.round(((b.s + b.n) / 2) * 1e4) / 1e4,
        lon: Math.round(((b.w + b.e) / 2) * 1e4) / 1e4,
        kind: 'region',
        population: s.level === 2 ? 1e6 : 5e6,
        adminCode: t.admin1,
      },
    });
  }
  return out;
}
