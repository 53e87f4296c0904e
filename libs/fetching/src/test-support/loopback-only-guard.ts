import dns from 'node:dns';
import net from 'node:net';

/**
 * Test guard: while installed, any socket connection to a non-loopback address throws instead of
 * connecting. Specs install it so that even a broken client (one that forgot a check) cannot send a
 * packet to 10.0.0.1 or 169.254.169.254: the test fails loudly instead.
 */
export interface LoopbackGuard {
  /** Every host or address a connection was attempted to. */
  attempts: string[];
  restore(): void;
}

function isLoopbackAddress(address: string): boolean {
  return /^127\./.test(address) || address === '::1';
}

type LookupCallback = (err: Error | null, address: string | dns.LookupAddress[], family?: number) => void;
type Lookup = (host: string, options: dns.LookupOptions, callback: LookupCallback) => void;

export function installLoopbackOnlyGuard(): LoopbackGuard {
  const attempts: string[] = [];
  const original = net.Socket.prototype.connect;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: any[]) {
    // net.createConnection passes its normalised [options, callback] array as the first argument.
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const options: { host?: string; path?: string; lookup?: Lookup } =
      typeof first === 'object' && first !== null ? first : { host: args[1] };
    if (options.path) return original.apply(this, args as never);
    const host: string = options.host ?? 'localhost';
    attempts.push(host);
    if (net.isIP(host)) {
      if (!isLoopbackAddress(host)) throw new Error(`loopback-only guard: refused connection to ${host}`);
      return original.apply(this, args as never);
    }
    if (typeof first !== 'object' || first === null) throw new Error(`loopback-only guard: unchecked host ${host}`);
    const lookup: Lookup = options.lookup ?? (dns.lookup as unknown as Lookup);
    // The options object is the caller's own; wrapping its lookup in place keeps Node's argument markers.
    options.lookup = (h: string, o: dns.LookupOptions, cb: LookupCallback) =>
      lookup(h, o, (err, address, family) => {
        if (err) return cb(err, address, family);
        const list = Array.isArray(address) ? address.map((a) => a.address) : [address];
        const bad = list.find((a) => !isLoopbackAddress(a));
        if (bad) return cb(new Error(`loopback-only guard: ${h} resolved to ${bad}`), address, family);
        cb(null, address, family);
      });
    return original.apply(this, args as never);
  } as typeof original;
  return {
    attempts,
    restore: () => {
      net.Socket.prototype.connect = original;
    },
  };
}
