import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Feed, FeedParseError } from '../feed-types';

/**
 * Runs feedparser's test corpus (../shared/suites/feedparser/tests, see ../shared/suites/README.md) through a feed
 * parser. Each file's leading comment has an `Expect:` line in Python; the clauses we can translate are compared
 * with what we parse, the rest (bozo, encodings, authors, sanitizing...) are not.
 */

/** Where the corpus lives when the workspace has one (a clone of the repository alone does not). */
export const FEEDPARSER_CORPUS_DIR = join(__dirname, '../../../../../../shared/suites/feedparser/tests');

export interface CorpusCase {
  file: string;
  /** The Expect line, as written. */
  expect?: string;
  /** The translated clauses, or undefined when some clause has no counterpart in our Feed. */
  checks?: Check[];
}

interface Check {
  /** How the clause was written, for failure messages. */
  clause: string;
  actual: (feed: Feed) => string | undefined;
  expected: string;
}

export interface CorpusResult {
  files: number;
  /** Parsed to a Feed. */
  parsed: number;
  /** Refused with a FeedParseError (not a feed, or a format we do not read: CDF, HTML...). */
  refused: number;
  /** Any other exception: a bug. */
  crashed: { file: string; error: string }[];
  /** Files whose Expect translated completely. */
  translated: number;
  passed: number;
  failures: { file: string; clause: string; actual?: string; expected: string }[];
}

export function corpusFiles(dir = FEEDPARSER_CORPUS_DIR): string[] {
  const out: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const d = pending.pop()!;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (/\.(xml|json)$/.test(entry.name)) out.push(path);
    }
  }
  return out.sort();
}

/** The text of a corpus file: BOM, else the XML declaration's encoding when TextDecoder knows it, else UTF-8. */
export function decodeCorpusFile(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const declared = /^[^>]*<\?xml[^>]*encoding=["']([\w.:-]+)["']/.exec(bytes.subarray(0, 1024).toString('latin1'));
  try {
    return new TextDecoder(declared?.[1] ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const FIELDS: Record<string, (feed: Feed, entry: number) => string | undefined> = {
  "feed['title']": (f) => f.title,
  "feed['link']": (f) => f.siteUrl,
  title: (f, i) => f.items[i]?.title,
  link: (f, i) => f.items[i]?.url,
  id: (f, i) => f.items[i]?.guid,
  published_parsed: (f, i) => f.items[i]?.publishedAt,
  updated_parsed: (f, i) => f.items[i]?.updatedAt,
};

/**
 * Translates an Expect line into checks on our Feed: `feed['title'|'link']`, `entries[N]['title'|'link'|'id']` and
 * `entries[N]['published_parsed'|'updated_parsed']` against a string or time tuple; `bozo` clauses (well-formedness)
 * are dropped. Titles we read as plain text, so an expected title with markup is not translated.
 */
export function translateExpect(expect: string): Check[] | undefined {
  const checks: Check[] = [];
  for (const raw of splitAnd(expect)) {
    const clause = raw.trim();
    if (clause === 'bozo' || clause === 'not bozo') continue;
    const m =
      /^(feed\['(?:title|link)'\]|entries\[(\d+)\]\['(title|link|id|published_parsed|updated_parsed)'\])\s*==\s*(.+)$/.exec(
        clause,
      );
    if (!m) return undefined;
    const [, lhs, entry, field, rhs] = m;
    const read = FIELDS[field ?? lhs];
    const expected = field?.endsWith('_parsed') ? timeTuple(rhs) : pythonString(rhs);
    if (expected === undefined || (/title/.test(lhs) && /[<>]|&[lg]t;/.test(expected))) return undefined;
    const isLink = /link/.test(lhs);
    checks.push({
      clause,
      actual: (feed) => read(feed, Number(entry ?? 0)),
      expected: isLink ? normalizedUrl(expected) : /title/.test(lhs) ? collapse(expected) : expected,
    });
  }
  return checks.length > 0 ? checks : undefined;
}

export function readCorpusCase(path: string, dir = FEEDPARSER_CORPUS_DIR): CorpusCase & { text: string; base: string } {
  const text = decodeCorpusFile(readFileSync(path));
  const expect = /^Expect:\s*(.+?)\s*$/m.exec(text)?.[1];
  const location = /^Header:\s*Content-Location:\s*(\S+)/im.exec(text)?.[1];
  const file = relative(dir, path);
  // feedparser's test server address, so relative links resolve as its expectations assume.
  const base = location ?? `http://127.0.0.1:8097/tests/${file}`;
  return { file, expect, checks: expect ? translateExpect(expect) : undefined, text, base };
}

export function runCorpus(parse: (text: string, baseUrl: string) => Feed, dir = FEEDPARSER_CORPUS_DIR): CorpusResult {
  const result: CorpusResult = { files: 0, parsed: 0, refused: 0, crashed: [], translated: 0, passed: 0, failures: [] };
  for (const path of corpusFiles(dir)) {
    const c = readCorpusCase(path, dir);
    result.files++;
    if (c.checks) result.translated++;
    let feed: Feed;
    try {
      feed = parse(c.text, c.base);
      result.parsed++;
    } catch (err) {
      if (err instanceof FeedParseError) result.refused++;
      else result.crashed.push({ file: c.file, error: String(err) });
      if (c.checks) result.failures.push({ file: c.file, clause: c.checks[0].clause, expected: String(err) });
      continue;
    }
    if (!c.checks) continue;
    const failed = c.checks.find((check) => check.actual(feed) !== check.expected);
    if (!failed) result.passed++;
    else
      result.failures.push({
        file: c.file,
        clause: failed.clause,
        actual: failed.actual(feed),
        expected: failed.expected,
      });
  }
  return result;
}

/** Splits a Python boolean expression at its top-level ` and `s (not inside string literals). */
function splitAnd(expr: string): string[] {
  const parts: string[] = [];
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (expr.startsWith(' and ', i)) {
      parts.push(expr.slice(start, i));
      start = i + 5;
      i += 4;
    }
  }
  parts.push(expr.slice(start));
  return parts;
}

/** A Python string literal (`'a'`, `u"b"`, with \x, \u, \U and the usual escapes), or undefined. */
export function pythonString(literal: string): string | undefined {
  const m = /^[uU]?(['"])(.*)\1$/s.exec(literal.trim());
  if (!m) return undefined;
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
  let bad = false;
  const value = m[2].replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, esc: string) => {
    if (/^[xuU]/.test(esc) && esc.length > 1) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    if (esc in simple) return simple[esc];
    bad = true;
    return esc;
  });
  return bad || (m[2].includes(m[1]) && !m[2].includes('\\')) ? undefined : value;
}

/** A Python time.struct_time tuple `(2003, 12, 31, 10, 14, 55, 2, 365, 0)` (UTC) as our ISO form. */
function timeTuple(literal: string): string | undefined {
  const m = /^\((\d+), (\d+), (\d+), (\d+), (\d+), (\d+), \d+, \d+, \d+\)$/.exec(literal.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s)).toISOString();
}

function normalizedUrl(url: string): string {
  try {
    return new URL(url).toString();
  } catch {
    return url;
  }
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
