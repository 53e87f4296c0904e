import { DataSource, EntityManager } from 'typeorm';
import { EnrichedArticleV1, StoryEventV1 } from '@newsflow/contracts';
import {
  ARTICLE_COLUMNS,
  ARTICLE_ENTITY_COLUMNS,
  ARTICLE_PLACE_COLUMNS,
  ARTICLE_TOPIC_COLUMNS,
  ArticleWrite,
  ENTITY_COLUMNS,
  enrichmentRows,
  PLACE_COLUMNS,
  REVISION_COLUMNS,
} from './article-write-columns';
import { contentHash } from './content-hash';
import { NearDuplicateCandidate, nearDuplicateCandidate, pickNearDuplicates } from './near-duplicate-batch';
import { RowColumn, unnestRows } from './unnest-rows';

/**
 * The indexer's write path: a batch of enriched articles in one transaction, idempotently.
 * - Several messages for one article in a batch: the last one wins (it is the newest state).
 * - New id: the article, revision 1 and everything the enricher found (entities and mentions, places, topics).
 *   When its fingerprint is within Hamming distance 3 of a stored article's, it is stored *and linked* to that
 *   original ("duplicate"), never stored as unrelated.
 * - Same content as stored: nothing is written ("unchanged"), so replaying a topic leaves the store as it was.
 * - Changed title or body: the superseded revision keeps its text, the article is updated, the next revision added,
 *   the enrichment rows replaced.
 * Rows are locked in id order (SELECT ... FOR UPDATE) so concurrent batches cannot deadlock or lose a revision. A
 * new id that another transaction inserts first (it could not be locked: it did not exist yet) is detected by the
 * insert (ON CONFLICT DO NOTHING returns no row for it) and the whole batch is planned again, now as an update.
 */
export type IndexEvent = 'created' | 'updated' | 'unchanged' | 'duplicate';

export interface IndexInput {
  message: EnrichedArticleV1;
  traceId: string | null;
}

export interface IndexResult {
  articleId: string;
  event: IndexEvent;
  revision: number;
  duplicateOf: string | null;
  /** The article's story, when a story step ran (see IndexTransactionStep). */
  storyId?: string;
  /** Story events to publish with this article's outcome (each story's once per batch, on its last article). */
  storyEvents?: StoryEventV1[];
}

/**
 * Work that must commit or fail with the batch's articles (the indexer's story assignment): run in the transaction
 * after the articles are written, it may fill in the results' story fields, and returns what to do once the
 * transaction has committed (never called when it rolls back, e.g. to plan the batch again).
 */
export interface IndexTransactionStep {
  run(
    m: EntityManager,
    results: Map<string, IndexResult>,
    messages: ReadonlyMap<string, EnrichedArticleV1>,
  ): Promise<() => void>;
}

interface Planned extends ArticleWrite {
  event: IndexEvent;
  duplicateOf: string | null;
  distance: number | null;
}

/** A new id was inserted by a concurrent transaction between our lock and our insert: plan the batch again. */
class ConcurrentInsert extends Error {}

/** Attempts of one batch when concurrent writers keep inserting its new ids first (each retry sees their rows). */
const MAX_ATTEMPTS = 5;

export async function indexArticles(
  ds: DataSource,
  inputs: IndexInput[],
  step?: IndexTransactionStep,
): Promise<Map<string, IndexResult>> {
  const latest = new Map<string, IndexInput>();
  for (const input of inputs) latest.set(input.message.articleId, input);
  const ids = [...latest.keys()].sort();
  // Hashes and fingerprint bands are pure and the same on every attempt: computed once, outside the transaction.
  const hashes = new Map(ids.map((id) => [id, hashOf(latest.get(id)!.message)]));
  const candidates = new Map(ids.map((id) => [id, nearDuplicateCandidate(latest.get(id)!.message)]));
  for (let attempt = 1; ; attempt++) {
    try {
      const { results, committed } = await ds.transaction(async (m) => {
        const written = await indexInTransaction(m, ids, latest, hashes, candidates);
        const messages = new Map(ids.map((id) => [id, latest.get(id)!.message]));
        return { results: written, committed: step ? await step.run(m, written, messages) : undefined };
      });
      committed?.();
      return results;
    } catch (err) {
      if (!(err instanceof ConcurrentInsert) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}

/**
 * The batch's source ids that still exist, key-share locked until the batch commits: a source deleted while its
 * articles were in flight (an operator's `sources remove`) makes them land with no source, as its stored articles do,
 * instead of failing the whole batch on the foreign key; and a delete that starts now waits for this batch, then
 * sets the new rows' source to null like the rest.
 */
async function liveSources(m: EntityManager, sourceIds: (string | null)[]): Promise<Set<string>> {
  const wanted = [...new Set(sourceIds.filter((s): s is string => !!s).map((s) => s.toLowerCase()))];
  if (!wanted.length) return new Set();
  const rows: { id: string }[] = await m.query(
    `SELECT id::text AS id FROM sources WHERE id = ANY($1::uuid[]) ORDER BY id FOR KEY SHARE`,
    [wanted],
  );
  return new Set(rows.map((r) => r.id));
}

function hashOf(message: EnrichedArticleV1): string {
  return contentHash(message.article.title, message.article.text);
}

async function indexInTransaction(
  m: EntityManager,
  ids: string[],
  latest: Map<string, IndexInput>,
  hashes: Map<string, string>,
  candidates: Map<string, NearDuplicateCandidate | null>,
): Promise<Map<string, IndexResult>> {
  await lockFingerprintBands(m, [...candidates.values()]);
  const stored: { id: string; content_hash: string; revision: number }[] = await m.query(
    `SELECT id, content_hash, revision FROM articles WHERE id = ANY($1) ORDER BY id FOR UPDATE`,
    [ids],
  );
  const storedById = new Map(stored.map((r) => [r.id.trim(), r]));
  const sources = await liveSources(
    m,
    ids.map((id) => latest.get(id)!.message.sourceId),
  );
  const plans: Planned[] = ids.map((id) => {
    const { message, traceId } = latest.get(id)!;
    const hash = hashes.get(id)!;
    const current = storedById.get(id);
    const sourceId = message.sourceId && sources.has(message.sourceId.toLowerCase()) ? message.sourceId : null;
    const base = { message, traceId, hash, sourceId, duplicateOf: null, distance: null };
    if (!current) return { ...base, revision: 1, event: 'created' };
    if (current.content_hash === hash) return { ...base, revision: current.revision, event: 'unchanged' };
    return { ...base, revision: current.revision + 1, event: 'updated' };
  });
  await linkNearDuplicates(
    m,
    plans.filter((p) => p.event === 'created'),
    candidates,
  );
  const created = plans.filter((p) => p.event === 'created' || p.event === 'duplicate');
  const updated = plans.filter((p) => p.event === 'updated');
  if (updated.length) await supersede(m, updated);
  if (created.length) {
    const rows = unnestRows(ARTICLE_COLUMNS, created);
    const inserted: { id: string }[] = await m.query(
      `INSERT INTO articles (${rows.names}) ${rows.select} ON CONFLICT (id) DO NOTHING RETURNING id`,
      rows.params,
    );
    if (inserted.length !== created.length) throw new ConcurrentInsert();
  }
  if (updated.length) {
    const rows = unnestRows(ARTICLE_COLUMNS, updated);
    const set = ARTICLE_COLUMNS.filter((c) => c.name !== 'id').map((c) => `${c.name} = EXCLUDED.${c.name}`);
    await m.query(
      `INSERT INTO articles (${rows.names}) ${rows.select}
       ON CONFLICT (id) DO UPDATE SET ${set.join(', ')}, indexed_at = now()`,
      rows.params,
    );
  }
  const writes = [...created, ...updated];
  if (writes.length) {
    await insertRows(m, 'article_revisions', REVISION_COLUMNS, writes, 'ON CONFLICT (article_id, revision) DO NOTHING');
    await insertEnrichmentRows(m, writes);
    const links = created.filter((p) => p.duplicateOf);
    if (links.length) {
      await insertRows(
        m,
        'near_duplicates',
        [
          { name: 'article_id', type: 'text', value: (p) => p.message.articleId },
          { name: 'duplicate_of', type: 'text', value: (p) => p.duplicateOf },
          { name: 'distance', type: 'integer', value: (p) => p.distance },
        ],
        links,
        'ON CONFLICT DO NOTHING',
      );
    }
  }
  return new Map(
    plans.map((p) => [
      p.message.articleId,
      { articleId: p.message.articleId, event: p.event, revision: p.revision, duplicateOf: p.duplicateOf },
    ]),
  );
}

async function insertRows<R>(
  m: EntityManager,
  table: string,
  columns: RowColumn<R>[],
  rows: R[],
  tail = '',
  order = '',
): Promise<void> {
  if (!rows.length) return;
  const u = unnestRows(columns, rows);
  await m.query(`INSERT INTO ${table} (${u.names}) ${u.select} ${order} ${tail}`, u.params);
}

/**
 * Before an article is updated: its current revision row receives the text it had (the current revision's text
 * lives only in `articles.text`), and the enrichment rows of the old state go (the new state's replace them).
 * New articles skip all of this: they have nothing to supersede or delete.
 */
async function supersede(m: EntityManager, updated: Planned[]): Promise<void> {
  const ids = updated.map((p) => p.message.articleId);
  await m.query(
    `UPDATE article_revisions r SET text = a.text
       FROM articles a
      WHERE a.id = ANY($1) AND r.article_id = a.id AND r.revision = a.revision AND r.text IS NULL`,
    [ids],
  );
  for (const table of ['article_entities', 'article_places', 'article_topics']) {
    await m.query(`DELETE FROM ${table} WHERE article_id = ANY($1)`, [ids]);
  }
}

async function insertEnrichmentRows(m: EntityManager, writes: Planned[]): Promise<void> {
  const rows = enrichmentRows(writes);
  // Shared rows (an entity or place many articles mention) are inserted in id order: concurrent batches lock them
  // in the same order and cannot deadlock.
  await insertRows(m, 'entities', ENTITY_COLUMNS, rows.entities, 'ON CONFLICT (id) DO NOTHING', 'ORDER BY x.id');
  await insertRows(m, 'places', PLACE_COLUMNS, rows.places, 'ON CONFLICT (id) DO NOTHING', 'ORDER BY x.id');
  // Link rows are unique per article already (enrichmentRows) and the article's old ones were deleted.
  await insertRows(m, 'article_entities', ARTICLE_ENTITY_COLUMNS, rows.articleEntities);
  await insertRows(m, 'article_places', ARTICLE_PLACE_COLUMNS, rows.articlePlaces);
  await insertRows(m, 'article_topics', ARTICLE_TOPIC_COLUMNS, rows.articleTopics);
}

/**
 * Advisory namespace of the fingerprint-band locks ("nf" and the band number): apart from any other advisory lock
 * an operator's tooling may take.
 */
const BAND_LOCK_SPACE = 0x6e660000;

/**
 * Serialises writers whose articles share a fingerprint band ("band lock" heuristic). Without it two near-duplicates
 * written at the same moment by two transactions (indexer replicas, or two partitions of one) each look for the other
 * before either has committed, and both are stored as originals. With it the second waits for the first to commit,
 * then its band lookup (a new snapshot: READ COMMITTED) finds it. Taken first in the transaction and in key order,
 * before any row lock, so writers cannot deadlock on them; unrelated batches share a band rarely and do not wait.
 */
async function lockFingerprintBands(m: EntityManager, candidates: (NearDuplicateCandidate | null)[]): Promise<void> {
  const keys = new Set<number>();
  for (const c of candidates) c?.bands.forEach((value, band) => keys.add(band * 0x10000 + value));
  if (!keys.size) return;
  const sorted = [...keys].sort((a, b) => a - b);
  await m.query(
    `SELECT pg_advisory_xact_lock($1::int + k / 65536, k % 65536)
       FROM (SELECT k FROM unnest($2::int[]) AS k ORDER BY k OFFSET 0) ordered`,
    [BAND_LOCK_SPACE, sorted],
  );
}

/** Finds, for each new article, a stored (or earlier in this batch) article it nearly duplicates. */
async function linkNearDuplicates(
  m: EntityManager,
  created: Planned[],
  candidateOf: Map<string, NearDuplicateCandidate | null>,
): Promise<void> {
  const candidates = created
    .map((p) => candidateOf.get(p.message.articleId) ?? null)
    .filter((c): c is NearDuplicateCandidate => c !== null);
  if (!candidates.length) return;
  const n = unnestRows<NearDuplicateCandidate>(
    [
      { name: 'id', type: 'text', value: (c) => c.id },
      { name: 'b0', type: 'integer', value: (c) => c.bands[0] },
      { name: 'b1', type: 'integer', value: (c) => c.bands[1] },
      { name: 'b2', type: 'integer', value: (c) => c.bands[2] },
      { name: 'b3', type: 'integer', value: (c) => c.bands[3] },
    ],
    candidates,
  );
  const stored: { new_id: string; old_id: string; fingerprint: string; original: string | null }[] = await m.query(
    `WITH n AS (${n.select}), hits AS (
       SELECT n.id AS new_id, a.id AS old_id, a.fingerprint, a.first_indexed_at FROM n JOIN articles a ON a.fp_band0 = n.b0
       UNION SELECT n.id, a.id, a.fingerprint, a.first_indexed_at FROM n JOIN articles a ON a.fp_band1 = n.b1
       UNION SELECT n.id, a.id, a.fingerprint, a.first_indexed_at FROM n JOIN articles a ON a.fp_band2 = n.b2
       UNION SELECT n.id, a.id, a.fingerprint, a.first_indexed_at FROM n JOIN articles a ON a.fp_band3 = n.b3
     )
     SELECT h.new_id, h.old_id, h.fingerprint, d.duplicate_of AS original
       FROM hits h LEFT JOIN near_duplicates d ON d.article_id = h.old_id
      WHERE h.new_id <> h.old_id
      ORDER BY h.first_indexed_at, h.old_id`,
    n.params,
  );
  const links = pickNearDuplicates(
    candidates,
    stored.map((r) => ({
      newId: r.new_id.trim(),
      oldId: r.old_id.trim(),
      fingerprint: r.fingerprint,
      original: r.original?.trim() ?? null,
    })),
  );
  for (const p of created) {
    const link = links.get(p.message.articleId);
    if (!link) continue;
    p.event = 'duplicate';
    p.duplicateOf = link.duplicateOf;
    p.distance = link.distance;
  }
}
