import { promises as dns, LookupAddress } from 'node:dns';
import { LookupFunction } from 'node:net';
import { classifyAddress, classifyHost } from './address-policy';
import { isHostExplicitlyAllowed } from './allowed-hosts';
import { FetchFailure, FetchRefusal } from './fetch-refusal';
import { HostResolver } from './fetch-policy';

/** Where one hop will connect: the name to send (Host, SNI) and the one address that was checked. */
export interface CheckedDestination {
  hostname: string;
  address: string;
  family: 4 | 6;
  /** True when the host was on the explicit allow-list and skipped the address policy. */
  allowListed: boolean;
  /**
   * Every address the name resolved to, all of them checked (first = `address`). Node's happy-eyeballs
   * connect may try them in turn, which is safe because none of them is unchecked.
   */
  alternatives?: Array<{ address: string; family: 4 | 6 }>;
}

export const systemResolver: HostResolver = async (hostname) => {
  const found = await dns.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** The URL's host without IPv6 brackets, as sockets want it. */
export function bareHostname(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * Checks every resolved address and returns the first one. One bad address refuses the whole name:
 * a resolver may hand the addresses out in any order, and a name that mixes public and private
 * addresses is exactly what a DNS-rebinding attacker publishes.
 */
export function pickCheckedAddress(
  url: string,
  addresses: ReadonlyArray<{ address: string; family: 4 | 6 }>,
): { address: string; family: 4 | 6 } {
  if (addresses.length === 0) throw new FetchFailure('dns', 'the name resolved to no address', url);
  for (const a of addresses) {
    const decision = classifyAddress(a.address);
    if (!decision.allowed) {
      throw new FetchRefusal(
        'address-refused',
        `host resolves to a ${decision.reason} address (${a.address})`,
        url,
        decision.reason,
      );
    }
  }
  return addresses[0];
}

/**
 * Decides where a URL may connect, before any connection: allow-listed hosts are resolved and pinned
 * unchecked; IP literals and reserved names are decided as written; other names are resolved once and
 * every address is checked. The result is pinned by {@link pinnedLookup}, so the socket connects to the
 * checked address and DNS cannot answer differently a second time (DNS rebinding).
 */
export async function checkDestination(
  url: URL,
  allowHosts: readonly string[],
  resolveHost: HostResolver = systemResolver,
): Promise<CheckedDestination> {
  const hostname = bareHostname(url);
  const allowListed = isHostExplicitlyAllowed(url, allowHosts);
  if (!allowListed) {
    const decision = classifyHost(url.hostname);
    if (!decision.allowed) {
      throw new FetchRefusal('address-refused', `${decision.reason} address refused`, url.toString(), decision.reason);
    }
    if (!decision.needsResolution) {
      return { hostname, address: hostname, family: hostname.includes(':') ? 6 : 4, allowListed };
    }
  }
  let addresses: Array<{ address: string; family: 4 | 6 }>;
  try {
    addresses = await resolveHost(hostname);
  } catch (err) {
    throw new FetchFailure('dns', `cannot resolve ${hostname}: ${(err as Error).message}`, url.toString());
  }
  if (allowListed) {
    if (addresses.length === 0) throw new FetchFailure('dns', 'the name resolved to no address', url.toString());
    return { hostname, ...addresses[0], allowListed, alternatives: addresses };
  }
  return { hostname, ...pickCheckedAddress(url.toString(), addresses), allowListed, alternatives: addresses };
}

/**
 * A `lookup` for http.request that never queries DNS: it answers with the address already checked.
 * Handles the `all: true` form too, which Node's happy-eyeballs connect (autoSelectFamily) uses: it then
 * gets every checked address, so a dual-stack name still connects when one family is not listening.
 */
export function pinnedLookup(destination: CheckedDestination): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    const entry: LookupAddress = { address: destination.address, family: destination.family };
    if (options && options.all) callback(null, destination.alternatives ?? [entry]);
    else callback(null, entry.address, entry.family);
  }) as unknown as LookupFunction;
}
