import { IncomingHttpHeaders } from 'node:http';
import { readCappedBody } from './capped-body';
import { decodeBodyText } from './body-text';
import { classifyPage, looksBinary, PageClass } from './content-classification';
import { isContentTypeAllowed, parseContentType } from './content-type-allowlist';
import { beforeDeadline } from './deadline';
import { checkDestination } from './destination';
import { FetchPolicy, resolveFetchPolicy } from './fetch-policy';
import { FetchRefusal } from './fetch-refusal';
import { ConditionalRequest, requestHop } from './hop-request';
import { isFollowedRedirect, nextRedirect } from './redirects';
import { isRouteFragment } from '@newsflow/contracts';
import { parseRetryAfter } from './retry-after';

export type { ConditionalRequest } from './hop-request';

/** The outcome of a fetch that was not refused (any HTTP status, including 304, 429 and 5xx). */
export interface FetchResult {
  /** The URL asked for. */
  url: string;
  /** The URL of the last hop, after redirects. */
  finalUrl: string;
  status: number;
  headers: IncomingHttpHeaders;
  /** Every URL redirected to, in order (the final URL last); empty without redirects. */
  redirects: string[];
  /** Body size after Content-Encoding was undone. */
  bytes: number;
  /** Bytes received on the wire for the final response body. */
  wireBytes: number;
  /** True when the body was cut at a cap (only with `truncateOversizedBodies`). */
  truncated: boolean;
  body: Uint8Array;
  /** Lower-case media type without parameters ('' when the server sent none). */
  contentType: string;
  /** The encoding the text was decoded with, when the body is text. */
  charset?: string;
  /** The body decoded to a string, when it is text (undefined for binary or empty bodies). */
  text?: string;
  notModified: boolean;
  etag?: string;
  lastModified?: string;
  /** For 429/503: how long the server asked us to wait (Retry-After), in ms. */
  retryAfterMs?: number;
  /** robots.txt Crawl-delay for this URL, in ms (0 without robots or without a delay). */
  crawlDelayMs: number;
  elapsedMs: number;
  classification: PageClass;
  /** The classification rule that fired. */
  classificationRule: string;
  /** The address the final hop connected to (after the policy checked it). */
  remoteAddress: string;
}

const headerValue = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/**
 * Fetches a URL under the safety and politeness policy, or throws a {@link FetchRefusal} (policy) or a
 * {@link FetchFailure} (network). Every hop, redirects included, is checked before connecting: scheme,
 * address (after DNS, every resolved address, then connecting to exactly the checked one), robots.txt.
 * Bodies are read under wire and decompression caps, with connect, read and total timeouts; the
 * content type of a 2xx body must be on the allow-list. The caller decides what to do with 429/503:
 * the result carries `retryAfterMs`, nothing here sleeps or retries.
 */
export async function safeFetch(
  url: string,
  policyInput: Partial<FetchPolicy> = {},
  conditional?: ConditionalRequest,
): Promise<FetchResult> {
  const policy = resolveFetchPolicy(policyInput);
  const started = Date.now();
  const deadline = started + policy.totalTimeoutMs;
  const visited: string[] = [];
  const redirects: string[] = [];
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new FetchRefusal('invalid-url', 'not an absolute URL', url);
  }
  // HTTP never sends a fragment, but the page it names is the fragment's when that is a route (`#!/story/1`): a
  // route is kept aside and put back on finalUrl (plain anchors are not). A redirect without a fragment inherits it (RFC 9110 section 10.2.2).
  let fragment = current.hash;
  current.hash = '';

  for (;;) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      throw new FetchRefusal('unsupported-scheme', `${current.protocol} URLs are not fetched`, current.toString());
    }
    if (current.username || current.password) {
      throw new FetchRefusal('invalid-url', 'URLs with credentials are not fetched', current.toString());
    }
    visited.push(current.toString());
    const hopUrl = current.toString();
    const destination = await beforeDeadline(
      checkDestination(current, policy.allowHosts, policy.resolveHost),
      deadline,
      policy.totalTimeoutMs,
      hopUrl,
    );
    let crawlDelayMs = 0;
    if (policy.robots) {
      const verdict = await beforeDeadline(policy.robots.check(hopUrl), deadline, policy.totalTimeoutMs, hopUrl);
      if (!verdict.allowed) {
        throw new FetchRefusal('robots-disallowed', `robots.txt: ${verdict.reason}`, current.toString());
      }
      crawlDelayMs = verdict.crawlDelayMs;
    }

    const hop = await requestHop(current, destination, policy, conditional, deadline);
    const { response } = hop;
    const status = response.statusCode ?? 0;
    try {
      if (isFollowedRedirect(status)) {
        const next = nextRedirect(
          headerValue(response.headers.location),
          current.toString(),
          visited,
          policy.maxRedirects,
        );
        redirects.push(next);
        const targetFragment = new URL(headerValue(response.headers.location)!, current).hash;
        if (targetFragment) fragment = targetFragment;
        current = new URL(next);
        continue;
      }

      const headers = response.headers;
      const contentTypeHeader = headerValue(headers['content-type']);
      const { mediaType } = parseContentType(contentTypeHeader);
      const base = {
        url,
        finalUrl: current.toString() + (isRouteFragment(fragment) ? fragment : ''),
        status,
        headers,
        redirects,
        etag: headerValue(headers.etag),
        lastModified: headerValue(headers['last-modified']),
        retryAfterMs: status === 429 || status === 503 ? parseRetryAfter(headers['retry-after']) : undefined,
        crawlDelayMs,
        contentType: mediaType,
        remoteAddress: response.socket?.remoteAddress ?? destination.address,
      };
      if (status === 304) {
        return {
          ...base,
          body: new Uint8Array(0),
          bytes: 0,
          wireBytes: 0,
          truncated: false,
          notModified: true,
          elapsedMs: Date.now() - started,
          classification: 'not-modified',
          classificationRule: 'http-304',
        };
      }
      if (status >= 200 && status < 300 && !isContentTypeAllowed(mediaType, policy.allowedContentTypes)) {
        throw new FetchRefusal(
          'content-type',
          `content type ${mediaType} is not on the allow-list`,
          current.toString(),
        );
      }
      const declaredLength = Number(headerValue(headers['content-length']));
      if (
        !policy.truncateOversizedBodies &&
        Number.isFinite(declaredLength) &&
        declaredLength > policy.maxResponseBytes
      ) {
        throw new FetchRefusal(
          'too-large',
          `Content-Length ${declaredLength} exceeds ${policy.maxResponseBytes} bytes`,
          current.toString(),
        );
      }
      let body: Buffer;
      let wireBytes: number;
      let truncated: boolean;
      try {
        ({ body, wireBytes, truncated } = await readCappedBody(
          response,
          headerValue(headers['content-encoding']),
          policy,
          current.toString(),
        ));
      } catch (err) {
        throw hop.abortReason() ?? err;
      }
      let text: string | undefined;
      let charset: string | undefined;
      if (body.length > 0) {
        const decoded = decodeBodyText(body, contentTypeHeader);
        if (!looksBinary(decoded.text)) ({ text, charset } = decoded);
      }
      const classification = classifyPage(text, status, headers);
      return {
        ...base,
        body,
        bytes: body.length,
        wireBytes,
        truncated,
        text,
        charset,
        notModified: false,
        elapsedMs: Date.now() - started,
        classification: classification.class,
        classificationRule: classification.rule,
      };
    } finally {
      hop.finish();
    }
  }
}
