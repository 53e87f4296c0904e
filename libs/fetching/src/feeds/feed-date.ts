/**
 * Feed dates as feeds write them: RFC 822/1123/2822 in RSS, RFC 3339 (ISO 8601) in Atom, JSON Feed and sitemaps,
 * and the sloppy variants feedparser's date tests collect. A date is read right or not at all: anything else is
 * undefined, and nothing here reads local time (no Date.parse, no local-time Date methods), so no result depends on
 * the server's time zone.
 */

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?';
const MONTH = '([a-z]{3,9})\\.?';
const TIME = '(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?';
const ZONE = '([a-z]+(?:/[a-z]+)?(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{1,2}(?::?\\d{2})?)';

/** `Thu, 01 Jan 2004 19:48:21 GMT`, `Mon, 13 Feb, 2012 06:28 UTC`, `Fri,24 Nov 2023 18:28:36 -0000`, `01 Jan 2004`. */
const RFC_822 = new RegExp(
  `^(?:${WEEKDAY}\\s*,?\\s*)?(\\d{1,2})\\s+${MONTH},?\\s+(\\d{2,4})(?:\\s+${TIME})?(?:\\s*${ZONE})?$`,
  'i',
);
/** Month before day (`Thu Aug 30 2012 17:26:16 +0200`, what JavaScript's Date.toString writes). */
const MONTH_FIRST = new RegExp(
  `^(?:${WEEKDAY}\\s*,?\\s*)?${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\s+${TIME}(?:\\s*${ZONE})?$`,
  'i',
);
/** C's asctime (`Sun Jan  4 16:29:06 2004`), also with a zone before the year (`Sun Jul 15 01:16:00 +0000 2012`). */
const ASCTIME = new RegExp(`^${WEEKDAY}\\s+${MONTH}\\s+(\\d{1,2})\\s+${TIME}\\s+(?:${ZONE}\\s+)?(\\d{4})$`, 'i');
/** Perforce's `Fri, 2006/09/15 08:19:53 EDT`. */
const SLASHED = new RegExp(`^(?:${WEEKDAY}\\s*,?\\s*)?(\\d{4})/(\\d{1,2})/(\\d{1,2})\\s+${TIME}(?:\\s*${ZONE})?$`, 'i');
/**
 * RFC 3339 / W3C-DTF / ISO 8601 extended: `2003`, `2003-12`, `2003-12-31`, then `T` or a space and a time, then `Z` or an
 * offset (a space before it, as MSSQL writes). A three-digit month with a leading zero is Google's `2003-012-31`.
 */
const ISO_8601 =
  /^(\d{4})(?:-(0?\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s?(z|[+-]\d{2}(?::?\d{2})?))?)?)?)?$/i;

/**
 * Named zones feeds use (RFC 822's, a few common abbreviations, and the one-letter US ones feedparser's tests show
 * Disney writing). Ambiguous abbreviations (IST, BST outside the UK...) are left out: better no date than a wrong one.
 */
const ZONE_HOURS: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  'etc/gmt': 0,
  'etc/utc': 0,
  wet: 0,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
  at: -4,
  et: -5,
  ct: -6,
  mt: -7,
  pt: -8,
  akst: -9,
  akdt: -8,
  hst: -10,
  cet: 1,
  cest: 2,
  met: 1,
  mest: 2,
  west: 1,
  eet: 2,
  eest: 3,
  msk: 3,
  jst: 9,
  kst: 9,
  aest: 10,
  aedt: 11,
  nzst: 12,
  nzdt: 13,
};

/** A feed date as an ISO 8601 UTC string (`2026-03-02T08:30:00.000Z`), or undefined when it is not one we read. */
export function parseFeedDate(text: string | undefined): string | undefined {
  const s = text?.trim().replace(/\s+/g, ' ');
  if (!s) return undefined;
  let m = ISO_8601.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, frac, zone] = m;
    // Heuristic `zoneless-feed-date-is-utc`: "2026-03-02 08:30:00" names no zone; UTC is the stable reading
    // (the server's own zone would make results depend on where the fetcher runs).
    return utcIso(+y, mo ? +mo : 1, d ? +d : 1, h ? +h : 0, mi ? +mi : 0, sec ? +sec : 0, frac, zoneMinutes(zone));
  }
  if ((m = RFC_822.exec(s))) {
    const [, d, mon, y, h, mi, sec, frac, zone] = m;
    return utcIso(rfc2822Year(y), month(mon), +d, h ? +h : 0, mi ? +mi : 0, sec ? +sec : 0, frac, zoneMinutes(zone));
  }
  if ((m = MONTH_FIRST.exec(s))) {
    const [, mon, d, y, h, mi, sec, frac, zone] = m;
    return utcIso(+y, month(mon), +d, +h, +mi, sec ? +sec : 0, frac, zoneMinutes(zone));
  }
  if ((m = ASCTIME.exec(s))) {
    const [, mon, d, h, mi, sec, frac, zone, y] = m;
    return utcIso(+y, month(mon), +d, +h, +mi, sec ? +sec : 0, frac, zoneMinutes(zone));
  }
  if ((m = SLASHED.exec(s))) {
    const [, y, mo, d, h, mi, sec, frac, zone] = m;
    return utcIso(+y, +mo, +d, +h, +mi, sec ? +sec : 0, frac, zoneMinutes(zone));
  }
  return undefined;
}

/** RFC 2822 section 4.3: a two-digit year below 50 is 20xx, else 19xx; a three-digit year is 1900 + it. */
function rfc2822Year(text: string): number {
  const y = +text;
  if (text.length === 2) return y < 50 ? 2000 + y : 1900 + y;
  if (text.length === 3) return 1900 + y;
  return y;
}

/** 1-12 for an English month name or its three-letter abbreviation (`Jan`, `January`), NaN otherwise. */
function month(name: string): number {
  const lower = name.toLowerCase();
  const i = MONTHS.indexOf(lower.slice(0, 3));
  return i >= 0 && (lower.length === 3 || MONTH_NAMES[i] === lower || (lower === 'sept' && i === 8)) ? i + 1 : NaN;
}

/**
 * Minutes east of UTC for a zone as written: none (UTC, see `zoneless-feed-date-is-utc`), `Z`, a name, `+hhmm`,
 * `+hh:mm`, `+hh`, or a name with an offset (`GMT-01:01`). NaN for anything unknown or out of range.
 */
function zoneMinutes(zone: string | undefined): number {
  if (zone === undefined) return 0;
  const m = /^([a-z]+(?:\/[a-z]+)?)?\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(zone);
  if (!m) return NaN;
  const [, name, sign, hh, mm] = m;
  const named = name === undefined ? 0 : ZONE_HOURS[name.toLowerCase()];
  if (named === undefined) return NaN;
  if (sign === undefined) return named * 60;
  // An offset after a name only makes sense after GMT/UTC (`GMT+2`); `EST+5` is no zone.
  if (named !== 0) return NaN;
  const hours = +hh;
  const minutes = mm === undefined ? 0 : +mm;
  if (hours > 23 || minutes > 59) return NaN;
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const daysInMonth = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** Validates the fields (a leap second reads as :59) and gives the UTC instant as ISO, or undefined. */
function utcIso(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  fraction: string | undefined,
  offsetMinutes: number,
): string | undefined {
  if (Number.isNaN(mo) || Number.isNaN(offsetMinutes)) return undefined;
  if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  if (h > 23 || mi > 59 || s > 60) return undefined;
  const ms = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  const t = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  t.setUTCFullYear(y, mo - 1, d);
  t.setUTCHours(h, mi, Math.min(s, 59), ms);
  const instant = new Date(t.getTime() - offsetMinutes * 60_000);
  const year = instant.getUTCFullYear();
  return year >= 1 && year <= 9999 ? instant.toISOString() : undefined;
}
