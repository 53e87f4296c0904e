import http, { IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { CheckedDestination, pinnedLookup } from './destination';
import { FetchPolicy } from './fetch-policy';
import { FetchFailure, FetchRefusal } from './fetch-refusal';

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

/**
 * Sends one GET to the checked destination and resolves with the response headers. Three timers bound
 * it: connect (until the TCP/TLS connection is up), read (longest silence, headers and body alike) and
 * the whole fetch's deadline. A timer that fires destroys the request with a `timeout` refusal.
 */
export function requestHop(
  url: URL,
  destination: CheckedDestination,
  policy: FetchPolicy,
  conditional: ConditionalRequest | undefined,
  deadline: number,
): Promise<HopResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      accept: ACCEPT,
      ...Object.fromEntries(Object.entries(policy.headers).map(([k, v]) => [k.toLowerCase(), v])),
      'user-agent': policy.userAgent,
      'accept-encoding': 'gzip, deflate, br',
      host: url.host,
      connection: 'close',
    };
    if (conditional?.etag) headers['if-none-match'] = conditional.etag;
    if (conditional?.lastModified) headers['if-modified-since'] = conditional.lastModified;

    const literal = isIP(destination.hostname) !== 0;
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request({
      protocol: url.protocol,
      // An IP literal is connected to as written (it was checked as written); a name goes through the
      // pinned lookup, which answers with the checked address and never queries DNS again.
      host: literal ? destination.address : destination.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers,
      lookup: literal ? undefined : pinnedLookup(destination),
      agent: false,
      servername: literal ? undefined : destination.hostname,
    });

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
      req.destroy();
    };
    req.setTimeout(policy.readTimeoutMs, () => abort(`no data for ${policy.readTimeoutMs} ms`));
    req.on('socket', (socket) => {
      const connected = () => clearTimeout(connectTimer);
      if (!socket.connecting) connected();
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
    });
    req.on('response', (response) => resolve({ response, finish, abortReason: () => aborted }));
    req.on('error', (err) => {
      finish();
      if (aborted) return reject(aborted);
      if (err instanceof FetchRefusal) return reject(err);
      const code = (err as NodeJS.ErrnoException).code;
      reject(new FetchFailure('network', `${code ?? 'error'}: ${err.message}`, url.toString()));
    });
    req.end();
  });
}
