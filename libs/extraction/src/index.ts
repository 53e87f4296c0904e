// Public API of @newsflow/extraction. Files inside the lib import each other directly, never through this index.
export { decodeHtmlBytes } from './decode/decode-html-bytes';
export type { DecodedHtml } from './decode/decode-html-bytes';
