/**
 * Enrichment benchmark: our recogniser and geotagger against compromise 14, in the same run.
 *   npm run bench:enrich
 * Prints per-type precision/recall/F1 on ../shared/devsets/ner (WikiGold, WNUT17), geotagging accuracy within
 * 161 km on ../shared/devsets/geo (GeoWebNews and TR-News, new resolver beside the legacy one; bench/lib/enrich-geo.ts), quotes on ../shared/devsets/quotes (PolNeAR; bench/lib/enrich-quotes.ts),
 * and articles per second on the reference article. Writes our
 * predictions to .bench/ so the dev sets' own scorers can check them. Without ../shared/devsets it says so and
 * exits 0 (a user's clone has no dev sets).
 *   npm run bench:enrich -- --errors [N]   also lists, per type, the N (default 15) most frequent false positives
 *                                          and false negatives of our recogniser, each with what the other side had
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { enrichArticle, loadGazetteer, recognizeEntities } from '@newsflow/enrichment';
import { GeoDoc, NerSentence, findDevSetsDir, readJsonl, repoRoot } from './lib/enrich-devsets';
import { NER_TYPES, Prf, Span, scoreNer } from './lib/enrich-scoring';
import { compromiseEntities } from './lib/enrich-compromise';
import { runQuotesBench } from './lib/enrich-quotes';
import { printNerComparison } from './lib/enrich-ner-compare';
import { runStoriesBench } from './lib/enrich-stories';
import { runGeoBench } from './lib/enrich-geo';

const NER_SETS = ['wikigold', 'wnut17-test'];

/** `--errors [N]`: how many of the most frequent errors to list per type, or 0 when not asked for. */
function errorsToList(argv: string[]): number {
  const i = argv.indexOf('--errors');
  if (i < 0) return 0;
  const n = Number(argv[i + 1]);
  return Number.isInteger(n) && n > 0 ? n : 15;
}

/**
 * Diagnostics: the most frequent false positives and false negatives per type (exact span + type, as scored).
 * Each error names what the other side had over the same text: a false positive shows the overlapping gold
 * entity ("type error", "span error" or "—" for none), a false negative the overlapping prediction.
 */
function printErrors(gold: NerSentence[], ours: Map<string, Span[]>, top: number): void {
  type Tally = Map<string, number>;
  const fp = new Map<string, Tally>();
  const fn = new Map<string, Tally>();
  const bump = (m: Map<string, Tally>, type: string, key: string): void => {
    const t = m.get(type) ?? new Map<string, number>();
    t.set(key, (t.get(key) ?? 0) + 1);
    m.set(type, t);
  };
  const same = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end && a.type === b.type;
  const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
  for (const s of gold) {
    const pred = ours.get(s.id) ?? [];
    const label = (e: Span | undefined): string => (e ? `${e.type}:${s.text.slice(e.start, e.end)}` : '—');
    for (const p of pred) {
      if (s.entities.some((g) => same(g, p))) continue;
      bump(fp, p.type, `${s.text.slice(p.start, p.end)}  (gold ${label(s.entities.find((g) => overlap(g, p)))})`);
    }
    for (const g of s.entities) {
      if (pred.some((p) => same(g, p))) continue;
      bump(fn, g.type, `${g.text}  (ours ${label(pred.find((p) => overlap(g, p)))})`);
    }
  }
  for (const type of NER_TYPES) {
    for (const [kind, m] of [
      ['false positives', fp],
      ['false negatives', fn],
    ] as const) {
      const tally = m.get(type) ?? new Map<string, number>();
      const total = [...tally.values()].reduce((a, b) => a + b, 0);
      process.stdout.write(`  ${type} ${kind} (${total}), most frequent:\n`);
      for (const [key, count] of [...tally.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
        process.stdout.write(`    ${String(count).padStart(4)}  ${key}\n`);
    }
  }
  process.stdout.write('\n');
}

function main(): number {
  const dir = findDevSetsDir();
  if (!dir) {
    process.stdout.write(
      'bench:enrich: dev sets not found (../shared/devsets lives outside the repo); nothing to do.\n',
    );
    return 0;
  }
  const repo = repoRoot();
  const outDir = path.join(repo, '.bench');
  mkdirSync(outDir, { recursive: true });
  const t0 = Date.now();
  loadGazetteer();
  process.stdout.write(`gazetteer loaded in ${Date.now() - t0} ms\n\n`);
  printNerComparison(dir, repo);

  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  const topErrors = errorsToList(process.argv.slice(2));
  for (const set of NER_SETS) {
    const gold = readJsonl<NerSentence>(path.join(dir, 'ner', `${set}.jsonl`));
    const ours = new Map<string, Span[]>();
    const theirs = new Map<string, Span[]>();
    const lines: string[] = [];
    for (const s of gold) {
      const e = recognizeEntities(s.text);
      ours.set(s.id, e);
      lines.push(JSON.stringify({ id: s.id, entities: e }));
      theirs.set(s.id, compromiseEntities(s.text));
    }
    writeFileSync(path.join(outDir, `enrich-ner-${set}.jsonl`), lines.join('\n') + '\n');
    const a = scoreNer(gold, ours);
    const b = scoreNer(gold, theirs);
    const noMisc = NER_TYPES.filter((t) => t !== 'MISC');
    const a3 = scoreNer(gold, ours, noMisc).ALL;
    const b3 = scoreNer(gold, theirs, noMisc).ALL;
    process.stdout.write(`NER ${set} (${gold.length} sentences): exact span + type, P / R / F1\n`);
    process.stdout.write(`  type   gold | ours  P     R     F1  | compromise P  R     F1\n`);
    const row = (label: string, x: Prf, y: Prf, gold: number): string =>
      `  ${label.padEnd(5)} ${String(gold).padStart(5)} | ${pct(x.p)} ${pct(x.r)} ${pct(x.f1)} | ${pct(y.p)} ${pct(y.r)} ${pct(y.f1)}\n`;
    for (const t of [...NER_TYPES, 'ALL']) process.stdout.write(row(t, a[t], b[t], a[t].gold));
    process.stdout.write(row('¬MISC', a3, b3, a3.gold) + '\n');
    if (topErrors) printErrors(gold, ours, topErrors);
  }

  // Geotagging (issue 15): new resolver beside the legacy one on GeoWebNews and TR-News, each held out.
  if (!runGeoBench(dir, outDir, (t) => process.stdout.write(t)))
    process.stdout.write('Geotagging: no geo/ dev set\n\n');
  const geo = readJsonl<GeoDoc>(path.join(dir, 'geo', 'gwn.jsonl'));

  // Quotes (issue 16): the extractor against legacy-extract-quotes.ts on PolNeAR dev and train.
  if (!runQuotesBench(dir, outDir, (t) => process.stdout.write(t)))
    process.stdout.write('Quotes: no quotes/ dev set\n\n');

  // Stories (issue 18): same-story similarity beside SimHash and TF-IDF cosine (bench/lib/enrich-stories.ts).
  if (!runStoriesBench(dir, (t) => process.stdout.write(t))) process.stdout.write('Stories: no pairs/ dev set\n\n');

  // Speed: CPU time (immune to other processes on a shared machine), best of 5 rounds after a warm-up.
  // Ours runs the full enrichArticle; compromise only its people/organizations/places with offsets.
  const seed = readFileSync(path.join(repo, 'libs', 'enrichment', 'fixtures', 'seed', 'article.txt'), 'utf8');
  const cpuMs = (fn: () => void, n: number): number => {
    fn();
    let best = Infinity;
    for (let round = 0; round < 5; round++) {
      const start = process.cpuUsage();
      for (let i = 0; i < n; i++) fn();
      const used = process.cpuUsage(start);
      best = Math.min(best, (used.user + used.system) / 1000 / n);
    }
    return best;
  };
  const oursMs = cpuMs(() => enrichArticle({ text: seed, publishedAt: '2024-04-26' }), 40);
  const theirsMs = cpuMs(() => compromiseEntities(seed), 10);
  const corpus = geo.map((d) => d.text);
  const oursCorpus = cpuMs(() => corpus.forEach((t) => enrichArticle({ text: t })), 1);
  const theirsCorpus = cpuMs(() => corpus.forEach((t) => compromiseEntities(t)), 1);
  const line = (label: string, ms: number): string =>
    `  ${label.padEnd(34)} ${ms.toFixed(2).padStart(8)} ms  ${(1000 / ms).toFixed(0).padStart(5)} articles/s\n`;
  process.stdout.write(`Speed (CPU time per article, best of 5 rounds)\n`);
  process.stdout.write(line(`reference article, ours (full)`, oursMs));
  process.stdout.write(line(`reference article, compromise (NER)`, theirsMs));
  process.stdout.write(`  speed-up ${(theirsMs / oursMs).toFixed(1)}x\n`);
  process.stdout.write(line(`GeoWebNews articles, ours (full)`, oursCorpus / corpus.length));
  process.stdout.write(line(`GeoWebNews articles, compromise (NER)`, theirsCorpus / corpus.length));
  process.stdout.write(`  speed-up ${(theirsCorpus / oursCorpus).toFixed(1)}x\n`);
  process.stdout.write(
    `  RSS after the run ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB (both libraries and the dev sets loaded)\n`,
  );
  return 0;
}

process.exitCode = main();
