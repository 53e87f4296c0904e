import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEEDPARSER_CORPUS_DIR, pythonString } from './feedparser-corpus';

export interface DateCase {
  /** feedparser's parser the case was written for (`rfc822`, `w3dtf`, `greek`...). */
  parser: string;
  input: string;
  /** The UTC instant, to the second, as ISO (`2003-12-31T10:14:55.000Z`); null when feedparser gives no date. */
  expected: string | null;
}

/** The `(_parse_date_x, "input", (y, m, d, H, M, S, ...) | None)` cases of feedparser's test_date_parsers.py. */
export function feedparserDateCases(dir = FEEDPARSER_CORPUS_DIR): DateCase[] | undefined {
  const file = join(dir, 'test_date_parsers.py');
  if (!existsSync(file)) return undefined;
  const source = readFileSync(file, 'utf8');
  const cases: DateCase[] = [];
  const re = /\(\s*_parse_date_(\w+),\s*("(?:[^"\\]|\\.)*"),\s*(None|\(([\d,\s]+)\))/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const input = pythonString(m[2]);
    if (input === undefined) continue;
    const t = m[4]?.split(',').map((n) => Number(n.trim()));
    const expected = t ? new Date(0) : null;
    if (expected && t) {
      expected.setUTCFullYear(t[0], t[1] - 1, t[2]);
      expected.setUTCHours(t[3], t[4], t[5], 0);
    }
    cases.push({ parser: m[1], input, expected: expected?.toISOString() ?? null });
  }
  return cases;
}
