/**
 * Story clustering on a stream: `node bin/run.js bench/stories [--thresholds 0.3,0.4,0.5] [--profile-terms 100,300]
 * [--db]` (each profile-terms value gets its own quality and cost lines; default: the clusterer's default).
 *
 * 1. Quality: the documents of the SemEval-2022 dev pairs (../shared/devsets/pairs, split into a tuning and a check
 *    half by pair id) as two streams, one per half, clustered in batches of 50 with entities and places by the
 *    enricher; a pair is "put in one story" when both its documents got the same story. Precision, recall and F1
 *    of that against the label (same story: Overall <= 2), same-language and cross-language pairs apart. The
 *    document frequencies are warmed with the other half's documents (unlabelled text, as a running system has).
 * 2. Cost: CPU ms per article of profiling and of plan+commit (best of 3 passes over the check stream), open
 *    stories and the stored state's size per story.
 * 3. With --db: the indexer's write path on the local stack (a throw-away schema), batches of 50 alternating without
 *    and with the story step: wall and node CPU ms per article, and the story step's own time.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { EnrichedArticleV1 } from '@newsflow/contracts';
import { createDataSource, databaseUrlFromEnv, indexArticles, IndexTransactionStep, runMigrations } from '@newsflow/db';
import { enrichArticle } from '@newsflow/enrichment';
import { StoryArticle, StoryClusterer, DEFAULT_STORY_CLUSTER_OPTIONS } from '@newsflow/enrichment/stories';
import { renderGeneratedPage } from '@newsflow/fixture-site';
import { enrichedArticleFor } from '@newsflow/pipeline';
import { StoryAssigner } from '../apps/indexer/src/story-assigner';
import { readStoryPairs, StoryPair, storyPairsFile } from './lib/story-pairs';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const devsets = path.resolve(__dirname, '../../../shared/devsets');
const file = storyPairsFile(devsets) ?? storyPairsFile(path.resolve(process.cwd(), '../shared/devsets'));
if (!file) {
  process.stdout.write('bench:stories: ../shared/devsets/pairs/semeval22-dev.jsonl not found; nothing to measure\n');
  process.exit(0);
}
const pairs = readStoryPairs(file);

/** Every document of the pairs once, as the clusterer takes it (entities and places by the enricher). */
const documents = new Map<string, StoryArticle & { half: StoryPair['half'] }>();
for (const p of pairs) {
  const [a, b] = p.id.split('_');
  for (const [id, text, language] of [
    [a, p.text1, p.lang1],
    [b, p.text2, p.lang2],
  ] as const) {
    if (documents.has(id)) continue;
    const e = enrichArticle({ title: null, text, language });
    documents.set(id, {
      articleId: id.padStart(32, '0').slice(-32),
      title: null,
      text: text.slice(0, 20_000),
      language,
      publishedAt: null,
      entities: e.entities.map((x) => ({ id: x.id, name: x.name, type: x.type })),
      places: e.places.map((x) => ({ id: x.id, name: x.name, countryCode: x.countryCode })),
      duplicateOf: null,
      half: p.half,
    });
  }
}

/** FNV-1a: a stream order that is the same on every machine and unrelated to the pairs' order. */
const fnv = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};
const idsOf = (half: StoryPair['half']) =>
  [...new Set(pairs.filter((p) => p.half === half).flatMap((p) => p.id.split('_')))].sort((x, y) => fnv(x) - fnv(y));

function clusterStream(
  half: StoryPair['half'],
  threshold: number,
  profileTerms: number,
): { story: Map<string, string>; c: StoryClusterer } {
  const c = new StoryClusterer({ threshold, profileTerms });
  const other = half === 'tuning' ? 'check' : 'tuning';
  for (const id of idsOf(other)) c.frequencies.add(c.profile(documents.get(id)!));
  const story = new Map<string, string>();
  const ids = idsOf(half);
  for (let i = 0; i < ids.length; i += 50) {
    const plan = c.plan(
      ids.slice(i, i + 50).map((id) => documents.get(id)!),
      { now: new Date('2026-01-01T00:00:00Z'), version: c.version + 1 },
    );
    c.commit(plan);
    for (const [id, a] of plan.assignments) story.set(id, a.storyId);
  }
  return { story, c };
}

function score(half: StoryPair['half'], story: Map<string, string>, crossLanguage: boolean): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let n = 0;
  for (const p of pairs.filter((x) => x.half === half && (x.lang1 !== x.lang2) === crossLanguage)) {
    const [a, b] = p.id.split('_').map((id) => documents.get(id)!.articleId);
    const together = story.get(a) === story.get(b);
    n++;
    if (p.same && together) tp++;
    else if (p.same) fn++;
    else if (together) fp++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return `P ${precision.toFixed(2)} R ${recall.toFixed(2)} F1 ${f1.toFixed(2)} (${n} pairs, ${tp + fn} same)`;
}

const thresholds = (option('--thresholds') ?? `0.3,${DEFAULT_STORY_CLUSTER_OPTIONS.threshold},0.5`)
  .split(',')
  .map(Number);
const profileTermsList = (option('--profile-terms') ?? `${DEFAULT_STORY_CLUSTER_OPTIONS.profileTerms}`)
  .split(',')
  .map(Number);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const stream = idsOf('check').map((id) => documents.get(id)!);
for (const profileTerms of profileTermsList) measure(profileTerms);

function measure(profileTerms: number): void {
  process.stdout.write(`== quality (stream clustering of ${documents.size} documents; default threshold `);
  process.stdout.write(`${DEFAULT_STORY_CLUSTER_OPTIONS.threshold}; profile terms ${profileTerms})\n`);
  for (const half of ['tuning', 'check'] as const) {
    for (const t of [...new Set(thresholds)]) {
      const { story } = clusterStream(half, t, profileTerms);
      process.stdout.write(
        `${half.padEnd(6)} threshold ${t.toFixed(2)}: ${new Set(story.values()).size} stories of ${story.size} ` +
          `documents | same-language ${score(half, story, false)} | cross-language ${score(half, story, true)}\n`,
      );
    }
  }

  let bestProfile = Infinity;
  let bestPlan = Infinity;
  let last: StoryClusterer | undefined;
  for (let pass = 0; pass < 3; pass++) {
    const c = new StoryClusterer({ profileTerms });
    let profileMs = 0;
    let planMs = 0;
    for (let i = 0; i < stream.length; i += 50) {
      const batch = stream.slice(i, i + 50);
      let t = cpu();
      const profiles = new Map(batch.map((a) => [a.articleId, c.profile(a)] as const));
      profileMs += cpu() - t;
      t = cpu();
      c.commit(c.plan(batch, { now: new Date(), version: c.version + 1, profiles }));
      planMs += cpu() - t;
    }
    bestProfile = Math.min(bestProfile, profileMs / stream.length);
    bestPlan = Math.min(bestPlan, planMs / stream.length);
    last = c;
  }
  const open = last!.openStories;
  const states = [...last!.openStates()];
  const stateBytes = states.reduce((sum, st) => sum + JSON.stringify(st).length, 0) / Math.max(1, states.length);
  process.stdout.write(
    `== cost (check stream, ${stream.length} articles, best of 3 passes)\nprofile ${bestProfile.toFixed(3)} ms CPU/article, ` +
      `plan+commit ${bestPlan.toFixed(3)} ms CPU/article, ${open} open stories, ` +
      `stored state ${Math.round(stateBytes)} bytes/story as JSON\n`,
  );
}

if (flag('--db'))
  dbSection().catch((err: unknown) => {
    process.stderr.write(`bench:stories --db: ${(err as Error).message}\n`);
    process.exitCode = 1;
  });

async function dbSection(): Promise<void> {
  const run = randomUUID().replace(/-/g, '').slice(0, 10);
  const messages: EnrichedArticleV1[] = stream.map((a, i) => {
    const base = `http://bench-stories-${run}.example`;
    const paragraphs = a.text.split(/(?<=[.!?])\s+/).reduce<string[][]>((acc, s, j) => {
      (acc[Math.floor(j / 3)] ??= []).push(s);
      return acc;
    }, []);
    const html = renderGeneratedPage(base, {
      path: `/a/${i}`,
      title: a.text.slice(0, 80),
      paragraphs: paragraphs.map((p) => p.join(' ')),
      section: ['News'],
      author: 'Bench',
      publishedAt: '2026-11-18T10:00:00Z',
      related: [],
    });
    return enrichedArticleFor(html, `${base}/a/${i}`);
  });
  const url = databaseUrlFromEnv();
  const schema = `bench_stories_${run}`;
  const admin = createDataSource(url, { poolSize: 1 });
  await admin.initialize();
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    await runMigrations(url, schema);
    const ds = createDataSource(url, { poolSize: 2, schema });
    await ds.initialize();
    const assigner = new StoryAssigner({ cluster: {}, frequenciesSaveEveryMs: 300_000 });
    let stepMs = 0;
    const timed: IndexTransactionStep = {
      async run(m, r, x) {
        const t = performance.now();
        const committed = await assigner.run(m, r, x);
        stepMs += performance.now() - t;
        return committed;
      },
    };
    const totals = { without: { ms: 0, cpu: 0, n: 0 }, with: { ms: 0, cpu: 0, n: 0 } };
    for (let i = 0, b = 0; i < messages.length; i += 50, b++) {
      const which = b % 2 === 0 ? 'without' : 'with';
      const batch = messages.slice(i, i + 50).map((message) => ({ message, traceId: null }));
      const t = performance.now();
      const c = cpu();
      await indexArticles(ds, batch, which === 'with' ? timed : undefined);
      totals[which].cpu += cpu() - c;
      totals[which].ms += performance.now() - t;
      totals[which].n += batch.length;
    }
    await ds.destroy();
    process.stdout.write(`== the indexer's write path on the local stack (batches of 50, alternating)\n`);
    for (const [name, v] of Object.entries(totals)) {
      process.stdout.write(
        `${name.padEnd(7)} stories: ${v.n} articles, wall ${(v.ms / v.n).toFixed(2)} ms/article, ` +
          `node CPU ${(v.cpu / v.n).toFixed(2)} ms/article\n`,
      );
    }
    process.stdout.write(`story step (in the transaction): ${(stepMs / totals.with.n).toFixed(2)} ms/article\n`);
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.destroy();
  }
}
