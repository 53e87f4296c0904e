import { FetchPolicy } from '@newsflow/fetching';

/**
 * The policy for fetching sitemaps: the fetcher's own (same address safety, robots, timeouts, content types) with
 * the byte caps raised to `maxBytes`. sitemaps.org allows 50 MiB per sitemap, ten times the page cap, and a gzipped
 * sitemap file is only unpacked by the sitemap parser, under its own cap. Caps are never lowered here.
 */
export function sitemapFetchPolicy(policy: FetchPolicy, maxBytes: number): FetchPolicy {
  return {
    ...policy,
    maxResponseBytes: Math.max(policy.maxResponseBytes, maxBytes),
    maxDecompressedBytes: Math.max(policy.maxDecompressedBytes, maxBytes),
  };
}
