/**
 * Parses a Retry-After header value (RFC 9110 section 10.2.3): either delay-seconds or an HTTP-date.
 * Returns the delay in milliseconds from `now` (never negative), or undefined when the value is missing
 * or unparseable. `maxMs` caps absurd values (a server asking for a week of silence is treated as asking
 * for the cap, so one bad header cannot park a source forever).
 */
export function parseRetryAfter(
  value: string | string[] | undefined,
  now: number = Date.now(),
  maxMs: number = 24 * 60 * 60 * 1000,
): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, maxMs);
  // HTTP-date: IMF-fixdate, or the obsolete RFC 850 / asctime forms, which Date.parse also reads.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now), maxMs);
}
