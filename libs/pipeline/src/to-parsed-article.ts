import { ExtractedArticle } from '@newsflow/extraction';
import { FetchedPageV1, FetchedPageV2, ParsedArticleV1 } from '@newsflow/contracts';

/** The parsed-article message for a page: the extracted fields as the wire contract names them. */
export function toParsedArticle(
  page: FetchedPageV1 | FetchedPageV2,
  a: ExtractedArticle,
  parsedAt: Date,
): ParsedArticleV1 {
  return {
    schemaVersion: 1,
    articleId: page.articleId,
    url: page.url,
    canonicalUrl: page.canonicalUrl,
    sourceId: page.sourceId,
    fetchedAt: page.fetchedAt,
    article: {
      title: a.title,
      description: a.description,
      authors: a.authors,
      publishedAt: a.publishedAt,
      modifiedAt: a.modifiedAt,
      dateDetails: a.dateDetails,
      sectionPath: a.sectionPath,
      tags: a.tags,
      leadImage: a.leadImage,
      blocks: a.blocks,
      text: a.text,
      siteName: a.siteName,
      language: a.language,
      accessState: a.accessState,
    },
    timings: { ...page.timings, parsedAt: parsedAt.toISOString() },
  };
}
