import { ParsedDate, parseHumanDate, parseMachineDate } from './date-parsing';

/**
 * Dates that only the page's data scripts carry: Next.js's __NEXT_DATA__, Nuxt and Redux state
 * (window.__INITIAL_STATE__ = {...}), React server-component pushes (self.__next_f.push, with escaped
 * quotes). The scripts are searched for publication keys, not parsed: state blobs run to megabytes and are
 * often not standalone JSON.
 */

/** How much of each data script is searched (the article's own fields come early in page state). */
const SCAN_CHARS = 300_000;

const PUBLISHED_KEY =
  /\\?"(datePublished|publishedAt|published_at|publishDate|publish_date|publishedDate|published_date|publishedTime|published_time|firstPublishedAt|first_published_at|firstPublished|firstPublishDate|publicationDate|publication_date|pubDate|pub_date|displayPublishedDate|originalPublishDate)\\?"\s*:\s*(?:\\?"([^"\\]{6,40})\\?"|(\d{10,13})(?!\d))/g;

/**
 * The publication date named most often by a publication key in the data scripts (the article's date recurs
 * in its page state, for SEO fields and the article object; each related teaser's date appears once). Ties
 * go to the first.
 */
export function dateFromDataScripts(scripts: readonly string[]): ParsedDate | null {
  const votes = new Map<string, { count: number; order: number; date: ParsedDate }>();
  let order = 0;
  for (const script of scripts) {
    const text = script.length > SCAN_CHARS ? script.slice(0, SCAN_CHARS) : script;
    if (!/publish|pubDate|pub_date/i.test(text)) continue;
    for (const m of text.matchAll(PUBLISHED_KEY)) {
      const value = m[2] ?? m[3];
      const date = parseMachineDate(value) ?? (m[2] ? parseHumanDate(value) : null);
      if (!date) continue;
      const day = `${date.year}-${date.month}-${date.day}`;
      const vote = votes.get(day);
      if (vote) vote.count++;
      else votes.set(day, { count: 1, order: order++, date });
    }
  }
  let best: { count: number; order: number; date: ParsedDate } | null = null;
  for (const vote of votes.values()) {
    if (!best || vote.count > best.count || (vote.count === best.count && vote.order < best.order)) best = vote;
  }
  return best?.date ?? null;
}

const ISO_OFFSET = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?\s?([+-])(\d{2}):?(\d{2})(?![\d:])/g;
const RFC_OFFSET = /\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(?::\d{2})? ([+-])(\d{2})(\d{2})(?!\d)/g;

/**
 * "Page's own offset" heuristic: the UTC offset the page itself writes most often in the given texts (its
 * meta tags and JSON-LD). A timestamp given in UTC ("Z") is read in that offset to get the publisher's local
 * day. Null when the texts hold no non-zero offset.
 */
export function pageUtcOffset(texts: Iterable<string>): number | null {
  const counts = new Map<number, number>();
  for (const raw of texts) {
    const text = raw.length > SCAN_CHARS ? raw.slice(0, SCAN_CHARS) : raw;
    if (!/[+-]\d{2}:?\d{2}/.test(text)) continue;
    for (const pattern of [ISO_OFFSET, RFC_OFFSET]) {
      for (const m of text.matchAll(pattern)) {
        const minutes = (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]);
        if (minutes === 0 || Math.abs(minutes) > 14 * 60) continue;
        counts.set(minutes, (counts.get(minutes) ?? 0) + 1);
      }
    }
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [minutes, count] of counts) {
    if (count > bestCount) {
      best = minutes;
      bestCount = count;
    }
  }
  return best;
}

/** The same instant as `date` (a UTC timestamp) at the given offset. */
export function atOffset(date: ParsedDate, offsetMinutes: number): ParsedDate {
  const instant = Date.UTC(date.year, date.month - 1, date.day, date.hour ?? 0, date.minute ?? 0, date.second ?? 0);
  const local = new Date(instant + offsetMinutes * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    offsetMinutes,
  };
}
