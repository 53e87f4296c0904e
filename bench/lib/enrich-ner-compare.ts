/**
 * bench:enrich, section "entity recognisers side by side": the trained tagger (recognizeEntitiesWithTagger) against
 * the rule recogniser the enricher ships (recognizeEntities = recognizeEntitiesByRules) and compromise, in one run, on CoNLL-2003 dev (one text
 * per Reuters document, as an article reaches the enricher), WikiGold and WNUT17 test (one text per sentence,
 * like the rest of the bench); then the tagger's costs: model load, enrichArticle CPU per article, and the RSS of
 * an enricher-like process (a child that loads only the library, warms up and enriches the dev articles).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { recognizeEntitiesByRules, recognizeEntitiesWithTagger, resolvePlaces } from '@newsflow/enrichment';
import { GeoDoc, NerSentence, readJsonl } from './enrich-devsets';
import { NER_TYPES, PredictedPlace, Prf, Span, scoreGeo, scoreNer } from './enrich-scoring';
import { compromiseEntities } from './enrich-compromise';

/** CoNLL-2003 (IOB1) documents as detokenised texts with gold spans: tokens joined by spaces, sentences by newlines. */
export function conllDocuments(file: string): NerSentence[] {
  const docs: NerSentence[] = [];
  let text = '';
  let entities: NerSentence['entities'] = [];
  const state: { open: { start: number; end: number; type: string } | null } = { open: null };
  let lineStart = true;
  const close = (): void => {
    const open = state.open;
    if (open) entities.push({ ...open, text: text.slice(open.start, open.end) });
    state.open = null;
  };
  const flush = (): void => {
    close();
    if (text) docs.push({ id: `conll-dev-${docs.length}`, text, entities });
    text = '';
    entities = [];
  };
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line.startsWith('-DOCSTART-')) {
      flush();
      lineStart = true;
      continue;
    }
    if (!line) {
      close();
      lineStart = true;
      continue;
    }
    const cols = line.split(' ');
    const word = cols[0];
    const tag = cols[cols.length - 1];
    if (text) text += lineStart ? '\n' : ' ';
    lineStart = false;
    const start = text.length;
    text += word;
    const type = tag === 'O' ? null : tag.slice(2);
    if (!type || tag.startsWith('B-') || state.open?.type !== type) close();
    if (type) {
      if (!state.open) state.open = { start, end: text.length, type };
      else state.open.end = text.length;
    }
  }
  flush();
  return docs;
}

type System = (text: string) => Span[];

export function printNerComparison(devsetsDir: string, repo: string): void {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  const conll = path.resolve(devsetsDir, '..', 'ner-train', 'conll2003-dev.txt');
  const sets: [string, NerSentence[]][] = [];
  if (existsSync(conll)) sets.push(['CoNLL-2003 dev (per document)', conllDocuments(conll)]);
  for (const set of ['wikigold', 'wnut17-test'])
    sets.push([`${set} (per sentence)`, readJsonl<NerSentence>(path.join(devsetsDir, 'ner', `${set}.jsonl`))]);
  const systems: [string, System][] = [
    ['tagger', recognizeEntitiesWithTagger],
    ['rules', recognizeEntitiesByRules],
    ['compromise', compromiseEntities],
  ];
  process.stdout.write('Entity recognisers side by side: exact span + type, P / R / F1\n');
  for (const [name, gold] of sets) {
    const scores = systems.map(([, run]) => scoreNer(gold, new Map(gold.map((s) => [s.id, run(s.text)]))));
    process.stdout.write(`  ${name}, ${gold.length} texts\n`);
    process.stdout.write(`  type   gold |${systems.map(([n]) => ` ${n.padEnd(17)}|`).join('')}\n`);
    for (const t of [...NER_TYPES, 'ALL']) {
      const cell = (x: Prf): string => ` ${pct(x.p)} ${pct(x.r)} ${pct(x.f1)}|`;
      process.stdout.write(
        `  ${t.padEnd(5)} ${String(scores[0][t].gold).padStart(5)} |${scores.map((s) => cell(s[t])).join('')}\n`,
      );
    }
  }
  // Geotagging moves with the entity types: places are resolved from the LOC spans (and their neighbours).
  const geo = readJsonl<GeoDoc>(path.join(devsetsDir, 'geo', 'gwn.jsonl'));
  for (const [name, run] of systems.slice(0, 2)) {
    const places = new Map<string, PredictedPlace[]>(
      geo.map((d) => [d.id, resolvePlaces(run(d.text) as Parameters<typeof resolvePlaces>[0], d.text)]),
    );
    const g = scoreGeo(geo, places);
    process.stdout.write(
      `  geotagging GeoWebNews with ${name.padEnd(6)} spans: ${pct(g.accuracy)} % within 161 km (detected ${pct(g.detected)} %)\n`,
    );
  }
  process.stdout.write('\n');

  // Costs, each in a fresh child process so that nothing else this bench loaded (compromise, dev sets) counts.
  const lib = path.join(repo, 'dist', 'libs', 'enrichment', 'src', 'index.js');
  const seed = path.join(repo, 'libs', 'enrichment', 'fixtures', 'seed', 'article.txt');
  const groundTruth = path.join(devsetsDir, 'extraction', 'ground-truth.json');
  const child = `
    const lib = require(${JSON.stringify(lib)});
    const fs = require('node:fs');
    let t = process.hrtime.bigint();
    lib.loadTaggerModel();
    const modelMs = Number(process.hrtime.bigint() - t) / 1e6;
    t = process.hrtime.bigint();
    lib.loadGazetteer();
    const gazetteerMs = Number(process.hrtime.bigint() - t) / 1e6;
    lib.warmUpEnrichment();
    const gt = fs.existsSync(${JSON.stringify(groundTruth)}) ? JSON.parse(fs.readFileSync(${JSON.stringify(groundTruth)}, 'utf8')) : {};
    const texts = Object.values(gt).map((r) => r.articleBody).filter((b) => typeof b === 'string');
    if (!texts.length) texts.push(fs.readFileSync(${JSON.stringify(seed)}, 'utf8'));
    const cpu = (fn) => { const s = process.cpuUsage(); fn(); const u = process.cpuUsage(s); return (u.user + u.system) / 1000; };
    texts.forEach((text) => lib.recognizeEntitiesWithTagger(text));
    let enrich = Infinity, tagger = Infinity, rules = Infinity;
    for (let r = 0; r < 3; r++) {
      enrich = Math.min(enrich, cpu(() => texts.forEach((text) => lib.enrichArticle({ text, publishedAt: '2024-04-26' }))) / texts.length);
      tagger = Math.min(tagger, cpu(() => texts.forEach((text) => lib.recognizeEntitiesWithTagger(text))) / texts.length);
      rules = Math.min(rules, cpu(() => texts.forEach((text) => lib.recognizeEntitiesByRules(text))) / texts.length);
    }
    process.stdout.write(JSON.stringify({ modelMs, gazetteerMs, enrich, tagger, rules, n: texts.length, rss: process.memoryUsage().rss }));
  `;
  const r = JSON.parse(execFileSync(process.execPath, ['-e', child], { encoding: 'utf8' })) as {
    modelMs: number;
    gazetteerMs: number;
    enrich: number;
    tagger: number;
    rules: number;
    n: number;
    rss: number;
  };
  const modelFile = path.join(repo, 'libs', 'enrichment', 'models', 'ner-tagger.bin.gz');
  const size = existsSync(modelFile) ? readFileSync(modelFile).length : 0;
  process.stdout.write(`Tagger costs (fresh process, library only)\n`);
  process.stdout.write(
    `  model load ${r.modelMs.toFixed(0)} ms (${(size / 1e6).toFixed(1)} MB on disk); gazetteer ${r.gazetteerMs.toFixed(0)} ms\n`,
  );
  process.stdout.write(
    `  per dev article, CPU ms (${r.n} articles, best of 3): tagger ${r.tagger.toFixed(2)} (the rules that feed it included), rules ${r.rules.toFixed(2)}, enrichArticle as shipped (rules) ${r.enrich.toFixed(2)}; tagger in enrichArticle ≈ ${(r.enrich - r.rules + r.tagger).toFixed(2)}\n`,
  );
  process.stdout.write(`  RSS after warm-up and ${r.n} articles ${(r.rss / 1e6).toFixed(0)} MB\n\n`);
}
