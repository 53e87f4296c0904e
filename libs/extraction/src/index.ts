// Public API of @newsflow/extraction. Files inside the lib import each other directly, never through this index.
export { extractArticle } from './extract-article';
export { decodeHtmlBytes } from './decode/decode-html-bytes';
export type { DecodedHtml } from './decode/decode-html-bytes';
export { ExtractionError } from './errors';
export type { ExtractionErrorCode } from './errors';
export type { ContentBlock, ExtractOptions, ExtractedArticle, ExtractedDate, LeadImage } from './types';
export { extractArticleFromBytes } from './extract-from-bytes';
