import { DataSource, EntityManager } from 'typeorm';
import { EnrichedArticleV1 } from '@newsflow/contracts';
import { contentHash } from './content-hash';
import { fingerprintBands, hammingDistance, NEAR_DUPLICATE_MAX_DISTANCE } from './fingerprint-bands';
import { searchConfigFor } from './search-config';

/**
 * The indexer's write path: a batch of enriched articles in one transaction, idempotently.
 * - Several messages for one article in a batch: the last one wins (it is the newest state).
 * - New id: the article, revision 1 and everything the enricher found (entities and mentions, places, topics).
 *   When its fingerprint is within Hamming distance 3 of a stored article's, it is stored *and linked* to that
 *   original ("duplicate"), never stored as unrelated.
 * - Same content as stored: nothing is written ("unchanged"), so replaying a topic leaves the store as it was.
 * - Changed title or body: the article is updated, the next revision added, the enrichment rows replaced.
 * Rows are locked in id order (SELECT ... FOR UPDATE) so concurrent batches cannot deadlock or lose a revision.
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
}

/** Below this much text a fingerprint says too little to call two articles the same story. */
const MIN_TEXT_FOR_NEAR_DUPLICATE = 300;

interface Planned {
  input: IndexInput;
  hash: string;
  revision: number;
  event: IndexEvent;
  duplicateOf: string | null;
  distance: number | null;
}

function toTimestamp(value: string | null): string | null {
  if (!value) return null;
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export async function indexArticles(ds: DataSource, inputs: IndexInput[]): Promise<Map<string, IndexResult>> {
  const latest = new Map<string, IndexInput>();
  for (const input of inputs) latest.set(input.message.articleId, input);
  const ids = [...latest.keys()].sort();
  return ds.transaction(async (m) => {
    const stored: { id: string; content_hash: string; revision: number }[] = await m.query(
      `SELECT id, content_hash, revision FROM articles WHERE id = ANY($1) ORDER BY id FOR UPDATE`,
      [ids],
    );
    const storedById = new Map(stored.map((r) => [r.id.trim(), r]));
    const plans: Planned[] = ids.map((id) => {
      const input = latest.get(id)!;
      const a = input.message.article;
      const hash = contentHash(a.title, a.text);
      const current = storedById.get(id);
      if (!current) return { input, hash, revision: 1, event: 'created', duplicateOf: null, distance: null };
      if (current.content_hash === hash) {
        return { input, hash, revision: current.revision, event: 'unchanged', duplicateOf: null, distance: null };
      }
      return { input, hash, revision: current.revision + 1, event: 'updated', duplicateOf: null, distance: null };
    });
    await linkNearDuplicates(
      m,
      plans.filter((p) => p.event === 'created'),
    );
    const writes = plans.filter((p) => p.event !== 'unchanged');
    if (writes.length) {
      await upsertArticleRows(m, writes);
      await replaceEnrichmentRows(m, writes);
      const links = writes.filter((p) => p.duplicateOf);
      if (links.length) {
        await m.query(
          `INSERT INTO near_duplicates (article_id, duplicate_of, distance)
           SELECT article_id, duplicate_of, distance FROM jsonb_to_recordset($1::jsonb)
             AS x(article_id text, duplicate_of text, distance int)
           ON CONFLICT DO NOTHING`,
          [
            JSON.stringify(
              links.map((p) => ({
                article_id: p.input.message.articleId,
                duplicate_of: p.duplicateOf,
                distance: p.distance,
              })),
            ),
          ],
        );
      }
    }
    return new Map(
      plans.map((p) => [
        p.input.message.articleId,
        { articleId: p.input.message.articleId, event: p.event, revision: p.revision, duplicateOf: p.duplicateOf },
      ]),
    );
  });
}

/** Finds, for each new article, a stored (or earlier in this batch) article it nearly duplicates. */
async function linkNearDuplicates(m: EntityManager, created: Planned[]): Promise<void> {
  const candidates = created
    .map((p) => ({
      p,
      fp: p.input.message.enrichment.fingerprint,
      bands: fingerprintBands(p.input.message.enrichment.fingerprint),
    }))
    .filter((c) => c.bands && c.p.input.message.article.text.length >= MIN_TEXT_FOR_NEAR_DUPLICATE);
  if (!candidates.length) return;
  const rows: { new_id: string; old_id: string; fingerprint: string; original: string | null }[] = await m.query(
    `WITH n AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id text, fp text, b0 int, b1 int, b2 int, b3 int)
     ), hits AS (
       SELECT n.id AS new_id, a.id AS old_id, a.fingerprint, a.first_indexed_at FROM n JOIN articles a ON a.fp_band0 = n.b0
       UNION SELECT n.id, a.id, a.fingerprint, a.first_indexed_at FROM n JOIN articles a ON a.fp_band1 = n.b1
       UNION SELECT n.id, a.id, a.fingerprint, a.first_indexed_at FROM n JOIN articles a ON a.fp_band2 = n.b2
       UNION SELECT n.id, a.id, a.fingerprint, a.first_indexed_at FROM n JOIN articles a ON a.fp_band3 = n.b3
     )
     SELECT h.new_id, h.old_id, h.fingerprint, d.duplicate_of AS original
       FROM hits h LEFT JOIN near_duplicates d ON d.article_id = h.old_id
      WHERE h.new_id <> h.old_id
      ORDER BY h.first_indexed_at, h.old_id`,
    [
      JSON.stringify(
        candidates.map((c) => ({
          id: c.p.input.message.articleId,
          fp: c.fp,
          b0: c.bands![0],
          b1: c.bands![1],
          b2: c.bands![2],
          b3: c.bands![3],
        })),
      ),
    ],
  );
  const earlierInBatch: { id: string; fp: string }[] = [];
  for (const c of candidates) {
    const id = c.p.input.message.articleId;
    let best: { id: string; distance: number } | null = null;
    for (const r of rows) {
      if (r.new_id !== id) continue;
      const distance = hammingDistance(c.fp, r.fingerprint);
      // Link to the original of a duplicate, so every copy points at the first article of the story.
      if (distance <= NEAR_DUPLICATE_MAX_DISTANCE && (!best || distance < best.distance)) {
        best = { id: (r.original ?? r.old_id).trim(), distance };
      }
    }
    for (const e of earlierInBatch) {
      const distance = hammingDistance(c.fp, e.fp);
      if (distance <= NEAR_DUPLICATE_MAX_DISTANCE && !best) best = { id: e.id, distance };
    }
    if (best) {
      c.p.event = 'duplicate';
      c.p.duplicateOf = best.id;
      c.p.distance = best.distance;
    } else {
      earlierInBatch.push({ id, fp: c.fp });
    }
  }
}

/**
 * JSON for a query parameter, without U+0000: PostgreSQL text and jsonb cannot hold it, and a page with a stray NUL
 * is still an article worth storing ("strip NUL" heuristic; everything else is kept as extracted).
 */
function jsonParam(value: unknown): string {
  return JSON.stringify(value).replace(/(?<!\\)\\u0000/g, '');
}

async function upsertArticleRows(m: EntityManager, writes: Planned[]): Promise<void> {
  const rows = writes.map(({ input, hash, revision }) => {
    const msg = input.message;
    const a = msg.article;
    const e = msg.enrichment;
    const bands = fingerprintBands(e.fingerprint);
    const language = e.language ?? a.language;
    return {
      id: msg.articleId,
      url: msg.url,
      canonical_url: msg.canonicalUrl,
      source_id: msg.sourceId,
      title: a.title,
      description: a.description,
      authors: a.authors,
      published_at: toTimestamp(a.publishedAt),
      published_at_text: a.publishedAt,
      modified_at_text: a.modifiedAt,
      section_path: a.sectionPath,
      tags: a.tags,
      lead_image: a.leadImage,
      language,
      search_config: searchConfigFor(language),
      site_name: a.siteName,
      access_state: a.accessState,
      text: a.text,
      blocks: a.blocks,
      entities: e.entities,
      places: e.places,
      dates: e.dates,
      quotes: e.quotes,
      topics: e.topics,
      fingerprint: e.fingerprint,
      fp_band0: bands?.[0] ?? null,
      fp_band1: bands?.[1] ?? null,
      fp_band2: bands?.[2] ?? null,
      fp_band3: bands?.[3] ?? null,
      content_hash: hash,
      revision,
      trace_id: input.traceId,
      fetched_at: msg.fetchedAt,
    };
  });
  await m.query(
    `INSERT INTO articles (id, url, canonical_url, source_id, title, description, authors, published_at,
       published_at_text, modified_at_text, section_path, tags, lead_image, language, search_config, site_name,
       access_state, text, blocks, entities, places, dates, quotes, topics, fingerprint, fp_band0, fp_band1, fp_band2,
       fp_band3, content_hash, revision, trace_id, fetched_at)
     SELECT id, url, canonical_url, source_id, title, description,
       ARRAY(SELECT jsonb_array_elements_text(authors)), published_at, published_at_text, modified_at_text,
       ARRAY(SELECT jsonb_array_elements_text(section_path)), ARRAY(SELECT jsonb_array_elements_text(tags)),
       lead_image, language, search_config::regconfig, site_name, access_state, text, blocks, entities, places, dates,
       quotes, topics, fingerprint, fp_band0, fp_band1, fp_band2, fp_band3, content_hash, revision, trace_id, fetched_at
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, url text, canonical_url text, source_id uuid, title text,
       description text, authors jsonb, published_at timestamptz, published_at_text text, modified_at_text text,
       section_path jsonb, tags jsonb, lead_image jsonb, language text, search_config text, site_name text,
       access_state text, text text, blocks jsonb, entities jsonb, places jsonb, dates jsonb, quotes jsonb,
       topics jsonb, fingerprint text, fp_band0 int, fp_band1 int, fp_band2 int, fp_band3 int, content_hash text,
       revision int, trace_id text, fetched_at timestamptz)
     ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, canonical_url = EXCLUDED.canonical_url,
       source_id = EXCLUDED.source_id, title = EXCLUDED.title, description = EXCLUDED.description,
       authors = EXCLUDED.authors, published_at = EXCLUDED.published_at, published_at_text = EXCLUDED.published_at_text,
       modified_at_text = EXCLUDED.modified_at_text, section_path = EXCLUDED.section_path, tags = EXCLUDED.tags,
       lead_image = EXCLUDED.lead_image, language = EXCLUDED.language, search_config = EXCLUDED.search_config,
       site_name = EXCLUDED.site_name, access_state = EXCLUDED.access_state, text = EXCLUDED.text,
       blocks = EXCLUDED.blocks, entities = EXCLUDED.entities, places = EXCLUDED.places, dates = EXCLUDED.dates,
       quotes = EXCLUDED.quotes, topics = EXCLUDED.topics, fingerprint = EXCLUDED.fingerprint,
       fp_band0 = EXCLUDED.fp_band0, fp_band1 = EXCLUDED.fp_band1, fp_band2 = EXCLUDED.fp_band2,
       fp_band3 = EXCLUDED.fp_band3, content_hash = EXCLUDED.content_hash, revision = EXCLUDED.revision,
       trace_id = EXCLUDED.trace_id, fetched_at = EXCLUDED.fetched_at, indexed_at = now()`,
    [jsonParam(rows)],
  );
  await m.query(
    `INSERT INTO article_revisions (article_id, revision, content_hash, title, text)
     SELECT article_id, revision, content_hash, title, text
       FROM jsonb_to_recordset($1::jsonb) AS x(article_id text, revision int, content_hash text, title text, text text)
     ON CONFLICT (article_id, revision) DO NOTHING`,
    [
      jsonParam(
        rows.map((r) => ({
          article_id: r.id,
          revision: r.revision,
          content_hash: r.content_hash,
          title: r.title,
          text: r.text,
        })),
      ),
    ],
  );
}

async function replaceEnrichmentRows(m: EntityManager, writes: Planned[]): Promise<void> {
  const ids = writes.map((p) => p.input.message.articleId);
  for (const table of ['article_entities', 'article_places', 'article_topics']) {
    await m.query(`DELETE FROM ${table} WHERE article_id = ANY($1)`, [ids]);
  }
  const entities = new Map<string, { id: string; type: string; name: string }>();
  const articleEntities: unknown[] = [];
  const places = new Map<string, unknown>();
  const articlePlaces: unknown[] = [];
  const topics: unknown[] = [];
  for (const { input } of writes) {
    const id = input.message.articleId;
    const e = input.message.enrichment;
    for (const entity of e.entities) {
      entities.set(entity.id, { id: entity.id, type: entity.type, name: entity.name });
      articleEntities.push({
        article_id: id,
        entity_id: entity.id,
        aliases: entity.aliases,
        mentions: entity.mentions,
        mention_count: entity.mentions.length,
      });
    }
    const seenPlaces = new Set<string>();
    for (const place of e.places) {
      places.set(place.id, {
        id: place.id,
        name: place.name,
        country_code: place.countryCode,
        lat: place.lat,
        lon: place.lon,
        kind: place.kind ?? null,
      });
      if (seenPlaces.has(place.id)) continue;
      seenPlaces.add(place.id);
      articlePlaces.push({
        article_id: id,
        place_id: place.id,
        mentions: place.mentions,
        mention_count: place.mentions.length,
      });
    }
    const seenTopics = new Set<string>();
    for (const topic of e.topics) {
      if (seenTopics.has(topic.code)) continue;
      seenTopics.add(topic.code);
      topics.push({ article_id: id, code: topic.code, label: topic.label, score: topic.score });
    }
  }
  const insert = async (sql: string, rows: unknown[]) => {
    if (rows.length) await m.query(sql, [jsonParam(rows)]);
  };
  await insert(
    `INSERT INTO entities (id, type, name) SELECT id, type, name FROM jsonb_to_recordset($1::jsonb) AS x(id text, type text, name text)
     ORDER BY id ON CONFLICT (id) DO NOTHING`,
    [...entities.values()],
  );
  await insert(
    `INSERT INTO article_entities (article_id, entity_id, aliases, mentions, mention_count)
     SELECT article_id, entity_id, ARRAY(SELECT jsonb_array_elements_text(aliases)), mentions, mention_count
       FROM jsonb_to_recordset($1::jsonb) AS x(article_id text, entity_id text, aliases jsonb, mentions jsonb, mention_count int)
     ON CONFLICT DO NOTHING`,
    articleEntities,
  );
  await insert(
    `INSERT INTO places (id, name, country_code, lat, lon, kind)
     SELECT id, name, country_code, lat, lon, kind
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, name text, country_code text, lat float8, lon float8, kind text)
     ORDER BY id ON CONFLICT (id) DO NOTHING`,
    [...places.values()],
  );
  await insert(
    `INSERT INTO article_places (article_id, place_id, mentions, mention_count)
     SELECT article_id, place_id, mentions, mention_count
       FROM jsonb_to_recordset($1::jsonb) AS x(article_id text, place_id text, mentions jsonb, mention_count int)`,
    articlePlaces,
  );
  await insert(
    `INSERT INTO article_topics (article_id, code, label, score)
     SELECT article_id, code, label, score FROM jsonb_to_recordset($1::jsonb) AS x(article_id text, code text, label text, score real)`,
    topics,
  );
}
