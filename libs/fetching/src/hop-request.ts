import http, { IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { CheckedDestination, pinnedLookup } from './destination';
import { FetchPolicy } from './fetch-policy';
import { FetchFailure, FetchRefusal } from './fetch-refusal';
import { checkedAddressesOf, keepAliveAgent, PinnedRequestOptions } from './keep-alive-agents';

/** Validators from the previous fetch of the same URL, for a conditional GET. */
export interface ConditionalRequest {
  etag?: string | null;
  lastModified?: string | null;
}

const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1';

export interface HopResponse {
  response: IncomingMessage;
  /** Settles the hop's timers and socket (call when done with the response). */
  finish(): void;
  /** The refusal that aborted the hop (timeout), if one did; reading errors defer to it. */
  abortReason(): FetchRefusal | undefined;
}

/** Errors of a pooled connection the server closed while it sat idle: the request never reached it. */
const STALE_CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE']);

/**
 * Sends one GET to the checked destination and resolves with the response headers. Three timers bound
 * it: connect (until the TCP/TLS connection is up), read (longest silence, headers and body alike) and
 * the whole fetch's deadline. A timer that fires destroys the request with a `timeout` refusal.
 * With `policy.keepAliveMs` the connection comes from (and, once the response was read to its end, goes back to) the
 * destination's pool (keep-alive-agents.ts); a pooled connection the server had closed is replaced once by a new one.
 */
export function requestHop(
  url: URL,
  destination: CheckedDestination,
  policy: FetchPolicy,
  conditional: ConditionalRequest | undefined,
  deadline: number,
  retryOfStaleConnection = false,
): Promise<HopResponse> {
  return new Promise((resolve, reject) => {
    const keepAliveMs = policy.keepAliveMs ?? 0;
    const headers: Record<string, string> = {
      accept: ACCEPT,
      ...Object.fromEntries(Object.entries(policy.headers).map(([k, v]) => [k.toLowerCase(), v])),
      'user-agent': policy.userAgent,
      'accept-encoding': 'gzip, deflate, br',
      host: url.host,
      connection: keepAliveMs > 0 ? 'keep-alive' : 'close',
    };
    if (conditional?.etag) headers['if-none-match'] = conditional.etag;
    if (conditional?.lastModified) headers['if-modified-since'] = conditional.lastModified;

    const literal = isIP(destination.hostname) !== 0;
    const client = url.protocol === 'https:' ? https : http;
    const options: PinnedRequestOptions = {
      protocol: url.protocol,
      // An IP literal is connected to as written (it was checked as written); a name goes through the
      // pinned lookup, which answers with the checked address and never queries DNS again.
      host: literal ? destination.address : destination.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers,
      lookup: literal ? undefined : pinnedLookup(destination),
      agent: keepAliveMs > 0 ? keepAliveAgent(url.protocol, keepAliveMs) : false,
      servername: literal ? undefined : destination.hostname,
      checkedAddresses: checkedAddressesOf(destination),
    };
    const req = client.request(options);
    let response: IncomingMessage | undefined;

    let aborted: FetchRefusal | undefined;
    const abort = (reason: string) => {
      if (aborted) return;
      aborted = new FetchRefusal('timeout', reason, url.toString());
      req.destroy(aborted);
    };
    const connectTimer = setTimeout(
      () => abort(`no connection within ${policy.connectTimeoutMs} ms`),
      Math.min(policy.connectTimeoutMs, Math.max(0, deadline - Date.now())),
    );
    const deadlineTimer = setTimeout(
      () => abort(`fetch not complete within ${policy.totalTimeoutMs} ms`),
      Math.max(0, deadline - Date.now()),
    );
    const finish = () => {
      clearTimeout(connectTimer);
      clearTimeout(deadlineTimer);
      // A response read to its end, or one without a body (a 304, a redirect with Content-Length 0: drained here; the
      // read timeout still bounds it), leaves the connection to the pool; anything else (a redirect's unread body, a
      // cap, a timeout, no pool) closes it.
      if (keepAliveMs > 0 && !aborted && response && (response.complete || hasNoBody(response))) {
        if (!response.readableEnded) response.resume();
      } else {
        req.destroy();
      }
    };
    req.setTimeout(policy.readTimeoutMs, () => abort(`no data for ${policy.readTimeoutMs} ms`));
    req.on('socket', (socket) => {
      const connected = () => clearTimeout(connectTimer);
      if (!socket.connecting) connected();
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
    });
    req.on('response', (res) => {
      response = res;
      resolve({ response: res, finish, abortReason: () => aborted });
    });
    req.on('error', (err) => {
      finish();
      if (aborted) return reject(aborted);
      if (err instanceof FetchRefusal) return reject(err);
      const code = (err as NodeJS.ErrnoException).code;
      if (req.reusedSocket && !response && !retryOfStaleConnection && STALE_CONNECTION_CODES.has(code ?? '')) {
        return resolve(requestHop(url, destination, policy, conditional, deadline, true));
      }
      reject(new FetchFailure('network', `${code ?? 'error'}: ${err.message}`, url.toString()));
    });
    req.end();
  });
}

/** A response that carries no body (RFC 9110: 1xx, 204, 304; or Content-Length 0 without chunked coding). */
function hasNoBody(response: IncomingMessage): boolean {
  const status = response.statusCode ?? 0;
  if (status === 204 || status === 304 || (status >= 100 && status < 200)) return true;
  return response.headers['content-length'] === '0' && response.headers['transfer-encoding'] === undefined;
}
