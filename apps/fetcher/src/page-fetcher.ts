import { Inject, Injectable } from '@nestjs/common';
import { articleIdFor, FetchedPageV1, FetchRequestV1 } from '@newsflow/contracts';
import {
  FetchPolicy,
  FetchRefusal,
  FetchResult,
  findCanonicalLink,
  normalizeUrl,
  safeFetch,
  withRobots,
} from '@newsflow/fetching';
import { PermanentError } from '@newsflow/messaging';
import { FETCH_POLICY } from './tokens';

/** A transient HTTP failure (429, 5xx): the stage retries it, honouring Retry-After up to its own cap. */
export class TransientFetchError extends Error {
  override readonly name = 'TransientFetchError';
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/**
 * Fetches under the fetcher's policy (address safety, redirects, size and time caps, content types) plus robots.txt
 * (cached per origin), and turns a page into the fetched-page message. Policy refusals and non-article pages
 * (bot walls, paywalls, empty JavaScript shells, errors) are permanent: they are recorded in the dead-letter topic
 * with the reason, never published as articles.
 */
@Injectable()
export class PageFetcher {
  readonly policy: FetchPolicy;

  constructor(@Inject(FETCH_POLICY) basePolicy: FetchPolicy) {
    this.policy = withRobots(basePolicy);
  }

  fetch(url: string, conditional?: { etag?: string | null; lastModified?: string | null }): Promise<FetchResult> {
    return safeFetch(url, this.policy, conditional);
  }

  async fetchPage(req: FetchRequestV1, fetchStartedAt: Date): Promise<FetchedPageV1> {
    let result: FetchResult;
    try {
      result = await this.fetch(req.url);
    } catch (err) {
      if (err instanceof FetchRefusal)
        throw new PermanentError(`${err.code}: ${err.reason} (${err.url})`, `REFUSED_${err.code}`);
      throw err; // DNS or network failure: worth retrying
    }
    if (result.status === 429 || result.status >= 500) {
      throw new TransientFetchError(`HTTP ${result.status} from ${result.finalUrl}`, result.retryAfterMs);
    }
    if (result.status >= 300)
      throw new PermanentError(`HTTP ${result.status} from ${result.finalUrl}`, `HTTP_${result.status}`);
    if (result.classification !== 'article') {
      throw new PermanentError(
        `not an article page: ${result.classification} (${result.finalUrl})`,
        `NOT_ARTICLE_${result.classification}`,
      );
    }
    const html = result.text ?? '';
    if (!html.trim()) throw new PermanentError(`empty page body (${result.finalUrl})`, 'EMPTY_BODY');
    const finalUrl = normalizeUrl(result.finalUrl);
    const canonicalUrl = normalizeUrl(findCanonicalLink(html, result.finalUrl) ?? finalUrl);
    const fetchedAt = new Date().toISOString();
    return {
      schemaVersion: 1,
      articleId: articleIdFor(canonicalUrl),
      url: req.url,
      finalUrl,
      canonicalUrl,
      sourceId: req.origin.sourceId,
      fetchedAt,
      status: result.status,
      contentType: result.contentType ?? 'text/html',
      charset: result.charset ?? 'utf-8',
      etag: result.etag ?? null,
      lastModified: result.lastModified ?? null,
      html,
      timings: { fetchStartedAt: fetchStartedAt.toISOString(), fetchedAt },
    };
  }
}
