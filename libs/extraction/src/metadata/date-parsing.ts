import { MONTH_BY_NAME } from './month-names';

/** A calendar date, optionally with a time and a UTC offset in minutes. */
export interface ParsedDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC; undefined when the source gives no zone. */
  offsetMinutes?: number;
  /** True when the zone was written as "Z"/"UTC"/"GMT" (a machine timestamp) rather than a numeric offset. */
  zulu?: boolean;
}

/** Plausible publication years: the web's news era up to next year. */
const MIN_YEAR = 1995;

export function isPlausibleDate(d: ParsedDate, now = new Date()): boolean {
  if (d.year < MIN_YEAR || d.month < 1 || d.month > 12 || d.day < 1) return false;
  const daysInMonth = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  if (d.day > daysInMonth) return false;
  // Not more than two days in the future (time zones, scheduled posts).
  return Date.UTC(d.year, d.month - 1, d.day) <= now.getTime() + 2 * 86_400_000;
}

const ISO_PATTERN =
  /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{1,2}))?(?:[.,]\d+)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
const SLASH_YMD = /(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2}))?/;
const COMPACT_YMD = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?/;

/** Machine-readable dates: ISO 8601 and its common variants (meta tags, JSON-LD, <time datetime>). */
export function parseMachineDate(value: string): ParsedDate | null {
  const text = value.trim();
  let m = ISO_PATTERN.exec(text);
  if (m) {
    const d: ParsedDate = { year: +m[1], month: +m[2], day: +m[3] };
    if (m[4] !== undefined) {
      d.hour = +m[4];
      d.minute = +m[5];
      d.second = m[6] !== undefined ? +m[6] : 0;
      if (m[7]) {
        d.offsetMinutes = parseOffset(m[7]);
        d.zulu = /^(Z|UTC|GMT)$/i.test(m[7]);
      }
    }
    return isPlausibleDate(d) ? d : null;
  }
  m = COMPACT_YMD.exec(text);
  if (m) {
    const d: ParsedDate = { year: +m[1], month: +m[2], day: +m[3] };
    if (m[4] !== undefined) {
      d.hour = +m[4];
      d.minute = +m[5];
      d.second = m[6] !== undefined ? +m[6] : 0;
    }
    return isPlausibleDate(d) ? d : null;
  }
  m = SLASH_YMD.exec(text);
  if (m) {
    const d: ParsedDate = { year: +m[1], month: +m[2], day: +m[3] };
    if (m[4] !== undefined) {
      d.hour = +m[4];
      d.minute = +m[5];
      d.second = 0;
    }
    return isPlausibleDate(d) ? d : null;
  }
  // RFC 2822 and other strings Date understands ("Tue, 26 Apr 2024 10:00:00 GMT").
  if (/[a-z]{3}/i.test(text) && /\d{4}/.test(text)) return parseHumanDate(text);
  if (/^\d{10,13}$/.test(text)) {
    const ms = text.length === 13 ? +text : +text * 1000;
    const date = new Date(ms);
    const d: ParsedDate = {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
      offsetMinutes: 0,
    };
    return isPlausibleDate(d) ? d : null;
  }
  return null;
}

function parseOffset(zone: string): number {
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /([+-])(\d{2}):?(\d{2})?/.exec(zone);
  if (!m) return 0;
  const minutes = +m[2] * 60 + (m[3] ? +m[3] : 0);
  return m[1] === '-' ? -minutes : minutes;
}

// Any word (letters and combining marks: Devanagari and Bengali vowel signs), looked up in MONTH_BY_NAME afterwards: an alternation of hundreds of month names makes every
// scan slow, while a letter run is matched fast. Arabic Levantine months have two words ("كانون الثاني").
const MONTH = '([\\p{L}\\p{M}]+(?:\\s(?:الثاني|الأول))?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|e|º|\\.)?';
const YEAR = '(\\d{4})';
const TIME = '(?:[^\\d]{0,12}?(\\d{1,2})[:h.](\\d{2})(?:\\s*([ap])\\.?m\\.?)?)?';

/** "26 April 2024", "26. April 2024", "26 de abril de 2024", "26 апреля 2024 г.", "24 نيسان / أبريل 2020" */
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d])${DAY}\\s*(?:de\\s+|del\\s+)?${MONTH}(?:\\s*[/|]\\s*\\p{L}+(?:\\s(?:الثاني|الأول))?)?(?:\\s*,?\\s*(?:de\\s+|del\\s+)?)${YEAR}${TIME}`,
  'giu',
);
/** "April 26, 2024", "Apr. 26 2024" */
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])${MONTH}\\s+${DAY}\\s*,?\\s*${YEAR}${TIME}`, 'giu');
/** "2024年4月26日", "2024년 4월 26일" */
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?(?:[^\d]{0,6}(\d{1,2})[:時시](\d{2}))?/g;
/** "26.04.2024", "26/04/2024", "04/26/2024", "26-04-2024" */
const NUMERIC_DMY = /(?<![\d/.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d/.-]\d)(?:[^\d]{0,6}(\d{1,2})[:h](\d{2}))?/g;
const NUMERIC_YMD = /(?<![\d])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d])(?:[^\d]{0,6}(\d{1,2})[:h](\d{2}))?/g;

/** "15 tháng 3 năm 2020", "ngày 15 tháng 3, 2020": Vietnamese numbers its months. */
const VIETNAMESE_DATE = /(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm|,)?\s+(\d{4})/g;

/**
 * Digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width) as ASCII digits,
 * one code unit for one, so that positions in the text stay valid.
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff10-\uff19]/g;

export function asciiDigits(text: string): string {
  OTHER_DIGITS.lastIndex = 0;
  if (!OTHER_DIGITS.test(text)) return text;
  return text.replace(OTHER_DIGITS, (ch) => {
    const code = ch.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
    return String(code - zero);
  });
}

/**
 * Dates with a two-digit year ("15.03.20", "03/15/20", "Posted 15-03-20"), read only where a date is expected
 * (bylines, date elements): in running text such triples are as often scores, versions or ranges.
 */
const SHORT_YEAR_DATE = /(?<![\d/.-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\d/.-]*\d)/;

export function parseShortYearDate(text: string, preferMonthFirst = false, now = new Date()): ParsedDate | null {
  const m = SHORT_YEAR_DATE.exec(asciiDigits(text));
  if (!m) return null;
  let first = +m[1];
  let second = +m[3];
  if (first <= 12 && (second > 12 || preferMonthFirst)) [first, second] = [second, first];
  const yy = +m[4];
  const century = 2000 + yy <= now.getUTCFullYear() + 1 ? 2000 : 1900;
  const date: ParsedDate = { year: century + yy, month: second, day: first };
  return isPlausibleDate(date, now) ? date : null;
}

/** A date found in text and where it starts. */
export interface DateMatch {
  index: number;
  date: ParsedDate;
}

/**
 * Every plausible human-written date in the text, in order of position, in many languages.
 * `preferMonthFirst` decides ambiguous numeric dates (04/05/2024): month first for American English pages,
 * day first elsewhere.
 */
export function findHumanDates(text: string, preferMonthFirst = false, limit = Infinity): DateMatch[] {
  text = asciiDigits(text);
  // Every pattern needs a four-digit year: most texts have none, and the month-name patterns are costly.
  if (!/\d{4}/.test(text)) return [];
  if (text.length <= 400) return findInText(text, preferMonthFirst, limit);
  // Long texts: only the windows around four-digit numbers can hold a date.
  const found: DateMatch[] = [];
  const years = /\d{4}/g;
  let windowStart = -1;
  let windowEnd = -1;
  const flush = (): void => {
    if (windowStart < 0) return;
    for (const m of findInText(text.slice(windowStart, windowEnd), preferMonthFirst, limit)) {
      found.push({ index: m.index + windowStart, date: m.date });
    }
  };
  for (let m = years.exec(text); m !== null && found.length < limit; m = years.exec(text)) {
    const start = Math.max(0, m.index - 45);
    const end = Math.min(text.length, m.index + 30);
    if (start <= windowEnd) windowEnd = end;
    else {
      flush();
      windowStart = start;
      windowEnd = end;
    }
  }
  flush();
  return found;
}

function findInText(text: string, preferMonthFirst: boolean, limit: number): DateMatch[] {
  const found: DateMatch[] = [];
  const add = (index: number, date: ParsedDate): void => {
    // Thai pages count years in the Buddhist era (2563 = 2020).
    if (date.year > 2400) date = { ...date, year: date.year - 543 };
    if (isPlausibleDate(date)) found.push({ index, date });
  };
  if (text.includes('tháng')) {
    for (const m of text.matchAll(VIETNAMESE_DATE)) add(m.index ?? 0, { year: +m[3], month: +m[2], day: +m[1] });
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = monthOf(m[2]);
    if (month) add(m.index ?? 0, withTime({ year: +m[3], month, day: +m[1] }, m[4], m[5], m[6]));
    if (found.length >= limit) break;
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const month = monthOf(m[1]);
    if (month) add(m.index ?? 0, withTime({ year: +m[3], month, day: +m[2] }, m[4], m[5], m[6]));
    if (found.length >= limit * 2) break;
  }
  for (const m of text.matchAll(CJK_DATE)) {
    add(m.index ?? 0, withTime({ year: +m[1], month: +m[2], day: +m[3] }, m[4], m[5], undefined));
    if (found.length >= limit * 3) break;
  }
  for (const m of text.matchAll(NUMERIC_YMD)) {
    add(m.index ?? 0, withTime({ year: +m[1], month: +m[3], day: +m[4] }, m[5], m[6], undefined));
    if (found.length >= limit * 4) break;
  }
  for (const m of text.matchAll(NUMERIC_DMY)) {
    let first = +m[1];
    let second = +m[3];
    if (first <= 12 && (second > 12 || preferMonthFirst)) [first, second] = [second, first];
    add(m.index ?? 0, withTime({ year: +m[4], month: second, day: first }, m[5], m[6], undefined));
    if (found.length >= limit * 5) break;
  }
  found.sort((a, b) => a.index - b.index);
  return found;
}

/** The first plausible human-written date in the text. */
export function parseHumanDate(text: string, preferMonthFirst = false): ParsedDate | null {
  return findHumanDates(text, preferMonthFirst, 1)[0]?.date ?? null;
}

function monthOf(name: string): number {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
}

function withTime(d: ParsedDate, hour?: string, minute?: string, meridiem?: string): ParsedDate {
  if (hour === undefined || minute === undefined) return d;
  let h = +hour;
  const min = +minute;
  if (meridiem) {
    if (/p/i.test(meridiem) && h < 12) h += 12;
    if (/a/i.test(meridiem) && h === 12) h = 0;
  }
  if (h > 23 || min > 59) return d;
  return { ...d, hour: h, minute: min, second: 0 };
}

/** Formats as 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:mm:ss±hh:mm' when a time is known (naive times are taken as UTC). */
export function formatDate(d: ParsedDate): string {
  const day = `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  if (d.hour === undefined) return day;
  const offset = d.offsetMinutes ?? 0;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${day}T${pad(d.hour)}:${pad(d.minute ?? 0)}:${pad(d.second ?? 0)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Dates in URL paths: /2024/04/26/, /2024-04-26-, /20240426/ (htmldate's URL heuristics). */
export function parseUrlDate(url: string | null | undefined): ParsedDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const patterns = [
    /(?:^|[/_-])((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=$|[/_.-])/,
    /(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/,
    /(?:^|[/_-])(0?[1-9]|[12]\d|3[01])[/_-](0?[1-9]|1[0-2])[/_-]((?:19|20)\d{2})(?=$|[/_.-])/,
  ];
  for (let i = 0; i < patterns.length; i++) {
    const m = patterns[i].exec(path);
    if (!m) continue;
    if (i === 0 && isSlugNumber(path, m)) continue;
    const d: ParsedDate =
      i === 2 ? { year: +m[3], month: +m[2], day: +m[1] } : { year: +m[1], month: +m[2], day: +m[3] };
    if (isPlausibleDate(d)) return d;
  }
  return null;
}

/** A year and month in the URL path (/2019/10/slug): not a date, but a constraint on it. */
/**
 * "Slug number" heuristic: in /2020/05/15-things-to-do/ the year and month are folders but "15" starts the
 * slug (its separator differs from the folders' and words follow), so it is no day.
 */
function isSlugNumber(path: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  const folderSeparator = path[end - m[3].length - 1];
  const after = path.slice(end, end + 2);
  return folderSeparator === '/' && /^[-_]\p{L}/u.test(after);
}

export function parseUrlYearMonth(url: string | null | undefined): { year: number; month: number } | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const m = /(?:^|\/)((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])(?=\/)/.exec(path);
  return m ? { year: +m[1], month: +m[2] } : null;
}
