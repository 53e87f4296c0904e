// Public API of @newsflow/fetching: polite, conditional and safe HTTP intake. Files inside the lib import
// each other directly, never through this index.
export { classifyAddress, classifyHost, classifyIpv4, classifyIpv6 } from './address-policy';
export type { AddressDecision, AddressRefusalReason, HostDecision } from './address-policy';
export { isHostExplicitlyAllowed } from './allowed-hosts';
export { findCanonicalLink } from './canonical-link';
export { classifyPage, looksBinary } from './content-classification';
export type { PageClass, PageClassification } from './content-classification';
export { isContentTypeAllowed, parseContentType } from './content-type-allowlist';
export { checkDestination, pickCheckedAddress } from './destination';
export type { CheckedDestination } from './destination';
export {
  DEFAULT_ALLOWED_CONTENT_TYPES,
  DEFAULT_FETCH_POLICY,
  DEFAULT_USER_AGENT,
  resolveFetchPolicy,
} from './fetch-policy';
export type { FetchPolicy, HostResolver } from './fetch-policy';
export { fetchPolicyEnvSpec, fetchPolicyFromEnv } from './fetch-policy-from-env';
export { fetchOutcome, withRobots } from './fetch-outcome';
export type { FetchOutcome } from './fetch-outcome';
export { FetchFailure, FetchRefusal } from './fetch-refusal';
export type { FetchRefusalCode } from './fetch-refusal';
export { decideFeedItemFetch, feedItemDate } from './feeds/feed-item-change';
export type { FeedItemDecision, SeenArticle } from './feeds/feed-item-change';
export { FeedParseError } from './feeds/feed-types';
export { MAX_XML_DEPTH, XmlTooDeepError } from './feeds/xml-depth';
export type { Feed, FeedFormat, FeedItem } from './feeds/feed-types';
export { parseOpml } from './feeds/opml';
export type { OpmlFeed } from './feeds/opml';
export { parseFeed } from './feeds/parse-feed';
export { parseUrlList } from './feeds/url-list';
export { parseIpv4, parseIpv6 } from './ip-literals';
export { InMemoryHostRateLimiter, politeIntervalMs } from './politeness';
export type { HostRateLimiter } from './politeness';
export { parseRetryAfter } from './retry-after';
export { isPathAllowed, parseRobots, productToken, rulesFor } from './robots';
export type { ParsedRobots, RobotsRule, RobotsRules } from './robots';
export { RobotsCache } from './robots-cache';
export type { RobotsCheck, RobotsFetcher, RobotsGate, RobotsResponse } from './robots-cache';
export { safeFetch } from './safe-http-client';
export {
  parseSitemap,
  parseSitemapBytes,
  parseSitemapStream,
  SITEMAP_MAX_BYTES,
  SITEMAP_MAX_URLS,
  SitemapParser,
} from './sitemaps';
export type {
  NewsSitemapInfo,
  SitemapBytesOptions,
  SitemapParserOptions,
  SitemapReference,
  SitemapResult,
  SitemapUrl,
} from './sitemaps';
export type { ConditionalRequest, FetchResult } from './safe-http-client';
export { isTrackingParam, normalizeUrl, normalizeUrlFrom } from './url-normalization';
