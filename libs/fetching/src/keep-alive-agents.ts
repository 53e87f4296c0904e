import http from 'node:http';
import https from 'node:https';
import { CheckedDestination } from './destination';

/**
 * Connections kept open between fetches of one host ("keep-alive reuse" heuristic): a news site is fetched page after
 * page, and a new TCP (and TLS) connection per page cost the fetcher ~0.9 ms of CPU per article on loopback (connect,
 * close, the first write), more with TLS. A pooled connection is only ever reused for the same destination it was
 * opened to: the pool's key adds the checked addresses to Node's own (host, port, TLS server name), so a name that
 * now resolves elsewhere gets a new connection, checked like any other. Idle connections close after `idleMs`,
 * below the usual server keep-alive timeouts (nginx 75 s, Apache 5 s), so reuse rarely races a server's close; when
 * it does, the hop is sent once more on a new connection (see requestHop).
 */

/** The request option naming the checked addresses a pooled connection goes to (part of the pool key). */
export interface PinnedRequestOptions extends https.RequestOptions {
  checkedAddresses: string;
}

/** Idle connections kept per destination, and in total per agent (a fetcher talks to many hosts at once). */
const MAX_IDLE_PER_DESTINATION = 4;
const MAX_SOCKETS_TOTAL = 256;

function pinnedName(base: string, options: unknown): string {
  return `${base}|${(options as Partial<PinnedRequestOptions>).checkedAddresses ?? ''}`;
}

class PinnedHttpAgent extends http.Agent {
  override getName(options?: http.ClientRequestArgs): string {
    return pinnedName(super.getName(options), options);
  }
}

class PinnedHttpsAgent extends https.Agent {
  override getName(options?: https.RequestOptions): string {
    return pinnedName(super.getName(options), options);
  }
}

const agents = new Map<string, http.Agent>();

/** The pooling agent for a protocol and idle timeout (one per pair, for the process's life). */
export function keepAliveAgent(protocol: string, idleMs: number): http.Agent {
  const key = `${protocol}${idleMs}`;
  let agent = agents.get(key);
  if (!agent) {
    const options = {
      keepAlive: true,
      timeout: idleMs,
      maxFreeSockets: MAX_IDLE_PER_DESTINATION,
      maxTotalSockets: MAX_SOCKETS_TOTAL,
      scheduling: 'lifo' as const,
    };
    agent = protocol === 'https:' ? new PinnedHttpsAgent(options) : new PinnedHttpAgent(options);
    agents.set(key, agent);
  }
  return agent;
}

/** The pool key's part that pins a connection to the addresses the destination check passed. */
export function checkedAddressesOf(destination: CheckedDestination): string {
  const all = [destination.address, ...(destination.alternatives ?? []).map((a) => a.address)];
  return [...new Set(all)].join(',');
}

/** Closes every pooled connection (tests; a process that stops fetching). */
export function closeKeepAliveConnections(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}
