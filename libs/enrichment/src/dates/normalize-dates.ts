import type { DateMention } from '../types';

/**
 * English date mentions, normalised against the article's date (the "anchor"):
 * - absolute: "April 26, 2024", "26 April 2024", "April 2024", "2024-04-26", "4/26/2024" (US order);
 * - years after a preposition ("in 2019" → 2019); months alone ("in March" → the anchor's year, YYYY-MM);
 * - partial: "April 1", "1 April" → the anchor's year (heuristic "news looks back": if that day lies more than
 *   two months after the anchor, the previous year);
 * - relative: "today", "yesterday", "tomorrow", "(on|last|this|next) Friday" (bare or "on" = the most recent such
 *   day on or before the anchor), "last week/month/year", "N days/weeks ago".
 * Without an anchor only absolute dates are returned.
 */

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** "in|since" → "[Ii]n|[Ss]ince": sentence-initial prepositions, while month names stay case-sensitive ("may"). */
function anyCase(words: string): string {
  return words
    .split('|')
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
}

interface Pattern {
  re: RegExp;
  /**
   * "Pattern pre-check": a condition that every text with a match meets, far cheaper to test than running the
   * regex over the whole text; a pattern whose pre-check fails is skipped (it would find nothing). None: always run.
   */
  needs?: (cues: TextCues) => boolean;
  resolve(m: RegExpExecArray, anchor: Date | null): string | null;
}

/** Facts about the text for the pre-checks, each worked out once and only when a pattern asks. */
class TextCues {
  private lowerCased: string | undefined;
  private monthNamed: boolean | undefined;

  constructor(readonly text: string) {}

  get lower(): string {
    if (this.lowerCased === undefined) this.lowerCased = this.text.toLowerCase();
    return this.lowerCased;
  }

  /** Every spelling of MONTH starts with one of these (case-sensitive, like MONTH). */
  get namesMonth(): boolean {
    if (this.monthNamed === undefined) this.monthNamed = MONTH_PREFIXES.some((m) => this.text.includes(m));
    return this.monthNamed;
  }

  /** A weekday name in any case: WEEKDAY's patterns are case-insensitive (ASCII only, so lower-casing finds it). */
  get namesWeekday(): boolean {
    const lower = this.lower;
    for (let i = lower.indexOf('day'); i >= 0; i = lower.indexOf('day', i + 3))
      if (WEEKDAY_STEMS.some((stem) => i >= stem.length && lower.startsWith(stem, i - stem.length))) return true;
    return false;
  }
}

const MONTH_PREFIXES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAY_STEMS = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'];
/** A year that the "in 2019" pattern accepts. */
const YEAR_LIKE = /1[89]\d\d|20\d\d/;

const PATTERNS: Pattern[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => ymd(+m[1], +m[2], +m[3]) },
  // "Friday, April 26, 2024" / "April 26, 2024" / "April 26 2024"
  {
    re: new RegExp(`\\b(?:${WEEKDAY},? )?${MONTH} ${DAY},? ${YEAR}\\b`, 'g'),
    needs: (cues) => cues.namesMonth,
    resolve: (m) => ymd(+m[4], MONTHS[m[2].toLowerCase()], +m[3]),
  },
  // "26 April 2024"
  {
    re: new RegExp(`\\b${DAY} ${MONTH},? ${YEAR}\\b`, 'g'),
    needs: (cues) => cues.namesMonth,
    resolve: (m) => ymd(+m[3], MONTHS[m[2].toLowerCase()], +m[1]),
  },
  // "4/26/2024" (US order, as English-language news uses)
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, resolve: (m) => ymd(+m[3], +m[1], +m[2]) },
  // "April 1" / "April 1st"
  {
    re: new RegExp(`\\b${MONTH} ${DAY}\\b(?!,? \\d{4})(?![:\\d])`, 'g'),
    needs: (cues) => cues.namesMonth,
    resolve: (m, a) => partial(a, MONTHS[m[1].toLowerCase()], +m[2]),
  },
  // "1 April"
  {
    re: new RegExp(`\\b${DAY} ${MONTH}\\b(?!,? \\d{4})`, 'g'),
    needs: (cues) => cues.namesMonth,
    resolve: (m, a) => partial(a, MONTHS[m[2].toLowerCase()], +m[1]),
  },
  // "April 2024"
  {
    re: new RegExp(`\\b${MONTH},? ${YEAR}\\b`, 'g'),
    needs: (cues) => cues.namesMonth,
    resolve: (m) => `${m[2]}-${pad(MONTHS[m[1].toLowerCase()])}`,
  },
  // "in March", "since September": a month alone, in the anchor's year (or the year before when ahead of it).
  {
    re: new RegExp(
      `\\b(?:${anyCase('in|since|until|by|from|during|early|late|last|this|next')}) ${MONTH}\\b(?! \\d)`,
      'g',
    ),
    needs: (cues) => cues.namesMonth,
    resolve: (m, a) => monthOnly(a, MONTHS[m[1].toLowerCase()]),
  },
  // "in 2019", "since 2020": a year after a preposition (bare numbers may be counts).
  {
    re: new RegExp(
      `\\b(?:${anyCase('in|since|until|by|from|during|of|before|after')}) (1[89]\\d\\d|20\\d\\d)\\b(?!s|\\s*(?:people|percent|%|km|miles))`,
      'g',
    ),
    needs: (cues) => YEAR_LIKE.test(cues.text),
    resolve: (m) => m[1],
  },
  // "on Friday", "last Friday", "this Friday", "next Friday", "Friday"
  {
    re: new RegExp(`\\b(?:(on|last|this|next|since|until|by) )?${WEEKDAY}\\b`, 'gi'),
    needs: (cues) => cues.namesWeekday,
    resolve: (m, a) => (a ? weekday(a, WEEKDAYS[m[2].toLowerCase()], (m[1] ?? '').toLowerCase()) : null),
  },
  {
    re: /\b(today|yesterday|tomorrow|tonight)\b/gi,
    resolve: (m, a) =>
      a ? shift(a, { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[m[1].toLowerCase()] ?? 0) : null,
  },
  {
    re: /\b(last|next|this) (week|month|year)\b/gi,
    resolve: (m, a) => (a ? relativePeriod(a, m[1].toLowerCase(), m[2].toLowerCase()) : null),
  },
  {
    re: /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (day|week|month|year)s? ago\b/gi,
    needs: (cues) => cues.lower.includes(' ago'),
    resolve: (m, a) => (a ? ago(a, NUMBER_WORDS[m[1].toLowerCase()] ?? +m[1], m[2].toLowerCase()) : null),
  },
];

export function normalizeDates(text: string, publishedAt?: string | null): DateMention[] {
  const anchor = parseAnchor(publishedAt);
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  const cues = new TextCues(text);
  for (const p of PATTERNS) {
    if (p.needs && !p.needs(cues)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      const value = p.resolve(m, anchor);
      if (!value) continue;
      taken.push([start, end]);
      found.push({ text: m[0], value, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function parseAnchor(publishedAt?: string | null): Date | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!m) return null;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function ymd(y: number, m: number, d: number): string | null {
  if (!m || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function shift(a: Date, days: number): string {
  return iso(new Date(a.getTime() + days * 86400000));
}

function partial(anchor: Date | null, month: number, day: number): string | null {
  if (!anchor) return null;
  let year = anchor.getUTCFullYear();
  const candidate = ymd(year, month, day);
  if (!candidate) return null;
  // "News looks back": a day more than ~2 months after the anchor is last year's.
  if (Date.UTC(year, month - 1, day) - anchor.getTime() > 62 * 86400000) year -= 1;
  return ymd(year, month, day);
}

function monthOnly(anchor: Date | null, month: number): string | null {
  if (!anchor) return null;
  let year = anchor.getUTCFullYear();
  if (month - 1 > anchor.getUTCMonth() + 2) year -= 1; // "news looks back"
  return `${year}-${pad(month)}`;
}

function weekday(a: Date, target: number, qualifier: string): string {
  const today = a.getUTCDay();
  if (qualifier === 'next') return shift(a, (target - today + 7) % 7 || 7);
  if (qualifier === 'last') return shift(a, -((today - target + 7) % 7 || 7));
  if (qualifier === 'this' || qualifier === 'until' || qualifier === 'by') {
    // "this Friday" said before Friday looks ahead; after it, back.
    const ahead = (target - today + 7) % 7;
    return ahead <= 3 ? shift(a, ahead) : shift(a, ahead - 7);
  }
  // Bare or "on": the most recent such day on or before the article's date.
  return shift(a, -((today - target + 7) % 7));
}

function relativePeriod(a: Date, which: string, unit: string): string {
  const dir = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  if (unit === 'week') return shift(a, 7 * dir);
  if (unit === 'month') {
    const d = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + dir, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  return String(a.getUTCFullYear() + dir);
}

/**
 * "N units ago" names a date only when it lands in the years a news date can take (those `ymd` accepts): "3000000
 * weeks ago" is a figure of speech, not year -55472, and "1000000000 days ago" lies beyond any Date at all (it made
 * `toISOString` throw and the whole article fail).
 */
function ago(a: Date, n: number, unit: string): string | null {
  const inNewsYears = (year: number) => year >= 1000 && year <= 2999; // NaN too is outside
  if (unit === 'year') {
    const year = a.getUTCFullYear() - n;
    return inNewsYears(year) ? String(year) : null;
  }
  const d =
    unit === 'month'
      ? new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() - n, 1))
      : new Date(a.getTime() - (unit === 'week' ? 7 * n : n) * 86400000);
  if (!inNewsYears(d.getUTCFullYear())) return null;
  return unit === 'month' ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}` : iso(d);
}
