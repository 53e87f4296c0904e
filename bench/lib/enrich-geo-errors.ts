/**
 * The geo bench's error list (bench/lib/enrich-geo-main.ts --errors): every gold toponym the held-out resolver
 * misses, one TSV row each, with the gold point and id, what we chose and how far off, and whether the gazetteer
 * holds any entry of the gold name within 161 km (a gazetteer gap when not, a choice error when so).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { recognizeEntities } from '../../libs/enrichment/src/ner/recognize-entities';
import { resolvePlaces } from '../../libs/enrichment/src/geo/resolve-places';
import { placeModel, PlaceModelFit } from '../../libs/enrichment/src/geo/place-scoring-model';
import { nameKey } from '../../libs/enrichment/src/geo/gazetteer';
import { loadResolverGazetteer } from '../../libs/enrichment/src/geo/resolver-gazetteer';
import { km } from '../../libs/enrichment/src/geo/geo-distance';
import { GeoDoc, readJsonl } from './enrich-devsets';

const SETS: { file: string; heldOutFit: PlaceModelFit }[] = [
  { file: 'gwn', heldOutFit: 'tr-news' },
  { file: 'tr-news', heldOutFit: 'gwn' },
];

interface GoldExtra {
  geonameid?: string;
  featureCode?: string;
  type?: string;
}

export function writeGeoErrors(devSetsDir: string, outDir: string, write: (s: string) => void): void {
  const gazetteer = loadResolverGazetteer();
  for (const set of SETS) {
    const docs = readJsonl<GeoDoc>(path.join(devSetsDir, 'geo', `${set.file}.jsonl`));
    const model = placeModel(set.heldOutFit);
    const rows = [
      'doc\tkind\tgold\tgeonameid\tgoldType\tgoldLat\tgoldLon\tours\toursId\toursKind\tkm\tgazetteerHasNear',
    ];
    let recognition = 0;
    let resolution = 0;
    for (const d of docs) {
      const places = resolvePlaces(recognizeEntities(d.text), d.text, { model });
      for (const t of d.toponyms) {
        const g = t as typeof t & GoldExtra;
        const hit = places.find((p) => p.mentions.some((m) => m.start < t.end && t.start < m.end));
        const located = hit && hit.lat !== null && hit.lon !== null;
        const err = located ? km(hit.lat!, hit.lon!, t.lat, t.lon) : Infinity;
        if (err <= 161) continue;
        const kind = located ? 'resolution' : 'recognition';
        if (located) resolution++;
        else recognition++;
        const near = (gazetteer.byName.get(nameKey(t.name)) ?? []).some((e) => km(e.lat, e.lon, t.lat, t.lon) <= 161);
        const mention = hit?.mentions.find((m) => m.start < t.end && t.start < m.end);
        rows.push(
          [
            d.id,
            kind,
            t.name,
            g.geonameid ?? '',
            g.featureCode ?? g.type ?? '',
            t.lat,
            t.lon,
            hit ? `${hit.name}${mention && mention.text !== t.name ? ` [${mention.text}]` : ''}` : '',
            hit?.id ?? '',
            hit?.kind ?? '',
            Number.isFinite(err) ? Math.round(err) : '',
            near ? 'yes' : 'no',
          ].join('\t'),
        );
      }
    }
    const file = path.join(outDir, `enrich-geo-errors-${set.file}.tsv`);
    writeFileSync(file, rows.join('\n') + '\n');
    write(`geo errors ${set.file}: ${recognition} recognition, ${resolution} resolution misses → ${file}\n`);
  }
}
