/**
 * The geo sections of bench:enrich alone (issue 15), without the recogniser, quotes and stories benches: the
 * figures are the same as `npm run -s bench:enrich`'s geo sections, at a fraction of the CPU.
 *   node bin/run.js bench/lib/enrich-geo-main
 *   node bin/run.js bench/lib/enrich-geo-main -- --errors   also writes .bench/enrich-geo-errors-<set>.tsv: every
 *                                                           held-out miss with the gold point and what we chose
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { findDevSetsDir, repoRoot } from './enrich-devsets';
import { runGeoBench } from './enrich-geo';
import { writeGeoErrors } from './enrich-geo-errors';

function main(): number {
  const dir = findDevSetsDir();
  if (!dir) {
    process.stdout.write('bench geo: ../shared/devsets not found (a clone without the dev sets): nothing to measure\n');
    return 0;
  }
  const outDir = path.join(repoRoot(), '.bench');
  mkdirSync(outDir, { recursive: true });
  if (!runGeoBench(dir, outDir, (t) => process.stdout.write(t))) process.stdout.write('Geotagging: no geo/ dev set\n');
  if (process.argv.includes('--errors')) writeGeoErrors(dir, outDir, (t) => process.stdout.write(t));
  return 0;
}

process.exitCode = main();
