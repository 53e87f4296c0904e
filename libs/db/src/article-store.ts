import { DataSource } from 'typeorm';
import { EnrichedArticleV1 } from '@newsflow/contracts';
import { contentHash } from './content-hash';

export type IndexEvent = 'created' | 'updated' | 'unchanged';

export interface IndexResult {
  articleId: string;
  event: IndexEvent;
  revision: number;
}

/** A day-precise date ('2024-04-26') is stored as midnight UTC for ordering, and kept verbatim beside it. */
function toTimestamp(value: string | null): Date | null {
  if (!value) return null;
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Writes one enriched article idempotently, in one transaction:
 * - a new id inserts the article and revision 1 ("created");
 * - the same content again changes nothing but the enrichment and indexed_at ("unchanged"), so a replay of the
 *   input topic leaves the store as it was;
 * - a changed title or body updates the article and adds the next revision ("updated").
 * The row lock (SELECT ... FOR UPDATE, or the primary key on insert) serialises concurrent writers of one article.
 */
export async function upsertArticle(
  ds: DataSource,
  msg: EnrichedArticleV1,
  traceId: string | null,
): Promise<IndexResult> {
  const a = msg.article;
  const e = msg.enrichment;
  const hash = contentHash(a.title, a.text);
  return ds.transaction(async (m) => {
    const rows: { revision: number; content_hash: string }[] = await m.query(
      `SELECT revision, content_hash FROM articles WHERE id = $1 FOR UPDATE`,
      [msg.articleId],
    );
    const current = rows[0];
    if (current && current.content_hash === hash) {
      return { articleId: msg.articleId, event: 'unchanged' as const, revision: current.revision };
    }
    const revision = current ? current.revision + 1 : 1;
    const params = [
      msg.articleId,
      msg.url,
      msg.canonicalUrl,
      msg.sourceId,
      a.title,
      a.description,
      a.authors,
      toTimestamp(a.publishedAt),
      a.publishedAt,
      a.modifiedAt,
      a.sectionPath,
      a.tags,
      a.leadImage ? JSON.stringify(a.leadImage) : null,
      e.language ?? a.language,
      a.siteName,
      a.accessState,
      a.text,
      JSON.stringify(a.blocks),
      JSON.stringify(e.entities),
      JSON.stringify(e.places),
      JSON.stringify(e.dates),
      JSON.stringify(e.quotes),
      JSON.stringify(e.topics),
      e.fingerprint,
      hash,
      revision,
      traceId,
      msg.fetchedAt,
    ];
    if (current) {
      await m.query(
        `UPDATE articles SET url=$2, canonical_url=$3, source_id=$4, title=$5, description=$6, authors=$7,
           published_at=$8, published_at_text=$9, modified_at_text=$10, section_path=$11, tags=$12, lead_image=$13,
           language=$14, site_name=$15, access_state=$16, text=$17, blocks=$18, entities=$19, places=$20, dates=$21,
           quotes=$22, topics=$23, fingerprint=$24, content_hash=$25, revision=$26, trace_id=$27, fetched_at=$28,
           indexed_at=now()
         WHERE id=$1`,
        params,
      );
    } else {
      await m.query(
        `INSERT INTO articles (id, url, canonical_url, source_id, title, description, authors, published_at,
           published_at_text, modified_at_text, section_path, tags, lead_image, language, site_name, access_state,
           text, blocks, entities, places, dates, quotes, topics, fingerprint, content_hash, revision, trace_id,
           fetched_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28)`,
        params,
      );
    }
    await m.query(
      `INSERT INTO article_revisions (article_id, revision, content_hash, title, text) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (article_id, revision) DO NOTHING`,
      [msg.articleId, revision, hash, a.title, a.text],
    );
    return { articleId: msg.articleId, event: current ? ('updated' as const) : ('created' as const), revision };
  });
}
