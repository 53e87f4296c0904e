/**
 * bench:enrich, geo section (issue 15): the learned resolver (libs/enrichment/src/geo/resolve-places.ts) beside
 * the legacy one (legacy-resolve-places.ts) and compromise's most-populous match, on GeoWebNews and TR-News
 * (../shared/devsets/geo). The learned resolver scores each set with the weights fitted on the other set (held
 * out); the shipped fit (both sets, in-sample) is shown for reference. Both resolvers read the same entity spans
 * (the enricher's default recogniser). Misses are split into recognition misses (no place found over the gold
 * toponym) and resolution misses (found, more than 161 km away). Median error over all gold toponyms (a miss
 * counts as 20,038 km) and over the located ones. CPU ms per article of the geo step alone, old and new back to
 * back. The legacy resolver reads today's gazetteer (counties, admin codes and aliases added for issue 15 help it
 * too).
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
// Relative imports: the legacy resolver and the held-out fits are not part of the library's public API.
import type { EntitySpan, Place } from '../../libs/enrichment/src/types';
import { recognizeEntities } from '../../libs/enrichment/src/ner/recognize-entities';
import { resolvePlaces } from '../../libs/enrichment/src/geo/resolve-places';
import { legacyResolvePlaces } from '../../libs/enrichment/src/geo/legacy-resolve-places';
import { placeModel, PlaceModelFit } from '../../libs/enrichment/src/geo/place-scoring-model';
import { GeoDoc, readJsonl } from './enrich-devsets';
import { GeoScore, PredictedPlace, scoreGeoDetailed } from './enrich-geo-scoring';
import { compromisePlaces } from './enrich-compromise';

const SETS: { file: string; label: string; heldOutFit: PlaceModelFit }[] = [
  { file: 'gwn', label: 'GeoWebNews', heldOutFit: 'tr-news' },
  { file: 'tr-news', label: 'TR-News', heldOutFit: 'gwn' },
];

export function runGeoBench(devSetsDir: string, outDir: string, write: (s: string) => void): boolean {
  let any = false;
  for (const set of SETS) {
    const file = path.join(devSetsDir, 'geo', `${set.file}.jsonl`);
    if (!existsSync(file)) {
      write(`Geotagging ${set.label}: ${file} not found\n\n`);
      continue;
    }
    any = true;
    const docs = readJsonl<GeoDoc>(file);
    const spans = docs.map((d) => recognizeEntities(d.text));
    const heldOut = placeModel(set.heldOutFit);
    const shipped = placeModel('all');
    const systems: { label: string; run: (s: EntitySpan[], text: string) => PredictedPlace[] }[] = [
      { label: 'legacy resolver', run: (s, t) => legacyResolvePlaces(s, t) },
      { label: `new, held out (fit on ${set.heldOutFit})`, run: (s, t) => resolvePlaces(s, t, { model: heldOut }) },
      { label: 'new, shipped fit (both sets)', run: (s, t) => resolvePlaces(s, t, { model: shipped }) },
      { label: 'compromise (most populous)', run: (_s, t) => compromisePlaces(t) },
    ];
    const total = docs.reduce((n, d) => n + d.toponyms.length, 0);
    write(`Geotagging ${set.label} (${docs.length} articles, ${total} gold toponyms): within 161 km\n`);
    write(
      `  ${'system'.padEnd(34)}   acc@161  detected  recog.miss  resol.miss  median km  (detected)  mean km (detected)\n`,
    );
    for (const sys of systems) {
      const pred = new Map<string, PredictedPlace[]>();
      docs.forEach((d, i) => pred.set(d.id, sys.run(spans[i], d.text)));
      if (sys.label.startsWith('new, held out'))
        writeFileSync(
          path.join(outDir, `enrich-geo-${set.file}.jsonl`),
          docs.map((d) => JSON.stringify({ id: d.id, places: pred.get(d.id) })).join('\n') + '\n',
        );
      write(row(sys.label, scoreGeoDetailed(docs, pred)));
    }
    const ms = cpuAB(docs, spans);
    write(
      `  geo step CPU per article (best of 3, back to back): legacy ${ms.legacy.toFixed(2)} ms, new ${ms.current.toFixed(2)} ms\n\n`,
    );
  }
  return any;
}

function row(label: string, s: GeoScore): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1).padStart(5)} %`;
  return (
    `  ${label.padEnd(34)}  ${pct(s.accuracy)}   ${pct(s.detected)}  ${String(s.recognitionMisses).padStart(10)}` +
    `  ${String(s.resolutionMisses).padStart(10)}  ${s.medianKm.toFixed(1).padStart(9)}  ${s.medianDetectedKm.toFixed(1).padStart(10)}  ${s.meanDetectedKm.toFixed(0).padStart(18)}\n`
  );
}

/** CPU time of the geo step alone (spans given), legacy and new alternating, best of 3 rounds each. */
function cpuAB(docs: GeoDoc[], spans: EntitySpan[][]): { legacy: number; current: number } {
  const run = (fn: (s: EntitySpan[], t: string) => Place[]): number => {
    const start = process.cpuUsage();
    docs.forEach((d, i) => fn(spans[i], d.text));
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / docs.length;
  };
  let legacy = Infinity;
  let current = Infinity;
  for (let round = 0; round < 3; round++) {
    legacy = Math.min(legacy, run(legacyResolvePlaces));
    current = Math.min(
      current,
      run((s, t) => resolvePlaces(s, t)),
    );
  }
  return { legacy, current };
}
