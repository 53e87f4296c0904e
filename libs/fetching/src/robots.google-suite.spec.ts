import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isPathAllowed, parseRobots, rulesFor } from './robots';

/**
 * Google's robots_test.cc, as data in ../shared/suites/robots (see ../shared/suites/README.md): every
 * `IsUserAgentAllowed(robotstxt, agent, url)` expectation. It sits beside the repository on development machines
 * and in CI, not in a user's clone, so this spec skips when it is absent; the cases that must run everywhere are in
 * robots.spec.ts.
 */
interface GoogleCase {
  robotstxt: string;
  agent: string;
  url: string;
  /** true = allowed. */
  expected: boolean;
}

interface GoogleTest {
  name: string;
  cases: GoogleCase[];
  untranslated: string[];
}

/**
 * Cases where we knowingly answer differently from robots_test.cc, keyed `TestName#caseIndex`. Every other case
 * must pass, and every case listed here must still diverge (so a fix, or a changed file, shows up as a stale entry).
 */
const EXPECTED_DIVERGENCES: Readonly<Record<string, string>> = {
  'ID_Encoding#2':
    'URL with a raw non-ASCII path (`/foo/bar/ツ`). Google leaves percent-encoding the URL to its caller, and this ' +
    'case pins that contract; our URLs reach the matcher through the WHATWG URL parser (as in RobotsCache.check), ' +
    'which sends and compares `/foo/bar/%E3%83%84`, the same URL to the server. RFC 9309 section 2.2.2 asks for ' +
    'exactly that: URI octets outside ASCII are percent-encoded before comparison.',
  'ID_Encoding#4': 'Same as ID_Encoding#2: `/foo/bar/ツ` is `/foo/bar/%E3%83%84` once the URL is parsed.',
  'GoogleOnly_AcceptUserAgentUpToFirstSpace#1':
    'The crawler is named "Foo Bar". We are given a whole User-Agent header and match its product token ' +
    '(`Foo`, RFC 9309 section 2.2.1), so the `Foo Bar` group applies; Google expects its caller to pass a bare ' +
    'token and rejects one with a space.',
  'GoogleOnly_LineTooLong#1':
    'Mistranslated: robots_test.cc builds a 16 KiB line and URL in code; the data kept only the first ' +
    '`user-agent:` line and a URL without the long segment, so no rule exists and nothing can disallow it.',
  'GoogleOnly_LineTooLong#3': 'Mistranslated like GoogleOnly_LineTooLong#1 (the long Allow line is missing).',
  'GoogleOnly_LineTooLong#4': 'Mistranslated like GoogleOnly_LineTooLong#1 (the long Allow line is missing).',
};

/** The repository root: the nearest directory above this file holding the lockfile (the monorepo has one). */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package-lock.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package-lock.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/** ../shared beside the repository root; GOOGLE_ROBOTS_CASES points elsewhere (or nowhere, to see the skip). */
const SUITE_FILE =
  process.env.GOOGLE_ROBOTS_CASES ??
  path.join(repositoryRoot(), '..', 'shared', 'suites', 'robots', 'google-robots-test-cases.json');

/**
 * Repairs the translation's mojibake: robots_test.cc holds UTF-8 literals (`ツ`), and the data has their bytes as
 * Latin-1 characters (`ã\u0083\u0084`). A string made only of Latin-1 characters whose bytes are valid UTF-8 with
 * some multi-byte sequence is read back as UTF-8; anything else is kept.
 */
function repairLatin1Mojibake(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || /[\u0100-\uffff]/.test(text)) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'latin1'));
  } catch {
    return text;
  }
}

/**
 * The path and query our matcher is given for a URL, as RobotsCache.check derives it. Google's tests also pass an
 * empty URL, which its library reads as `/`; isPathAllowed does the same with an empty path.
 */
function pathWithQueryOf(url: string): string {
  if (url === '') return '';
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

function allowedByUs(c: GoogleCase): boolean {
  return isPathAllowed(rulesFor(parseRobots(c.robotstxt), c.agent).rules, pathWithQueryOf(c.url)).allowed;
}

function loadSuite(): GoogleTest[] {
  const tests = JSON.parse(readFileSync(SUITE_FILE, 'utf8')) as GoogleTest[];
  return tests.map((t) => ({
    ...t,
    cases: t.cases.map((c) => ({
      ...c,
      robotstxt: repairLatin1Mojibake(c.robotstxt),
      url: repairLatin1Mojibake(c.url),
    })),
  }));
}

const suitePresent = existsSync(SUITE_FILE);
if (!suitePresent) {
  console.warn(
    `robots.google-suite.spec: ${SUITE_FILE} is absent (a clone without ../shared), skipping Google's cases`,
  );
}

(suitePresent ? describe : describe.skip)("Google's robots_test.cc cases", () => {
  const tests = suitePresent ? loadSuite() : [];
  const testsWithCases = tests.filter((t) => t.cases.length > 0);

  it('has the tests this spec was written against', () => {
    expect(testsWithCases.map((t) => t.name)).toEqual(
      expect.arrayContaining(['ID_LineSyntax_Groups_OtherRules', 'ID_Encoding', 'GoogleOnly_DocumentationChecks']),
    );
  });

  it.each(testsWithCases.map((t) => [t.name, t] as const))('%s', (_name, test) => {
    const unexpected: string[] = [];
    const staleDivergences: string[] = [];
    test.cases.forEach((c, index) => {
      const key = `${test.name}#${index}`;
      const agrees = allowedByUs(c) === c.expected;
      if (key in EXPECTED_DIVERGENCES) {
        if (agrees) staleDivergences.push(key);
      } else if (!agrees) {
        unexpected.push(`${key}: expected ${c.expected ? 'allowed' : 'disallowed'} for ${c.agent} ${c.url}`);
      }
    });
    expect({ unexpected, staleDivergences }).toEqual({ unexpected: [], staleDivergences: [] });
  });

  it('lists only divergences that name a case of the suite', () => {
    const keys = new Set(tests.flatMap((t) => t.cases.map((_, index) => `${t.name}#${index}`)));
    expect(Object.keys(EXPECTED_DIVERGENCES).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('diverges on no ID_* case except those where the URL has raw non-ASCII octets', () => {
    expect(Object.keys(EXPECTED_DIVERGENCES).filter((key) => key.startsWith('ID_'))).toEqual([
      'ID_Encoding#2',
      'ID_Encoding#4',
    ]);
  });
});
