import { Parser } from 'htmlparser2';

/**
 * Value helpers shared by the feed parsers: dates, URLs and summaries as feeds actually write them.
 */

/**
 * A feed date (RFC 822 in RSS, RFC 3339 in Atom and JSON Feed, and the many sloppy variants) as an ISO
 * string, or undefined when unparseable. Date.parse reads RFC 822 with named zones (GMT, EST, PDT) too.
 */
export function feedDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let trimmed = text.trim();
  if (trimmed === '') return undefined;
  // Heuristic `zoneless-feed-date-is-utc`: "2026-03-02 08:30:00" has no zone, and Date.parse would read it
  // in the server's local zone, making results depend on where the fetcher runs; UTC is the stable guess.
  const zoneless = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$/.exec(trimmed);
  if (zoneless) trimmed = `${zoneless[1]}T${zoneless[2]}Z`;
  const t = Date.parse(trimmed);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toISOString();
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
