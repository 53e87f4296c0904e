#!/usr/bin/env node
// Golden-output and CPU harness for enrichArticle, on the 200 article bodies of the extraction dev set
// (../shared/devsets/extraction/ground-truth.json, field articleBody; title from the record, a fixed publishedAt).
// A performance change must leave every article's enrichment byte-identical: record the outputs once from the
// code before the change, then check every later build against them.
//   node libs/enrichment/scripts/enrich-golden.mjs --write /tmp/enrich-golden.jsonl   record (from the current build)
//   node libs/enrichment/scripts/enrich-golden.mjs --check /tmp/enrich-golden.jsonl   compare (exit 1 on a difference)
//   options: --passes N     timed passes after the warm-up pass (default 3; the best is printed; 0 = no timing)
//            --stages       also print the CPU ms per article of each stage called on its own
//            --module PATH  the compiled library to load (default dist/libs/enrichment/src/index.js, built first
//                           by bin/build.js when sources changed)
// The golden file holds dev-set text, so it belongs in /tmp, never in the repo. Time it under the bench lock:
//   flock /tmp/bench.lock node libs/enrichment/scripts/enrich-golden.mjs --check /tmp/enrich-golden.jsonl
// Without ../shared/devsets (a user's clone) it says so and exits 0.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Every article is enriched against this date, so relative dates ("on Friday") resolve the same on each run. */
const PUBLISHED_AT = '2024-04-26';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

function findGroundTruth() {
  for (let dir = repo; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'shared', 'devsets', 'extraction', 'ground-truth.json');
    if (existsSync(file)) return file;
    if (path.dirname(dir) === dir) return null;
  }
}

function loadLibrary() {
  const explicit = option('--module', null);
  if (explicit) return require(path.resolve(explicit));
  require(path.join(repo, 'bin', 'build.js')).ensureBuilt({ quiet: false });
  return require(path.join(repo, 'dist', 'libs', 'enrichment', 'src', 'index.js'));
}

/** CPU milliseconds (user + system) that fn takes. */
function cpuMs(fn) {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Index of the first differing character, for a readable report of a mismatch. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function main() {
  const groundTruth = findGroundTruth();
  if (!groundTruth) {
    process.stdout.write(
      'enrich-golden: dev sets not found (../shared/devsets lives outside the repo); nothing to do.\n',
    );
    return 0;
  }
  const writeTo = option('--write', null);
  const checkAgainst = option('--check', null);
  const passes = Number(option('--passes', '3'));
  const lib = loadLibrary();
  const records = JSON.parse(readFileSync(groundTruth, 'utf8'));
  const inputs = Object.entries(records)
    .filter(([, r]) => typeof r.articleBody === 'string')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, r]) => ({ id, input: { title: r.title ?? null, text: r.articleBody, publishedAt: PUBLISHED_AT } }));
  const chars = inputs.reduce((n, a) => n + a.input.text.length, 0);
  process.stdout.write(`${inputs.length} articles, ${(chars / inputs.length).toFixed(0)} characters on average\n`);

  lib.loadGazetteer();
  // Warm-up pass: lexicons, JIT; its outputs are the ones written or checked.
  const outputs = inputs.map(({ id, input }) => ({ id, json: JSON.stringify(lib.enrichArticle(input)) }));

  if (writeTo) {
    writeFileSync(writeTo, outputs.map((o) => JSON.stringify({ id: o.id, out: o.json })).join('\n') + '\n');
    process.stdout.write(`golden: wrote ${outputs.length} outputs to ${writeTo}\n`);
  }
  let exitCode = 0;
  if (checkAgainst) {
    const golden = new Map(
      readFileSync(checkAgainst, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
        .map((g) => [g.id, g.out]),
    );
    const differing = outputs.filter((o) => golden.get(o.id) !== o.json);
    const missing = [...golden.keys()].filter((id) => !outputs.some((o) => o.id === id));
    if (!differing.length && !missing.length && golden.size === outputs.length) {
      process.stdout.write(`golden: all ${outputs.length} outputs byte-identical to ${checkAgainst}\n`);
    } else {
      exitCode = 1;
      process.stdout.write(
        `golden: ${differing.length} of ${outputs.length} outputs DIFFER, ${missing.length} missing\n`,
      );
      for (const o of differing.slice(0, 5)) {
        const want = golden.get(o.id) ?? '';
        const at = firstDifference(want, o.json);
        process.stdout.write(`  ${o.id} at char ${at}\n    golden: …${want.slice(Math.max(0, at - 80), at + 80)}…\n`);
        process.stdout.write(`    now:    …${o.json.slice(Math.max(0, at - 80), at + 80)}…\n`);
      }
    }
  }

  if (passes > 0) {
    let best = Infinity;
    for (let p = 0; p < passes; p++) {
      best = Math.min(best, cpuMs(() => inputs.forEach(({ input }) => lib.enrichArticle(input))) / inputs.length);
    }
    process.stdout.write(`enrichArticle: ${best.toFixed(3)} ms CPU per article (best of ${passes} passes)\n`);
  }

  if (process.argv.includes('--stages') && passes > 0) {
    // Each stage on its own (as enrichArticle calls it), to see where the time goes. Stages that share work
    // inside enrichArticle pay it again here, so the sum may exceed enrichArticle's own time.
    const spans = inputs.map(({ input }) => lib.recognizeEntities(input.text));
    const entities = inputs.map(({ input }, i) => lib.groupEntities(spans[i], input.text));
    const stages = {
      detectLanguage: (input) => lib.detectLanguage(`${input.title ?? ''}\n${input.text}`),
      recognizeEntities: (input) => lib.recognizeEntities(input.text),
      groupEntities: (input, i) => lib.groupEntities(spans[i], input.text),
      resolvePlaces: (input, i) => lib.resolvePlaces(spans[i], input.text),
      normalizeDates: (input) => lib.normalizeDates(input.text, input.publishedAt),
      extractQuotes: (input, i) => lib.extractQuotes(input.text, entities[i]),
      classifyTopics: (input) => lib.classifyTopics(`${input.title ?? ''}\n${input.text}`),
      simhash: (input) => lib.simhash(input.text),
    };
    for (const [name, stage] of Object.entries(stages)) {
      let best = Infinity;
      for (let p = 0; p < passes; p++) {
        best = Math.min(best, cpuMs(() => inputs.forEach(({ input }, i) => stage(input, i))) / inputs.length);
      }
      process.stdout.write(`  ${name.padEnd(18)} ${best.toFixed(3)} ms\n`);
    }
  }
  return exitCode;
}

process.exitCode = main();
