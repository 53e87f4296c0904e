import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One stored state of an article: a new row only when the title or body changed (content_hash differs). */
@Entity({ name: 'article_revisions' })
export class ArticleRevisionEntity {
  @PrimaryColumn({ name: 'article_id', type: 'char', length: 32 })
  articleId!: string;

  @PrimaryColumn({ type: 'integer' })
  revision!: number;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** The text of a superseded revision; null for the current one, whose text is the article's own. */
  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
