import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The current state of one article (id = articleIdFor(canonical URL)). Every parsed and enriched field is kept;
 * earlier states live in article_revisions. `search` is a generated tsvector column (see the migration).
 */
@Entity({ name: 'articles' })
export class ArticleEntity {
  @PrimaryColumn({ type: 'char', length: 32 })
  id!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ name: 'canonical_url', type: 'text' })
  canonicalUrl!: string;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  authors!: string[];

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** As the page gave it (day precision stays '2024-04-26'). */
  @Column({ name: 'published_at_text', type: 'text', nullable: true })
  publishedAtText!: string | null;

  @Column({ name: 'modified_at_text', type: 'text', nullable: true })
  modifiedAtText!: string | null;

  @Column({ name: 'section_path', type: 'text', array: true, default: () => `'{}'` })
  sectionPath!: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  tags!: string[];

  @Column({ name: 'lead_image', type: 'jsonb', nullable: true })
  leadImage!: { url: string; caption: string | null; credit: string | null } | null;

  @Column({ type: 'text', nullable: true })
  language!: string | null;

  @Column({ name: 'site_name', type: 'text', nullable: true })
  siteName!: string | null;

  @Column({ name: 'access_state', type: 'text', default: 'free' })
  accessState!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  blocks!: unknown[];

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  entities!: unknown[];

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  places!: unknown[];

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  dates!: unknown[];

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  quotes!: unknown[];

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  topics!: unknown[];

  /** The names the enricher found anywhere in the article, one a line, for the search vector (see searchNames). */
  @Column({ name: 'search_names', type: 'text', default: '' })
  searchNames!: string;

  @Column({ type: 'text', nullable: true })
  fingerprint!: string | null;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ name: 'trace_id', type: 'text', nullable: true })
  traceId!: string | null;

  @Column({ name: 'fetched_at', type: 'timestamptz' })
  fetchedAt!: Date;

  @Column({ name: 'first_indexed_at', type: 'timestamptz', default: () => 'now()' })
  firstIndexedAt!: Date;

  @Column({ name: 'indexed_at', type: 'timestamptz', default: () => 'now()' })
  indexedAt!: Date;
}
