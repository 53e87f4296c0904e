import { existsSync } from 'node:fs';
import { parseFeedDate } from './feed-date';
import { parseFeed } from './parse-feed';
import { FEEDPARSER_CORPUS_DIR, runCorpus } from './test-support/feedparser-corpus';
import { feedparserDateCases } from './test-support/feedparser-date-cases';

/**
 * feedparser's test corpus and date cases (../shared/suites, see its README), when this workspace has them: a
 * regression check at the level measured when namespace matching (item 10) and the date parser (item 11) came in.
 */
const present = existsSync(FEEDPARSER_CORPUS_DIR);
const describeSuite = present ? describe : describe.skip;
if (!present) console.log(`feedparser suite not found at ${FEEDPARSER_CORPUS_DIR}: skipping feedparser-suite.spec`);

describeSuite("feedparser's corpus", () => {
  it('parses every file without crashing, and passes the translated Expect checks at the measured level', () => {
    const r = runCorpus(parseFeed);
    expect(r.crashed).toEqual([]);
    expect(r.files).toBeGreaterThanOrEqual(2107);
    expect(r.parsed).toBeGreaterThanOrEqual(2077);
    // Measured: 355 of 368 translated (HEAD before item 10: 353 of 371 under the same translation rules).
    expect(r.translated).toBeGreaterThanOrEqual(368);
    expect(r.passed).toBeGreaterThanOrEqual(355);
  });

  it("reads test_date_parsers.py's dates right or not at all, never wrong", () => {
    const cases = feedparserDateCases()!;
    expect(cases.length).toBeGreaterThanOrEqual(72);
    // feedparser keeps whole seconds.
    const read = cases.map((c) => ({ ...c, actual: parseFeedDate(c.input)?.replace(/\.\d{3}Z$/, '.000Z') ?? null }));
    const wrong = read.filter((c) => c.actual !== null && c.actual !== c.expected);
    const missedNone = read.filter((c) => c.expected === null && c.actual !== null);
    expect(wrong).toEqual([]);
    expect(missedNone).toEqual([]);
    // Measured: 63 of 72 right; the 9 absent are Greek, Hungarian and Korean dates and 2-digit-year ISO 8601 forms.
    expect(read.filter((c) => c.actual === c.expected).length).toBeGreaterThanOrEqual(63);
  });
});
