/**
 * Fits the place-scoring model (libs/enrichment/src/geo/place-scoring-model.ts) on the geo dev sets and writes
 * libs/enrichment/models/geo-place-weights.json with three fits: `gwn` (GeoWebNews only), `tr-news` (TR-News only)
 * and `all` (both; the enricher's model). bench:enrich scores each set with the fit of the other one (held out).
 *   node bin/run.js libs/enrichment/scripts/fit-geo-weights
 * Training groups: every mention with two or more candidates that overlaps a gold toponym and has a candidate
 * within 161 km of it; the right candidates are those within 161 km. Entities come from the enricher's default
 * recogniser (recognizeEntities). Deterministic (full-batch descent from zeros: no random state, no seed).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { recognizeEntities } from '../src/ner/recognize-entities';
import { readPlaces } from '../src/geo/resolve-places';
import { PLACE_FEATURES } from '../src/geo/candidate-features';
import { TrainingGroup, fitPlaceModel, groupAccuracy } from '../src/geo/fit-place-model';
import { km } from '../src/geo/geo-distance';
import { GeoDoc, findDevSetsDir, readJsonl, repoRoot } from '../../../bench/lib/enrich-devsets';

export const GEO_SETS = ['gwn', 'tr-news'] as const;

export function trainingGroups(docs: GeoDoc[]): TrainingGroup[] {
  const groups: TrainingGroup[] = [];
  for (const d of docs) {
    for (const r of readPlaces(recognizeEntities(d.text), d.text).rows) {
      if (r.candidates.length < 2) continue;
      const gold = d.toponyms.find((t) => t.start < r.pm.mention.end && r.pm.mention.start < t.end);
      if (!gold) continue;
      const right = r.candidates.flatMap((c, i) => (km(c.lat, c.lon, gold.lat, gold.lon) <= 161 ? [i] : []));
      if (!right.length) continue;
      groups.push({ features: r.features(), right });
    }
  }
  return groups;
}

function main(): number {
  const dir = findDevSetsDir();
  if (!dir) {
    process.stderr.write('fit-geo-weights: ../shared/devsets not found\n');
    return 1;
  }
  const groups: Record<string, TrainingGroup[]> = {};
  for (const set of GEO_SETS) groups[set] = trainingGroups(readJsonl<GeoDoc>(path.join(dir, 'geo', `${set}.jsonl`)));
  const fits: Record<string, number[]> = {};
  for (const set of GEO_SETS) fits[set] = fitPlaceModel(groups[set], PLACE_FEATURES.length);
  fits.all = fitPlaceModel([...groups.gwn, ...groups['tr-news']], PLACE_FEATURES.length);
  for (const set of GEO_SETS) {
    const other = GEO_SETS.find((s) => s !== set)!;
    process.stdout.write(
      `fit on ${set} (${groups[set].length} ambiguous mentions): right candidate on top ` +
        `${(100 * groupAccuracy(groups[set], fits[set])).toFixed(1)}% there, ` +
        `${(100 * groupAccuracy(groups[other], fits[set])).toFixed(1)}% on ${other} (held out)\n`,
    );
  }
  const out = path.join(repoRoot(), 'libs', 'enrichment', 'models', 'geo-place-weights.json');
  writeFileSync(out, JSON.stringify({ features: PLACE_FEATURES, fits }, null, 1) + '\n');
  process.stdout.write(`wrote ${out}\n`);
  PLACE_FEATURES.forEach((f, i) =>
    process.stdout.write(
      `  ${f.padEnd(18)} ${GEO_SETS.map((s) => fits[s][i].toFixed(2).padStart(7)).join(' ')} ${fits.all[i].toFixed(2).padStart(7)}\n`,
    ),
  );
  return 0;
}

// Run directly or through bin/run.js (which requires this module from its own, so require.main is run.js).
if (require.main === module || /fit-geo-weights(?:\.[jt]s)?$/.test(process.argv[1] ?? '')) process.exitCode = main();
