import { Parser } from 'htmlparser2';
import { parseFeedDate } from './feed-date';

/**
 * Value helpers shared by the feed parsers: dates, URLs and summaries as feeds actually write them.
 */

/** A feed date as an ISO string, or undefined when it is not one we can read right (see {@link parseFeedDate}). */
export function feedDate(text: string | undefined): string | undefined {
  return parseFeedDate(text);
}

/** Resolves a possibly relative link against a base; undefined for empty or non-http(s) results. */
export function resolveLink(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  if (trimmed === '') return undefined;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Feed titles and summaries are often HTML (escaped or in CDATA): read as HTML with htmlparser2, so tags
 * are dropped, every named and numeric entity is decoded, scripts and styles are skipped, and whitespace
 * is collapsed.
 */
export function plainText(html: string | undefined): string | undefined {
  if (!html) return undefined;
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'script' || name === 'style') skipping++;
        else parts.push(' ');
      },
      ontext(data) {
        if (skipping === 0) parts.push(data);
      },
      onclosetag(name) {
        if ((name === 'script' || name === 'style') && skipping > 0) skipping--;
        else parts.push(' ');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}
