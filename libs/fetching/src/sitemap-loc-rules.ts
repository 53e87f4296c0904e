/**
 * Which `<loc>`s a sitemap may list (sitemaps.org protocol, "Sitemap file location" and "XML tag definitions").
 */

/** sitemaps.org: a `<loc>` "must be less than 2,048 characters". */
export const SITEMAP_MAX_LOC_LENGTH = 2048;

/** Why a `<loc>` was dropped, as counted in `SitemapResult.skipped`. */
export type SitemapLocRejection = 'otherHost' | 'tooLong';

/**
 * Checks a resolved `<loc>` against the sitemap's own URL. sitemaps.org: "all URLs listed in the Sitemap must use
 * the same protocol [...] and reside on the same host as the Sitemap", and a sitemap index may only list sitemaps on
 * the same site. So a sitemap on one host cannot make us crawl another (robots.txt cross-submission, where another
 * host's robots.txt vouches for the sitemap, is not supported: such locs are dropped too). The port counts as part
 * of the host, so the check is on the origin (`sitemapOrigin`, from {@link urlOrigin} of the sitemap's URL). A sitemap
 * URL that does not parse has no origin, and nothing passes.
 */
export function rejectSitemapLoc(url: string, sitemapOrigin: string | undefined): SitemapLocRejection | undefined {
  if (url.length >= SITEMAP_MAX_LOC_LENGTH) return 'tooLong';
  return sitemapOrigin !== undefined && urlOrigin(url) === sitemapOrigin ? undefined : 'otherHost';
}

/** `https://host:port` of a URL, or undefined when it does not parse. */
export function urlOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
