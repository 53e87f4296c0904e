/**
 * The stories' side of the indexer's transaction (see the stories migration): the story lock and clock, catching
 * up on stories other replicas changed, and writing a batch's stories and article links. The clustering itself is
 * the caller's (libs/enrichment's StoryClusterer); this file only moves rows, and knows the clustering state only
 * as JSON.
 */
import { EntityManager } from 'typeorm';
import { unnestRows } from './unnest-rows';
import { StorySummary, storySummaryFromRow } from './story-queries';

/** Advisory lock of story assignment ("nf" and "st"): apart from the fingerprint-band locks and an operator's. */
const STORY_LOCK: [number, number] = [0x6e66, 0x7374];

/** A story as the store keeps it: the published row, and the clustering state while it is open. */
export interface StoredStory extends StorySummary {
  version: number;
  /** The clustering state (JSON); null once closed (the state is dropped with it). */
  state: unknown;
}

export interface StoryLink {
  articleId: string;
  storyId: string;
  joinedBy: 'seed' | 'similarity' | 'duplicate';
  similarity: number | null;
}

/**
 * Takes the story lock for the rest of the transaction and reads the clock. Taken after the batch's article rows
 * are written, so only the story step of concurrent batches is serialised, not their article writes; the holder
 * waits on no other lock, so it cannot deadlock with them. The clock read after the lock sees every story change
 * committed before (READ COMMITTED takes a new snapshot per statement).
 */
export async function lockStories(m: EntityManager): Promise<{ version: number; frequenciesSavedAt: string | null }> {
  await m.query(`SELECT pg_advisory_xact_lock($1, $2)`, STORY_LOCK);
  const rows: { version: string; frequencies_saved_at: Date | null }[] = await m.query(
    `SELECT version, frequencies_saved_at FROM story_clock WHERE id`,
  );
  if (!rows.length) throw new Error('story_clock has no row: run the stories migration (newsflow migrate)');
  return { version: Number(rows[0].version), frequenciesSavedAt: rows[0].frequencies_saved_at?.toISOString() ?? null };
}

/**
 * Stories changed after `version` (all open ones when `version` is 0): the open ones with their clustering state,
 * and the ids of those that closed. For a replica catching up before it plans.
 */
export async function storiesChangedSince(
  m: EntityManager,
  version: number,
): Promise<{ open: unknown[]; closed: string[] }> {
  const rows: { id: string; closed: boolean; state: unknown }[] = await m.query(
    version === 0
      ? `SELECT s.id, s.closed, c.state FROM stories s JOIN story_clusters c ON c.story_id = s.id
          WHERE NOT s.closed ORDER BY s.last_seen_at, s.id`
      : `SELECT s.id, s.closed, c.state FROM stories s LEFT JOIN story_clusters c ON c.story_id = s.id
          WHERE s.version > $1 ORDER BY s.last_seen_at, s.id`,
    version === 0 ? [] : [version],
  );
  const open: unknown[] = [];
  const closed: string[] = [];
  for (const r of rows) {
    if (r.closed || r.state == null) closed.push(r.id.trim());
    else open.push(r.state);
  }
  return { open, closed };
}

/** The stories of these articles, where they have one. */
export async function storiesOfArticles(m: EntityManager, articleIds: string[]): Promise<Map<string, string>> {
  if (!articleIds.length) return new Map();
  const rows: { article_id: string; story_id: string }[] = await m.query(
    `SELECT article_id, story_id FROM story_articles WHERE article_id = ANY($1)`,
    [articleIds],
  );
  return new Map(rows.map((r) => [r.article_id.trim(), r.story_id.trim()]));
}

/**
 * Writes a planned batch under the lock: the changed stories (rows, and state while open), the article links, and
 * the clock. Near-duplicates of articles whose story is closed are counted in that story's row (it stays closed);
 * the rows they changed come back, for their events.
 */
export async function saveStories(
  m: EntityManager,
  version: number,
  stories: StoredStory[],
  links: StoryLink[],
  closedJoins: { articleId: string; storyId: string }[],
  now: string,
): Promise<{ reopened: StoredStory[]; unlinked: Set<string> }> {
  if (stories.length) {
    const rows = unnestRows<StoredStory>(
      [
        { name: 'id', type: 'text', value: (s) => s.id },
        { name: 'title', type: 'text', value: (s) => s.title },
        { name: 'first_article_id', type: 'text', value: (s) => s.firstArticleId },
        { name: 'first_seen_at', type: 'timestamptz', value: (s) => s.firstSeenAt },
        { name: 'last_seen_at', type: 'timestamptz', value: (s) => s.lastSeenAt },
        { name: 'first_published_at', type: 'timestamptz', value: (s) => s.firstPublishedAt },
        { name: 'last_published_at', type: 'timestamptz', value: (s) => s.lastPublishedAt },
        { name: 'article_count', type: 'integer', value: (s) => s.articleCount },
        { name: 'duplicate_count', type: 'integer', value: (s) => s.duplicateCount },
        { name: 'top_entities', type: 'jsonb', value: (s) => s.topEntities },
        { name: 'top_places', type: 'jsonb', value: (s) => s.topPlaces },
        { name: 'closed', type: 'boolean', value: (s) => s.closed },
        { name: 'closed_at', type: 'timestamptz', value: (s) => s.closedAt },
        { name: 'version', type: 'integer', value: () => version },
      ],
      stories,
    );
    const set = rows.names
      .split(', ')
      .filter((c) => c !== 'id')
      .map((c) => `${c} = EXCLUDED.${c}`);
    await m.query(
      `INSERT INTO stories (${rows.names}) ${rows.select} ON CONFLICT (id) DO UPDATE SET ${set.join(', ')}`,
      rows.params,
    );
    const open = stories.filter((s) => !s.closed && s.state != null);
    if (open.length) {
      const states = unnestRows<StoredStory>(
        [
          { name: 'story_id', type: 'text', value: (s) => s.id },
          { name: 'state', type: 'jsonb', value: (s) => s.state },
        ],
        open,
      );
      await m.query(
        `INSERT INTO story_clusters (${states.names}) ${states.select}
         ON CONFLICT (story_id) DO UPDATE SET state = EXCLUDED.state`,
        states.params,
      );
    }
    const closed = stories.filter((s) => s.closed).map((s) => s.id);
    if (closed.length) await m.query(`DELETE FROM story_clusters WHERE story_id = ANY($1)`, [closed]);
  }
  let reopened: StoredStory[] = [];
  if (closedJoins.length) {
    const counts = new Map<string, number>();
    for (const j of closedJoins) counts.set(j.storyId, (counts.get(j.storyId) ?? 0) + 1);
    // In a CTE: TypeORM answers a bare UPDATE ... RETURNING with [rows, count], a SELECT with the rows.
    const rows: Record<string, unknown>[] = await m.query(
      `WITH updated AS (
         UPDATE stories s SET article_count = s.article_count + j.n, duplicate_count = s.duplicate_count + j.n,
                last_seen_at = greatest(s.last_seen_at, $4::timestamptz), version = $3
           FROM unnest($1::text[], $2::integer[]) AS j(id, n)
          WHERE s.id = j.id
         RETURNING s.*)
       SELECT * FROM updated`,
      [[...counts.keys()], [...counts.values()], version, now],
    );
    reopened = rows.map(storedStoryFromRow);
  }
  // A copy whose original's story is gone from the store (deleted by hand) cannot link to it (foreign key).
  const found = new Set(reopened.map((s) => s.id));
  const unlinked = new Set(closedJoins.filter((j) => !found.has(j.storyId)).map((j) => j.articleId));
  const kept = links.filter((l) => !unlinked.has(l.articleId));
  if (kept.length) {
    const u = unnestRows<StoryLink>(
      [
        { name: 'article_id', type: 'text', value: (l) => l.articleId },
        { name: 'story_id', type: 'text', value: (l) => l.storyId },
        { name: 'joined_by', type: 'text', value: (l) => l.joinedBy },
        { name: 'similarity', type: 'real', value: (l) => l.similarity },
      ],
      kept,
    );
    await m.query(`INSERT INTO story_articles (${u.names}) ${u.select} ON CONFLICT (article_id) DO NOTHING`, u.params);
  }
  await m.query(`UPDATE story_clock SET version = $1 WHERE id`, [version]);
  return { reopened, unlinked };
}

/** The document-frequency snapshot the store keeps (JSON), or null before the first one. */
export async function loadStoryFrequencies(m: EntityManager): Promise<unknown> {
  const rows: { document_frequencies: unknown }[] = await m.query(
    `SELECT document_frequencies FROM story_clock WHERE id`,
  );
  return rows[0]?.document_frequencies ?? null;
}

export async function saveStoryFrequencies(m: EntityManager, snapshot: unknown): Promise<void> {
  await m.query(`UPDATE story_clock SET document_frequencies = $1::jsonb, frequencies_saved_at = now() WHERE id`, [
    JSON.stringify(snapshot),
  ]);
}

export function storedStoryFromRow(r: Record<string, unknown>): StoredStory {
  return { ...storySummaryFromRow(r), version: Number(r.version), state: null };
}
