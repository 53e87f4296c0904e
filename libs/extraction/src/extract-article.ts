import { blocksToText } from './blocks/body-text';
import { filterBlocks } from './blocks/filter-blocks';
import { decodeHtmlBytes } from './decode/decode-html-bytes';
import { parseHtml } from './dom/parse-html';
import { collapseWhitespace, textContent } from './dom/traverse';
import { ExtractionError } from './errors';
import { extractBodyBlocks } from './extract-body';
import { extractAccessState } from './metadata/access-state';
import { extractAuthors } from './metadata/authors';
import { formatDate } from './metadata/date-parsing';
import { FoundDate, extractDates } from './metadata/dates';
import { parseJsonLd } from './metadata/json-ld';
import { extractLanguage } from './metadata/language';
import { extractLeadImage } from './metadata/lead-image';
import { collectPageMeta } from './metadata/page-meta';
import { guessPublisherTimeZone } from './metadata/publisher-time-zone';
import { extractSectionPath } from './metadata/section';
import { extractCanonicalUrl, extractDescription, extractSiteName } from './metadata/site-info';
import { extractTags } from './metadata/tags';
import { extractTitle } from './metadata/title';
import { TimeBudget } from './time-budget';
import { ExtractOptions, ExtractedArticle, ExtractedDate } from './types';

const DEFAULT_TIME_BUDGET_MS = 2000;

/**
 * Extracts the article of one HTML page: metadata from JSON-LD, meta tags and visible markup, and the body
 * as ordered blocks. Bytes are decoded as a browser would. Throws ExtractionError for empty or non-HTML
 * input and when the page exceeds its time budget; never hangs.
 */
export function extractArticle(
  html: string | Uint8Array,
  url?: string,
  options: ExtractOptions = {},
): ExtractedArticle {
  const budget = new TimeBudget(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
  const source = typeof html === 'string' ? html : decodeHtmlBytes(html).html;
  if (source.trim().length === 0) throw new ExtractionError('EMPTY_INPUT', 'the page is empty');
  if (!/<[a-zA-Z!?/]/.test(source.slice(0, 65536))) {
    throw new ExtractionError('NOT_HTML', 'the input does not look like HTML (no tags)');
  }
  const pageUrl = url ?? null;

  const parsed = parseHtml(source, budget);
  const root = parsed.root;
  budget.checkNow();
  const pageMeta = collectPageMeta(root);
  const jsonLd = parseJsonLd(parsed.jsonLdScripts);
  const siteName = extractSiteName(pageMeta, jsonLd);
  const title = extractTitle(root, pageMeta, jsonLd, siteName);
  const authors = extractAuthors(root, pageMeta, jsonLd);
  const canonicalUrl = extractCanonicalUrl(pageMeta, pageUrl);
  const sectionPath = extractSectionPath(root, pageMeta, jsonLd, title, pageUrl ?? canonicalUrl);
  const tags = extractTags(root, pageMeta, jsonLd);
  const leadImage = extractLeadImage(root, pageMeta, jsonLd, pageUrl ?? canonicalUrl);
  const declaredLanguage = pageMeta.htmlLang ?? null;
  const dates = extractDates({
    root,
    pageMeta,
    jsonLd,
    url: pageUrl ?? canonicalUrl,
    preferMonthFirst: /^en(-us)?$/i.test(declaredLanguage ?? '') && !/en-gb|\.uk\//i.test(pageUrl ?? ''),
    timeZone: guessPublisherTimeZone(pageUrl ?? canonicalUrl, declaredLanguage),
    jsonLdScripts: parsed.jsonLdScripts,
    dataScripts: parsed.dataScripts,
    leadImageUrl: leadImage?.url ?? null,
  });
  budget.checkNow();

  const rawBlocks = extractBodyBlocks(source, root, budget);
  const blocks = filterBlocks(rawBlocks, {
    title,
    authors,
    leadCaption: leadImage?.caption ?? null,
    sectionPath,
  });
  const text = blocksToText(blocks);
  if (blocks.length === 0 && !title && collapseWhitespace(textContent(parseHtml(source, budget).root)).length === 0) {
    throw new ExtractionError('NO_CONTENT', 'the page has no text');
  }

  return {
    url: pageUrl,
    canonicalUrl,
    title,
    description: extractDescription(pageMeta, jsonLd),
    authors,
    publishedAt: dates.published ? formatDate(dates.published.date) : null,
    modifiedAt: dates.modified ? formatDate(dates.modified.date) : null,
    dateDetails: { published: dateDetail(dates.published), modified: dateDetail(dates.modified) },
    sectionPath,
    tags,
    leadImage,
    blocks,
    text,
    siteName,
    language: extractLanguage(pageMeta, jsonLd, text),
    accessState: extractAccessState(pageMeta, jsonLd),
  };
}

function dateDetail(found: FoundDate | null): ExtractedDate | null {
  if (!found) return null;
  return { precision: found.date.hour !== undefined ? 'minute' : 'day', source: found.source };
}
