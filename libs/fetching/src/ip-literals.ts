/**
 * Parsing of IP address literals in every spelling that some resolver, URL parser or C library accepts.
 *
 * Why so lenient: an SSRF filter must see an address the way the *connecting* code would. `inet_aton` (and
 * therefore curl, wget, many proxies) accepts `127.1`, `0x7f.0.0.1`, `017700000001` and `2130706433` as
 * 127.0.0.1, so refusing only dotted-quad decimal would let those spellings through.
 */

/** An IPv4 address as an unsigned 32-bit integer. */
export type Ipv4 = number;

/** An IPv6 address as eight 16-bit groups. */
export type Ipv6 = readonly number[];

/**
 * Parses one inet_aton component: decimal, `0x` hexadecimal or leading-zero octal.
 * Returns undefined when the text is not a number in any of those bases.
 */
function parseIpv4Component(part: string): number | undefined {
  if (part === '') return undefined;
  let value: number;
  if (/^0[xX][0-9a-fA-F]*$/.test(part)) {
    // `0x` alone is zero for inet_aton and for the WHATWG URL parser alike.
    value = part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  } else if (/^0[0-7]+$/.test(part)) {
    value = parseInt(part.slice(1), 8);
  } else if (/^(0|[1-9][0-9]*)$/.test(part)) {
    value = parseInt(part, 10);
  } else {
    return undefined;
  }
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * Parses an IPv4 literal in inet_aton form: one to four components, the last one filling all remaining
 * bytes (so `127.1` is 127.0.0.1 and `2130706433` is 127.0.0.1). One trailing dot is accepted, as the
 * WHATWG URL parser accepts it. Returns undefined when the text is not an IPv4 literal.
 */
export function parseIpv4(text: string): Ipv4 | undefined {
  const trimmed = text.endsWith('.') ? text.slice(0, -1) : text;
  const parts = trimmed.split('.');
  if (parts.length < 1 || parts.length > 4) return undefined;
  const values: number[] = [];
  for (const part of parts) {
    const value = parseIpv4Component(part);
    if (value === undefined) return undefined;
    values.push(value);
  }
  const leading = values.slice(0, -1);
  const last = values[values.length - 1];
  if (leading.some((v) => v > 255)) return undefined;
  const lastBytes = 4 - leading.length;
  if (last >= 2 ** (8 * lastBytes)) return undefined;
  let address = 0;
  leading.forEach((v, i) => {
    address += v * 2 ** (8 * (3 - i));
  });
  return address + last;
}

/** Formats an IPv4 integer as a dotted quad. */
export function formatIpv4(address: Ipv4): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join('.');
}

/**
 * Parses an IPv6 literal: optional brackets, `::` compression, an embedded dotted IPv4 tail
 * (`::ffff:127.0.0.1`) and an optional zone id (`fe80::1%eth0`, which only link-local addresses use).
 * Returns undefined when the text is not an IPv6 literal.
 */
export function parseIpv6(text: string): Ipv6 | undefined {
  let s = text;
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (!s.includes(':')) return undefined;

  let tail: number[] = [];
  const lastColon = s.lastIndexOf(':');
  const lastPart = s.slice(lastColon + 1);
  if (lastPart.includes('.')) {
    // An embedded IPv4 tail must be a strict dotted quad (RFC 4291 section 2.2).
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(lastPart)) return undefined;
    const octets = lastPart.split('.').map(Number);
    if (octets.some((o) => o > 255)) return undefined;
    tail = [octets[0] * 256 + octets[1], octets[2] * 256 + octets[3]];
    // Drop the IPv4 tail; keep a `::` that precedes it, otherwise drop the separating colon.
    s = s.slice(0, lastColon + 1);
    if (!s.endsWith('::')) s = s.slice(0, -1);
  }

  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups = part.split(':');
    const out: number[] = [];
    for (const g of groups) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = parseGroups(halves[0]);
  if (head === undefined) return undefined;
  if (halves.length === 1) {
    const groups = [...head, ...tail];
    return groups.length === 8 ? groups : undefined;
  }
  const rest = parseGroups(halves[1]);
  if (rest === undefined) return undefined;
  const explicit = head.length + rest.length + tail.length;
  if (explicit > 7) return undefined;
  return [...head, ...new Array<number>(8 - explicit).fill(0), ...rest, ...tail];
}

/** Reads the IPv4 address held in two consecutive 16-bit groups of an IPv6 address. */
export function ipv4FromGroups(high: number, low: number): Ipv4 {
  return high * 65536 + low;
}
