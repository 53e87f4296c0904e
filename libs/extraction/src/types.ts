/** The public shapes of an extracted article (see index.ts for the API). */
export interface ExtractOptions {
  /** Wall-clock budget per page in milliseconds (default 2000). */
  timeBudgetMs?: number;
}

export interface ExtractedDate {
  precision: 'day' | 'minute';
  source: 'json-ld' | 'meta' | 'time' | 'url' | 'text';
}

export interface LeadImage {
  url: string;
  caption: string | null;
  credit: string | null;
}

export interface ContentBlock {
  kind: 'paragraph' | 'heading' | 'list' | 'quote' | 'caption' | 'table' | 'preformatted';
  text: string;
  /** Heading level 1-6 (headings only). */
  level?: number;
  /** List items (lists only). */
  items?: string[];
}

export interface ExtractedArticle {
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  description: string | null;
  authors: string[];
  /** ISO 8601: 'YYYY-MM-DDTHH:mm:ss±hh:mm' when a time is known, else 'YYYY-MM-DD'. */
  publishedAt: string | null;
  modifiedAt: string | null;
  dateDetails: { published: ExtractedDate | null; modified: ExtractedDate | null };
  sectionPath: string[];
  tags: string[];
  leadImage: LeadImage | null;
  /** The body in order; figure captions and photo credits inside the body are kind 'caption'. */
  blocks: ContentBlock[];
  /** The non-caption blocks joined with '\n\n' (no caption, credit or lead image caption is part of it). */
  text: string;
  siteName: string | null;
  language: string | null;
  accessState: 'free' | 'paywalled';
}
