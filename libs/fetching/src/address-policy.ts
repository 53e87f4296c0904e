import { Ipv4, Ipv6, ipv4FromGroups, parseIpv4, parseIpv6 } from './ip-literals';

/** Why an address (or host name) may not be fetched from. */
export type AddressRefusalReason =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'multicast'
  | 'unspecified'
  | 'cloud-metadata'
  | 'ipv4-mapped'
  | 'reserved'
  | 'invalid';

export type AddressDecision = { allowed: true } | { allowed: false; reason: AddressRefusalReason };

const ALLOWED: AddressDecision = { allowed: true };
const refuse = (reason: AddressRefusalReason): AddressDecision => ({ allowed: false, reason });

/** An IPv4 CIDR block written as a dotted base and a prefix length. */
interface Ipv4Block {
  base: Ipv4;
  prefix: number;
  reason: AddressRefusalReason;
}

function v4Block(cidr: string, reason: AddressRefusalReason): Ipv4Block {
  const [base, prefix] = cidr.split('/');
  return { base: parseIpv4(base) as Ipv4, prefix: Number(prefix), reason };
}

function inV4Block(address: Ipv4, block: Ipv4Block): boolean {
  const size = 2 ** (32 - block.prefix);
  return Math.floor(address / size) === Math.floor(block.base / size);
}

/**
 * Cloud instance-metadata endpoints. Checked before the ranges they sit in so the reason names the real
 * danger: 169.254.169.254 (AWS, GCP, Azure, OpenStack, Oracle), 169.254.170.2 (ECS task metadata),
 * 169.254.169.253 (AWS VPC DNS), 100.100.100.200 (Alibaba Cloud), 192.0.0.192 (Oracle Cloud legacy).
 */
const CLOUD_METADATA_V4 = new Set(
  ['169.254.169.254', '169.254.170.2', '169.254.169.253', '100.100.100.200', '192.0.0.192'].map(
    (a) => parseIpv4(a) as Ipv4,
  ),
);

/** AWS's IPv6 metadata endpoint (fd00:ec2::254) and its DNS resolver (fd00:ec2::253) and time (fd00:ec2::123). */
const CLOUD_METADATA_V6 = ['fd00:ec2::254', 'fd00:ec2::253', 'fd00:ec2::123', 'fd00:ec2::23'].map((a) =>
  (parseIpv6(a) as Ipv6).join(':'),
);

/**
 * Special-purpose IPv4 blocks (IANA registry, RFC 6890) that a public news site can never legitimately
 * live on. Order matters only for readability: blocks do not overlap except where noted.
 */
const V4_BLOCKS: Ipv4Block[] = [
  v4Block('0.0.0.0/8', 'unspecified'), // "this network"; 0.0.0.0 connects to the local host on Linux
  v4Block('10.0.0.0/8', 'private'),
  v4Block('100.64.0.0/10', 'private'), // carrier-grade NAT shared space (RFC 6598)
  v4Block('127.0.0.0/8', 'loopback'),
  v4Block('169.254.0.0/16', 'link-local'),
  v4Block('172.16.0.0/12', 'private'),
  v4Block('192.0.0.0/24', 'reserved'), // IETF protocol assignments
  v4Block('192.0.2.0/24', 'reserved'), // TEST-NET-1
  v4Block('192.88.99.0/24', 'reserved'), // deprecated 6to4 relay anycast
  v4Block('192.168.0.0/16', 'private'),
  v4Block('198.18.0.0/15', 'reserved'), // benchmarking
  v4Block('198.51.100.0/24', 'reserved'), // TEST-NET-2
  v4Block('203.0.113.0/24', 'reserved'), // TEST-NET-3
  v4Block('224.0.0.0/4', 'multicast'),
  v4Block('240.0.0.0/4', 'reserved'), // future use, includes 255.255.255.255 broadcast
];

/** Decides an IPv4 address given as an integer. */
export function classifyIpv4(address: Ipv4): AddressDecision {
  if (CLOUD_METADATA_V4.has(address)) return refuse('cloud-metadata');
  for (const block of V4_BLOCKS) if (inV4Block(address, block)) return refuse(block.reason);
  return ALLOWED;
}

/** True when the first `bits` bits of `address` equal those of `prefix` (both as 16-bit groups). */
function hasV6Prefix(address: Ipv6, prefix: readonly number[], bits: number): boolean {
  for (let i = 0; i < 8 && bits > 0; i++, bits -= 16) {
    const take = Math.min(16, bits);
    const mask = (0xffff << (16 - take)) & 0xffff;
    if ((address[i] & mask) !== ((prefix[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** Decides an IPv6 address given as eight groups. */
export function classifyIpv6(address: Ipv6): AddressDecision {
  const key = address.join(':');
  if (CLOUD_METADATA_V6.includes(key)) return refuse('cloud-metadata');
  const first6Zero = address.slice(0, 6).every((g) => g === 0);
  if (first6Zero && address[6] === 0 && address[7] === 0) return refuse('unspecified');
  if (first6Zero && address[6] === 0 && address[7] === 1) return refuse('loopback');
  // ::ffff:a.b.c.d — sockets connect to the embedded IPv4 address, so mapped addresses are refused
  // outright: a public site never needs to be addressed that way.
  if (address.slice(0, 5).every((g) => g === 0) && address[5] === 0xffff) return refuse('ipv4-mapped');
  // ::a.b.c.d (deprecated IPv4-compatible) and ::ffff:0:a.b.c.d (SIIT translated) — never legitimate.
  if (first6Zero) return refuse('reserved');
  if (hasV6Prefix(address, [0, 0, 0, 0, 0xffff, 0], 96)) return refuse('reserved');
  // NAT64 well-known prefix 64:ff9b::/96: the gateway connects to the embedded IPv4 address, so that
  // address decides. 64:ff9b:1::/48 is the local-use NAT64 prefix (RFC 8215): private by definition.
  if (hasV6Prefix(address, [0x64, 0xff9b, 0, 0, 0, 0], 96)) {
    return classifyIpv4(ipv4FromGroups(address[6], address[7]));
  }
  if (hasV6Prefix(address, [0x64, 0xff9b, 1], 48)) return refuse('private');
  // 6to4 2002:AABB:CCDD::/48 tunnels to the IPv4 address AABBCCDD: that address decides.
  if (hasV6Prefix(address, [0x2002], 16)) {
    const embedded = classifyIpv4(ipv4FromGroups(address[1], address[2]));
    return embedded.allowed ? ALLOWED : embedded;
  }
  // Teredo 2001::/32 hides the client address (bit-inverted) behind a relay; no news site is served that way.
  if (hasV6Prefix(address, [0x2001, 0], 32)) return refuse('reserved');
  if (hasV6Prefix(address, [0x2001, 0xdb8], 32)) return refuse('reserved'); // documentation
  if (hasV6Prefix(address, [0x2001, 0x10], 28)) return refuse('reserved'); // ORCHID
  if (hasV6Prefix(address, [0x2001, 0x20], 28)) return refuse('reserved'); // ORCHIDv2
  if (hasV6Prefix(address, [0x100, 0, 0, 0], 64)) return refuse('reserved'); // discard-only
  if (hasV6Prefix(address, [0xfe80], 10)) return refuse('link-local');
  if (hasV6Prefix(address, [0xfec0], 10)) return refuse('private'); // deprecated site-local
  if (hasV6Prefix(address, [0xfc00], 7)) return refuse('private'); // unique local addresses
  if (hasV6Prefix(address, [0xff00], 8)) return refuse('multicast');
  // Allow-list heuristic: only 2000::/3 is allocated as global unicast; everything else is unassigned.
  if (!hasV6Prefix(address, [0x2000], 3)) return refuse('reserved');
  return ALLOWED;
}

/**
 * Host names that name the local machine or a cloud metadata service whatever DNS says. Refused by name
 * so the answer does not depend on /etc/hosts or on the resolver.
 */
function classifyReservedName(name: string): AddressDecision | undefined {
  // `localhost` and every `*.localhost` name resolve to loopback by RFC 6761 section 6.3.
  if (name === 'localhost' || name.endsWith('.localhost') || name === 'localhost.localdomain') {
    return refuse('loopback');
  }
  if (
    name === 'metadata.google.internal' ||
    name === 'metadata.goog' ||
    name === 'metadata' ||
    name === 'instance-data' ||
    name === 'instance-data.ec2.internal'
  ) {
    return refuse('cloud-metadata');
  }
  // Names reserved for private networks: .internal (ICANN 2024), .home.arpa (RFC 8375), .local (mDNS),
  // .lan / .intranet / .corp / .private (common private conventions, never delegated).
  if (/\.(internal|home\.arpa|local|lan|intranet|corp|private)$/.test(name) || name === 'home.arpa') {
    return refuse('private');
  }
  return undefined;
}

/** Lower-cases a host and strips brackets and one trailing dot (`localhost.` is `localhost`). */
function canonicalHostText(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h.endsWith('.') && h.length > 1) h = h.slice(0, -1);
  return h;
}

/** Parses an IP literal in any spelling; returns its decision, or undefined when it is not an IP literal. */
function classifyIpLiteral(text: string): AddressDecision | undefined {
  const v6 = parseIpv6(text);
  if (v6) return classifyIpv6(v6);
  const v4 = parseIpv4(text);
  if (v4 !== undefined) return classifyIpv4(v4);
  return undefined;
}

/**
 * Decides whether an IP address may be connected to. Accepts every spelling of IPv4 (`127.1`, `0x7f.0.0.1`,
 * `2130706433`, `017700000001`) and IPv6 (bracketed, compressed, with an IPv4 tail or a zone id), and the
 * reserved names `localhost`, `*.localhost` and the cloud metadata names. Anything else is `invalid`:
 * an ordinary host name has to be resolved first and each of its addresses decided here.
 */
export function classifyAddress(ip: string): AddressDecision {
  const text = canonicalHostText(ip);
  const literal = classifyIpLiteral(text);
  if (literal) return literal;
  return classifyReservedName(text) ?? refuse('invalid');
}

/** A host decision: like an address decision, but an ordinary name is allowed pending DNS resolution. */
export type HostDecision = AddressDecision & { needsResolution?: boolean };

/**
 * Decides a URL host before any DNS query: IP literals and reserved names are decided at once; any other
 * syntactically valid name is `{ allowed: true, needsResolution: true }` and every address it resolves
 * to must then pass {@link classifyAddress}.
 */
export function classifyHost(host: string): HostDecision {
  const text = canonicalHostText(host);
  if (text === '') return refuse('invalid');
  const literal = classifyIpLiteral(text);
  if (literal) return literal;
  // A name made only of digits, dots and hex prefixes that failed to parse (e.g. `1.2.3.4.5`) is not a
  // valid host; refusing it avoids resolvers that would interpret it their own way.
  if (/^[0-9.]+$/.test(text) || /^0x[0-9a-f.x]*$/.test(text)) return refuse('invalid');
  const reserved = classifyReservedName(text);
  if (reserved) return reserved;
  if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(text)) return refuse('invalid');
  return { allowed: true, needsResolution: true };
}
