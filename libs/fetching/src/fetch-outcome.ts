import { FetchPolicy } from './fetch-policy';
import { FetchFailure, FetchRefusal } from './fetch-refusal';
import { RobotsCache } from './robots-cache';
import { safeFetch } from './safe-http-client';

/** robots.txt bodies beyond this are not needed (RFC 9309 asks crawlers to read 500 KiB). */
const ROBOTS_MAX_BYTES = 512 * 1024;

/**
 * Adds a robots.txt gate to a policy, fetching each robots.txt under the same policy (addresses, caps,
 * timeouts) minus the gate itself. This is how the fetcher service fetches; `newsflow fetch` uses it too.
 */
export function withRobots(policy: FetchPolicy): FetchPolicy {
  const robotsPolicy: FetchPolicy = {
    ...policy,
    robots: undefined,
    maxResponseBytes: Math.min(policy.maxResponseBytes, ROBOTS_MAX_BYTES),
    // robots.txt is read as text whatever type the server labels it with (octet-stream is common): refusing
    // it by type would make the cache treat the site as unreachable and disallow everything.
    allowedContentTypes: ['text/*', 'application/*'],
    // RFC 9309 section 2.5: the first 500 KiB of an oversized robots.txt are read, not the file refused.
    truncateOversizedBodies: true,
  };
  const robots = new RobotsCache({
    userAgent: policy.userAgent,
    fetch: async (robotsUrl) => {
      const r = await safeFetch(robotsUrl, robotsPolicy);
      return { status: r.status, text: r.text ?? '' };
    },
  });
  return { ...policy, robots };
}

/** One fetch, summarised for printing (the `newsflow fetch` output). */
export type FetchOutcome =
  | {
      ok: boolean;
      status: number;
      url: string;
      finalUrl: string;
      charset: string | null;
      bytes: number;
      wireBytes: number;
      contentType: string;
      classification: string;
      classificationRule: string;
      redirects: string[];
      notModified: boolean;
      retryAfterMs: number | null;
      crawlDelayMs: number;
      elapsedMs: number;
    }
  | { ok: false; refused: true; code: string; reason: string; url: string }
  | { ok: false; refused: false; code: string; reason: string; url: string };

/**
 * Fetches one URL and describes the outcome without throwing: a response (ok when its status is below
 * 400), a refusal by policy, or a network failure. Unexpected errors still throw.
 */
export async function fetchOutcome(url: string, policy: FetchPolicy): Promise<FetchOutcome> {
  try {
    const r = await safeFetch(url, policy);
    return {
      ok: r.status < 400,
      status: r.status,
      url: r.url,
      finalUrl: r.finalUrl,
      charset: r.charset ?? null,
      bytes: r.bytes,
      wireBytes: r.wireBytes,
      contentType: r.contentType,
      classification: r.classification,
      classificationRule: r.classificationRule,
      redirects: r.redirects,
      notModified: r.notModified,
      retryAfterMs: r.retryAfterMs ?? null,
      crawlDelayMs: r.crawlDelayMs,
      elapsedMs: r.elapsedMs,
    };
  } catch (err) {
    if (err instanceof FetchRefusal)
      return { ok: false, refused: true, code: err.code, reason: err.reason, url: err.url };
    if (err instanceof FetchFailure)
      return { ok: false, refused: false, code: err.code, reason: err.reason, url: err.url };
    throw err;
  }
}
